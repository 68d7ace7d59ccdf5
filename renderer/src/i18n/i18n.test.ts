import { describe, expect, it } from 'vitest';
import { APPLICATION_EVENT_KINDS, APPLICATION_STATUSES, LEASE_STATUSES, MOORING_TYPES } from '../../../domain/berths/entities.ts';
import { ERROR_CODES } from '../../../domain/errors.ts';
import { ROLES } from '../../../domain/roles.ts';
import { COMMAND_TYPES } from '../../../domain/workspaces.ts';
import { en } from './locales/en.ts';
import { fi } from './locales/fi.ts';
import { sv } from './locales/sv.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const locales = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };

describe('translations', () => {
  it('have the same keys in Finnish, Swedish and English', () => {
    const fiKeys = [...locales.fi.keys()].sort();
    expect([...locales.sv.keys()].sort()).toEqual(fiKeys);
    expect([...locales.en.keys()].sort()).toEqual(fiKeys);
  });

  it('have no empty texts', () => {
    for (const [lang, map] of Object.entries(locales)) {
      const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same interpolation variables in every language', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of locales.fi) {
      expect(vars(locales.sv.get(key) ?? ''), `sv ${key}`).toEqual(vars(text));
      expect(vars(locales.en.get(key) ?? ''), `en ${key}`).toEqual(vars(text));
    }
  });

  it.each(Object.keys(locales))('translate every domain error code in %s', (lang) => {
    const map = locales[lang as keyof typeof locales];
    expect(ERROR_CODES.filter((c) => !map.has(`errors.${c}`))).toEqual([]);
  });

  it.each(Object.keys(locales))('name every status, role, mooring type, event and command in %s', (lang) => {
    const map = locales[lang as keyof typeof locales];
    const wanted = [
      ...APPLICATION_STATUSES.map((s) => `statuses.${s}`),
      ...LEASE_STATUSES.map((s) => `leaseStatuses.${s}`),
      ...ROLES.map((r) => `roles.${r}`),
      ...MOORING_TYPES.map((m) => `mooring.${m}`),
      ...APPLICATION_EVENT_KINDS.map((k) => `eventKinds.${k}`),
      ...COMMAND_TYPES.map((c) => `commands.${c.split('.').at(-1)}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `boatTypes.t${n}`),
    ];
    expect(wanted.filter((k) => !map.has(k))).toEqual([]);
  });
});
