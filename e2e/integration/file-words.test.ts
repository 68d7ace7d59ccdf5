import { describe, expect, it } from 'vitest';
import { KIND_WORDS, STATUS_WORDS } from '../../main/core/files/berths/berth-texts.ts';
import { en } from '../../renderer/src/i18n/locales/en.ts';
import { fi } from '../../renderer/src/i18n/locales/fi.ts';
import { sv } from '../../renderer/src/i18n/locales/sv.ts';

// Files are made in the core, away from the renderer's i18n, with their own copy of the words:
// this keeps the copy saying what the screens say.
describe('the words a file prints', () => {
  const locales = { fi, sv, en } as const;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`are the screens' words in ${lang}`, () => {
      for (const [status, words] of Object.entries(STATUS_WORDS)) expect([status, words[lang]]).toEqual([status, locales[lang].statuses[status as keyof typeof fi.statuses]]);
      for (const [kind, words] of Object.entries(KIND_WORDS)) expect([kind, words[lang]]).toEqual([kind, locales[lang].kinds[kind as keyof typeof fi.kinds]]);
    });
  }
});
