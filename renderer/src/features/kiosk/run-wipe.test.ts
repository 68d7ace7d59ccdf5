import { describe, expect, it } from 'vitest';
import { WIPE_ITEM_IDS } from '../../../../domain/kiosk/wipe.ts';
import { runWipe } from './run-wipe.ts';

describe('a customer wipe', () => {
  it('is complete when its steps together carry out every checklist item', async () => {
    const half = Math.floor(WIPE_ITEM_IDS.length / 2);
    const report = await runWipe([
      { name: 'first', run: () => Promise.resolve(WIPE_ITEM_IDS.slice(0, half)) },
      { name: 'second', run: () => Promise.resolve(WIPE_ITEM_IDS.slice(half)) },
    ]);
    expect(report.missing).toEqual([]);
    expect(report.failures).toEqual([]);
    expect(new Set(report.done)).toEqual(new Set(WIPE_ITEM_IDS));
  });

  it('names what is missing when a step fails, and still runs the steps after it', async () => {
    const ran: string[] = [];
    const report = await runWipe([
      { name: 'host', run: () => Promise.reject(new Error('host gone')) },
      { name: 'screen', run: () => (ran.push('screen'), Promise.resolve(['form_state', 'language'] as const)) },
    ]);
    expect(ran).toEqual(['screen']);
    expect(report.failures).toEqual([{ step: 'host', message: 'host gone' }]);
    expect(report.missing).toContain('cookies');
    expect(report.missing).not.toContain('form_state');
  });
});
