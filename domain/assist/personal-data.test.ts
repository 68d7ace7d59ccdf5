import { describe, expect, it } from 'vitest';
import { isValidIdentityCode, personalDataIn } from './personal-data.ts';

describe('the personal identity code', () => {
  it('takes valid codes of every century, with the new century signs', () => {
    // 131052-308T is DVV's own example; the rest are computed with the mod-31 rule.
    for (const code of ['131052-308T', '131052Y308T', '010101A123N', '010594Y9032', '311299-999E', '290200A002C']) expect(isValidIdentityCode(code), code).toBe(true);
  });

  it('refuses a wrong check character, an impossible date and the individual numbers 000–001', () => {
    for (const code of ['131052-308U', '310252-308T', '290201A0021', '010101A001R', '010101A000P']) expect(isValidIdentityCode(code), code).toBe(false);
  });
});

describe('personal data in a note', () => {
  it('finds an e-mail address', () => {
    expect(personalDataIn('asiakas kirjoitti matti.meikalainen@example.fi lomakkeeseen')).toEqual(['email']);
    expect(personalDataIn('ÄÄKKÖS-ÖSOITE: pää@posti.fi')).toEqual(['email']);
  });

  it('finds Finnish phone numbers in the ways people write them', () => {
    for (const note of ['soita 040 123 4567', 'puh. 0401234567', '+358 40 1234567', '+358401234567', '00358-50-765 4321', 'vaihde 09 310 1234', '(+358) 9 3101 2345']) expect(personalDataIn(note), note).toEqual(['phone']);
  });

  it('finds a valid identity code, also inside a sentence and in lower case', () => {
    expect(personalDataIn('hetu 131052-308T kirjautumisessa')).toEqual(['identity_code']);
    expect(personalDataIn('(010101a123n)')).toEqual(['identity_code']);
  });

  it('does not mistake an invalid code-shaped text for an identity code', () => {
    expect(personalDataIn('koodi 131052-308U')).toEqual([]);
    expect(personalDataIn('varaus 999999-999X')).toEqual([]);
  });

  it('leaves ordinary notes alone: dates, times, years, prices, counts, versions and ticket numbers', () => {
    const notes = [
      'Kela-asiointi 01.02.2026 klo 09:30–10:15',
      'Suomi.fi-valtuudet, iOS 17.4.1, Android 14',
      'maksoi itse 12,50 €, 3 tulostetta',
      'vuonna 2025 sama ongelma; vuoro D012',
      'sähköposti @-merkki unohtui, ohjattiin',
      'kirjastokortti ja PIN 4 numeroa',
      'OmaKanta 2024-05-06',
      'noin 0 – 5 min jonossa',
    ];
    for (const note of notes) expect(personalDataIn(note), note).toEqual([]);
  });

  it('names every kind a note holds', () => {
    expect(personalDataIn('a@b.fi, 040 765 4321, 131052-308T')).toEqual(['email', 'phone', 'identity_code']);
  });
});
