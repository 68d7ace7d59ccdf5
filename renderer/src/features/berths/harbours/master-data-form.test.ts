import { describe, expect, it } from 'vitest';
import { berth, harbour, HARBOUR_A, PIER_A, pier } from '../../../../../domain/berths/fixtures.test-support.ts';
import { berthForm, checkBerthForm, checkHarbourForm, checkPierForm, harbourForm, parseDecimal, pierForm } from './master-data-form.ts';

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
    expect(checkBerthForm(b.id, { ...f, width: '2,75', depth: '' }, ['8'])).toEqual({
      ok: true,
      payload: { berthId: b.id, number: '7', width: 2.75, length: 6, depth: null, mooringType: 'single_slip', isAccessible: null, isActive: true, isInvoiceable: true, comment: '' },
    });
  });

  it('names each field to correct, as the decider would refuse it', () => {
    const r = checkBerthForm(b.id, { ...berthForm(b, 'fi'), number: '8', width: '0', length: 'pitkä', depth: '40' }, ['8']);
    expect(r.ok ? null : r.problems).toEqual({
      number: { key: 'berthsMaster.validation.numberTaken', params: { number: '8' } },
      width: { key: 'berthsMaster.validation.positive' },
      length: { key: 'berthsMaster.validation.number' },
      depth: { key: 'berthsMaster.validation.tooLarge', params: { max: 30 } },
    });
  });
});

describe('the pier and harbour forms', () => {
  it('reads boat types one a line and refuses an identifier in use', () => {
    const p = pier(PIER_A, HARBOUR_A, 'A', 1);
    const ok = checkPierForm(p.id, { ...pierForm(p), suitableBoatTypes: 'Soutuvene\n\n Purjevene ' }, ['B']);
    expect(ok.ok && ok.payload.suitableBoatTypes).toEqual(['Soutuvene', 'Purjevene']);
    const taken = checkPierForm(p.id, { ...pierForm(p), identifier: 'b' }, ['B']);
    expect(taken.ok ? null : taken.problems.identifier?.key).toBe('berthsMaster.validation.identifierTaken');
  });

  it('asks for every name, a five-digit postal code and a web address', () => {
    const h = harbour(HARBOUR_A, 'Puotila');
    const r = checkHarbourForm(h.id, { ...harbourForm(h), nameSv: ' ', zipCode: '9100', wwwUrl: 'www.hel.fi' });
    expect(r.ok ? null : Object.keys(r.problems).sort()).toEqual(['nameSv', 'wwwUrl', 'zipCode']);
  });
});
