import { missingWipeItems, type WipeItemId } from '../../../../domain/kiosk/wipe.ts';

/**
 * One customer wipe in the browser host, step by step; each step answers the checklist items
 * (domain/kiosk/wipe.ts) it carried out and checked. A step that throws counts for nothing, so
 * the report comes out incomplete and the kiosk restarts through the watchdog instead of showing
 * the next customer a screen that may still hold the last one's data.
 */
export interface WipeStep {
  name: string;
  run: () => Promise<readonly WipeItemId[]>;
}

export interface WipeReport {
  done: WipeItemId[];
  missing: WipeItemId[];
  failures: { step: string; message: string }[];
}

export async function runWipe(steps: readonly WipeStep[]): Promise<WipeReport> {
  const done = new Set<WipeItemId>();
  const failures: WipeReport['failures'] = [];
  // In order: the host's Clear-Site-Data comes before the page checks that storage is empty.
  for (const step of steps) {
    try {
      for (const id of await step.run()) done.add(id);
    } catch (error) {
      failures.push({ step: step.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const missing = missingWipeItems(done);
  return { done: [...done], missing, failures };
}
