import { describe, expect, it } from 'vitest';
import { missingWipeItems, WIPE_ITEM_IDS } from './wipe.ts';

describe('the wipe checklist', () => {
  it('names every kind of state the issue lists, once each', () => {
    for (const id of ['cookies', 'local_storage', 'indexed_db', 'http_cache', 'form_state', 'clipboard', 'accessibility_settings']) expect(WIPE_ITEM_IDS).toContain(id);
    expect(new Set(WIPE_ITEM_IDS).size).toBe(WIPE_ITEM_IDS.length);
  });

  it('is complete only when every item is reported done', () => {
    expect(missingWipeItems(WIPE_ITEM_IDS)).toEqual([]);
    expect(missingWipeItems(WIPE_ITEM_IDS.filter((id) => id !== 'clipboard'))).toEqual(['clipboard']);
    expect(missingWipeItems([])).toEqual(WIPE_ITEM_IDS);
  });

  it('ignores ids it does not know, so a typo cannot stand in for a real step', () => {
    expect(missingWipeItems(['cookie', 'Clipboard', ...WIPE_ITEM_IDS.filter((id) => id !== 'cookies')])).toEqual(['cookies']);
  });
});
