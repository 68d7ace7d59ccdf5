import { describe, expect, it } from 'vitest';
import { missingWipeItems, WIPE_ITEM_IDS } from '../../../domain/kiosk/wipe.ts';
import { ELECTRON_WIPE_PLAN, storagesToClear } from './wipe-plan.ts';

describe('ELECTRON_WIPE_PLAN', () => {
  it('has a step for every checklist item and nothing else', () => {
    expect(Object.keys(ELECTRON_WIPE_PLAN).sort()).toEqual([...WIPE_ITEM_IDS].sort());
    expect(missingWipeItems(Object.keys(ELECTRON_WIPE_PLAN))).toEqual([]);
  });

  it('clears every web storage in one call (the GPU shader cache holds nothing of a customer)', () => {
    expect(storagesToClear().sort()).toEqual(['cachestorage', 'cookies', 'filesystem', 'indexdb', 'localstorage', 'serviceworkers']);
  });
});
