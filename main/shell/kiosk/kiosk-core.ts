import type { Core } from '../../core/core.ts';
import type { KioskPhaseName } from '../../../domain/kiosk/session.ts';
import { mayRestartNow } from './shell-rules.ts';

export interface KioskCoreHooks {
  wipe(): Promise<unknown>;
  restart(): void;
}

/**
 * The core as the kiosk window sees it: a customer wipe also runs the shell's wipe plan, and a
 * restart staff asked for happens at the first moment no customer is in.
 */
export function withKioskShell(core: Core, hooks: KioskCoreHooks): Core {
  let phase: KioskPhaseName = 'attract';
  let restartWaiting = false;
  const restartIfIdle = () => {
    if (restartWaiting && mayRestartNow(phase)) {
      restartWaiting = false;
      hooks.restart();
    }
  };
  core.onEvent((event) => {
    if (event.type !== 'kiosk.restartRequested') return;
    restartWaiting = true;
    restartIfIdle();
  });
  return {
    ...core,
    async invoke(method, input, caller) {
      const result = await core.invoke(method, input, caller);
      if (method === 'kiosk.report' && result.ok) {
        const reported = (input as { phase?: KioskPhaseName }).phase;
        if (reported) phase = reported;
        restartIfIdle();
      }
      if (method === 'kiosk.wipeCustomer' && result.ok) await hooks.wipe();
      return result;
    },
  };
}
