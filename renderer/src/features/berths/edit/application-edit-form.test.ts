import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { application, HARBOUR_A, HARBOUR_B, HARBOUR_C } from '../../../../../domain/berths/fixtures.test-support.ts';
import { fi } from '../../../i18n/locales/fi.ts';
import { sv } from '../../../i18n/locales/sv.ts';
import { en } from '../../../i18n/locales/en.ts';
import { checkEditForm, editForm, moveChoice } from './application-edit-form.ts';
import { changeLines } from './change-lines.ts';

const known = new Set([HARBOUR_A, HARBOUR_B, HARBOUR_C]);

describe('the application edit form', () => {
  it('opens with the application as it is, numbers with the language decimal mark, and sends only what changed', () => {
    const app = application({ boat: { ...application().boat, width: 2.35 } });
    const form = editForm(app, 'fi');
    expect([form.values['boat.width'], form.values['boat.length'], form.values['boat.draught'], form.values['boat.boatType']]).toEqual(['2,35', '5', '', '3']);
    expect(checkEditForm(app, form, known)).toEqual({ payload: {}, changes: [], problems: {} });
    const edited = { values: { ...form.values, 'boat.width': ' 2,8 ', 'applicant.phone': '040 765 4321' }, choices: moveChoice(form.choices, 1, -1) };
    expect(checkEditForm(app, edited, known)).toMatchObject({
      payload: { applicant: { phone: '040 765 4321' }, boat: { width: 2.8 }, harbourChoices: [HARBOUR_B, HARBOUR_A] },
      problems: {},
    });
  });

  it('names each problem next to its field, in the decider’s terms', () => {
    const app = application();
    const form = editForm(app, 'fi');
    const bad = { values: { ...form.values, 'boat.width': '2,5 m', 'boat.length': '', 'applicant.email': 'ei-osoite', 'boat.draught': '0,005' }, choices: [] };
    expect(checkEditForm(app, bad, known).problems).toEqual({
      'boat.width': { key: 'applicationEdit.problems.notNumber' },
      'boat.length': { key: 'applicationEdit.problems.required' },
      'boat.draught': { key: 'applicationEdit.problems.tooSmall' },
      'applicant.email': { key: 'applicationEdit.problems.email' },
      harbourChoices: { key: 'applicationEdit.problems.choicesEmpty' },
    });
    expect(checkEditForm(app, { ...form, values: { ...form.values, 'boat.width': '30' } }, known).problems).toEqual({ 'boat.width': { key: 'applicationEdit.problems.tooLarge', params: { limit: 15 } } });
  });

  it('moves a choice a step, and not past either end', () => {
    expect(moveChoice(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveChoice(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveChoice(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the change log in the history', () => {
  const names: Record<string, string> = { [HARBOUR_A]: 'Pajalahti', [HARBOUR_B]: 'Merisatama' };
  const changes = [
    { field: 'boat.width' as const, before: 2.5, after: 2.8 },
    { field: 'harbourChoices' as const, before: [HARBOUR_A, HARBOUR_B], after: [HARBOUR_B, HARBOUR_A] },
    { field: 'applicant.language' as const, before: 'fi', after: 'sv' },
    { field: 'boat.draught' as const, before: null, after: 0.75 },
    { field: 'boat.boatType' as const, before: 3, after: 6 },
  ];
  const lines = async (lng: 'fi' | 'sv' | 'en') => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
    return changeLines(changes, i.t, lng, (id) => names[id] ?? id);
  };

  it('reads in Finnish with Finnish numbers', async () => {
    expect(await lines('fi')).toEqual([
      'Veneen leveys: 2,5\u00a0m → 2,8\u00a0m',
      'Satamatoiveet: Pajalahti, Merisatama → Merisatama, Pajalahti',
      'Asiointikieli: suomi → ruotsi',
      'Veneen syväys: (tyhjä) → 0,75\u00a0m',
      'Venetyyppi: Perämoottorivene → Purjevene tai moottoripursi',
    ]);
  });

  it('reads in Swedish and English too', async () => {
    expect((await lines('sv'))[0]).toBe('Båtens bredd: 2,5\u00a0m → 2,8\u00a0m');
    expect((await lines('en'))[0]).toBe('Boat width: 2.5\u00a0m → 2.8\u00a0m');
    expect((await lines('en'))[1]).toBe('Harbour choices: Pajalahti, Merisatama → Merisatama, Pajalahti');
  });
});
