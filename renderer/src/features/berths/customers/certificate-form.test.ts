import { describe, expect, it } from 'vitest';
import type { BoatCertificate } from '../../../../../domain/berths/boat-certificate-entity.ts';
import { certificateFormOf, checkCertificateForm, type CertificateForm } from './certificate-form.ts';

const TODAY = '2027-03-02';
const form = (f: Partial<CertificateForm> = {}): CertificateForm => ({ number: ' VK-1 ', issuer: 'If', validFrom: '', validUntil: '31.12.2027', ...f });
const keys = (r: ReturnType<typeof checkCertificateForm>) => Object.fromEntries(Object.entries(r.problems).map(([k, p]) => [k, p.key.split('.').at(-1)]));

describe('the certificate dialog’s check', () => {
  it('reads days in the user’s format, the first day optional, texts trimmed', () => {
    expect(checkCertificateForm(form(), 'fi', TODAY).values).toEqual({ number: 'VK-1', issuer: 'If', validFrom: null, validUntil: '2027-12-31' });
    expect(checkCertificateForm(form({ validFrom: '01/01/2027', validUntil: '31/12/2027' }), 'en', TODAY).values).toMatchObject({ validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect(checkCertificateForm(form({ validUntil: '2027-12-31' }), 'sv', TODAY).values?.validUntil).toBe('2027-12-31');
  });
  it('says what is wrong beside each field', () => {
    expect(keys(checkCertificateForm(form({ validUntil: '' }), 'fi', TODAY))).toEqual({ validUntil: 'untilRequired' });
    expect(keys(checkCertificateForm(form({ validUntil: '31.2.2027' }), 'fi', TODAY))).toEqual({ validUntil: 'noSuchDay' });
    expect(keys(checkCertificateForm(form({ validFrom: '2027/01/01' }), 'fi', TODAY))).toEqual({ validFrom: 'dateFormat' });
    expect(keys(checkCertificateForm(form({ validFrom: '1.1.2028' }), 'fi', TODAY))).toEqual({ validUntil: 'untilBeforeFrom' });
    expect(keys(checkCertificateForm(form({ validUntil: '1.1.2038' }), 'fi', TODAY))).toEqual({ validUntil: 'tooFarAhead' });
    expect(checkCertificateForm(form({ validUntil: '1.1.2038' }), 'fi', TODAY).problems.validUntil?.params).toEqual({ year: '2037' });
    expect(checkCertificateForm(form({ validUntil: 'x' }), 'fi', TODAY).values).toBeNull();
  });
  it('accepts an expired certificate and a one-day one', () => {
    expect(checkCertificateForm(form({ validUntil: '1.3.2027' }), 'fi', TODAY).values?.validUntil).toBe('2027-03-01');
    expect(checkCertificateForm(form({ validFrom: '2.3.2027', validUntil: '2.3.2027' }), 'fi', TODAY).values).not.toBeNull();
  });
  it('opens an existing certificate in the user’s format', () => {
    const c = { number: 'KT-1', issuer: 'SPV', validFrom: '2026-05-01', validUntil: '2028-04-30' } as BoatCertificate;
    expect(certificateFormOf(c, 'fi')).toEqual({ number: 'KT-1', issuer: 'SPV', validFrom: '1.5.2026', validUntil: '30.4.2028' });
    expect(certificateFormOf({ ...c, validFrom: null }, 'en')).toEqual({ number: 'KT-1', issuer: 'SPV', validFrom: '', validUntil: '30/04/2028' });
  });
});
