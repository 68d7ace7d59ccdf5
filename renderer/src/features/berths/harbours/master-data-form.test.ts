import { describe, expect, it } from 'vitest';
import { berth, harbour, HARBOUR_A, PIER_A, pier } from '../../../../../domain/berths/fixtures.test-support.ts';
import { berthForm, checkBerthForm, newBerthForm, newPierForm, checkHarbourForm, checkPierForm, harbourForm, parseDecimal, pierForm } from './master-data-form.ts';

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    [' 2.50 ', 2.5],
    ['12', 12],
    ['1 200', 1200],
    ['2,5m', null],
    ['', null],
    ['2,,5', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });
});

describe('the berth form', () => {
  const b = berth(HARBOUR_A, PIER_A, 2.5, 6, { number: '7' });

  it('shows sizes with the decimal comma in Finnish and gives back the payload', () => {
    const f = berthForm(b, 'fi');
    expect(f.width).toBe('2,5');
    expect(checkBerthForm({ ...f, width: '2,75', depth: '' }, ['8'])).toEqual({
      ok: true,
      payload: { number: '7', width: 2.75, length: 6, depth: null, mooringType: 'single_slip', isAccessible: null, isActive: true, isInvoiceable: true, comment: '' },
    });
  });

  it('names each field to correct, as the decider would refuse it', () => {
    const r = checkBerthForm({ ...berthForm(b, 'fi'), number: '8', width: '0', length: 'pitkä', depth: '40' }, ['8']);
    expect(r.ok ? null : r.problems).toEqual({
      number: { key: 'berthsMaster.validation.numberTaken', params: { number: '8' } },
      width: { key: 'berthsMaster.validation.positive' },
      length: { key: 'berthsMaster.validation.number' },
      depth: { key: 'berthsMaster.validation.tooLarge', params: { max: 30 } },
    });
  });

  it('starts a new berth empty, asks for its number and sizes, and refuses a number the pier has in any letter case', () => {
    expect(checkBerthForm(newBerthForm(), ['8'])).toEqual({
      ok: false,
      problems: { number: { key: 'berthsMaster.validation.required' }, width: { key: 'berthsMaster.validation.required' }, length: { key: 'berthsMaster.validation.required' } },
    });
    const typed = { ...newBerthForm(), number: '12a', width: '2,5', length: '7' };
    expect(checkBerthForm(typed, ['12A']).ok).toBe(false);
    expect(checkBerthForm(typed, ['8'])).toEqual({
      ok: true,
      payload: { number: '12a', width: 2.5, length: 7, depth: null, mooringType: 'single_slip', isAccessible: null, isActive: true, isInvoiceable: true, comment: '' },
    });
  });
});

describe('the pier and harbour forms', () => {
  it('reads boat types one a line and refuses an identifier in use', () => {
    const p = pier(PIER_A, HARBOUR_A, 'A', 1);
    const ok = checkPierForm({ ...pierForm(p), suitableBoatTypes: 'Soutuvene\n\n Purjevene ' }, ['B']);
    expect(ok.ok && ok.payload.suitableBoatTypes).toEqual(['Soutuvene', 'Purjevene']);
    const taken = checkPierForm({ ...pierForm(p), identifier: 'b' }, ['B']);
    expect(taken.ok ? null : taken.problems.identifier?.key).toBe('berthsMaster.validation.identifierTaken');
  });

  it('starts a new pier empty, in use, and refuses an identifier the harbour has', () => {
    expect(newPierForm()).toEqual({ identifier: '', priceTier: 1, services: [], personalElectricity: false, suitableBoatTypes: '', isActive: true });
    expect(checkPierForm(newPierForm(), ['A'])).toMatchObject({ ok: false, problems: { identifier: { key: 'berthsMaster.validation.required' } } });
    expect(checkPierForm({ ...newPierForm(), identifier: ' a ' }, ['A'])).toMatchObject({ ok: false, problems: { identifier: { key: 'berthsMaster.validation.identifierTaken', params: { identifier: 'a' } } } });
    expect(checkPierForm({ ...newPierForm(), identifier: 'C', priceTier: 2, services: ['water'] }, ['A'])).toEqual({
      ok: true,
      payload: { identifier: 'C', priceTier: 2, services: ['water'], personalElectricity: false, suitableBoatTypes: [], isActive: true },
    });
  });

  it('asks for every name, a five-digit postal code and a web address', () => {
    const h = harbour(HARBOUR_A, 'Puotila');
    const r = checkHarbourForm(h.id, { ...harbourForm(h), nameSv: ' ', zipCode: '9100', wwwUrl: 'www.hel.fi' });
    expect(r.ok ? null : Object.keys(r.problems).sort()).toEqual(['nameSv', 'wwwUrl', 'zipCode']);
  });
});
