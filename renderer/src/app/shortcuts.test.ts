import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en.ts';
import { fi } from '../i18n/locales/fi.ts';
import { sv } from '../i18n/locales/sv.ts';
import { shortcutsFor } from './shortcuts.ts';

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('shortcutsFor', () => {
  it('lists each list page its own search, open and close actions and the split handle keys', () => {
    const apps = shortcutsFor('applications').shortcuts.map((s) => s.action);
    const harbours = shortcutsFor('harbours').shortcuts.map((s) => s.action);
    expect(apps).toEqual(expect.arrayContaining(['help.search', 'help.openRow', 'help.escape', 'help.resizePanel', 'help.resizePanelEnds']));
    expect(harbours).toEqual(expect.arrayContaining(['help.searchHarbours', 'help.openHarbour', 'help.escapeHarbour', 'help.resizePanel', 'help.resizePanelEnds']));
    expect(harbours).not.toContain('help.openRow');
    expect(shortcutsFor('conflicts').shortcuts.map((s) => s.action)).not.toContain('help.search');
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('has every text in %s', (_lang, locale) => {
    for (const view of ['applications', 'harbours', 'conflicts', 'bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', 'ckRegistry', 'ckProgram', 'ckCheckIn', 'ckMessages', 'ckReports', 'asQueue', 'asSessions', 'asAppointments', 'asReports', undefined]) {
      const page = shortcutsFor(view);
      const keys = [page.intro, ...page.shortcuts.map((s) => s.action)];
      expect(keys.filter((k) => typeof lookup(locale, k) !== 'string')).toEqual([]);
    }
  });
});
