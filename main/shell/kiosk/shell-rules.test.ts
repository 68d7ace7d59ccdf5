import { describe, expect, it } from 'vitest';
import { decideKioskInput } from './input-decisions.ts';
import { crashAction, keyAction, mayRestartNow } from './shell-rules.ts';

const key = (over: Partial<Parameters<typeof decideKioskInput>[0]>) => ({ type: 'keyDown' as const, key: 'a', code: 'KeyA', control: false, shift: false, alt: false, meta: false, isAutoRepeat: false, ...over });

describe('the kiosk shell rules', () => {
  it('stops blocked keys with their bypass, lets typing through, and hands the admin chord to the page', () => {
    expect(keyAction(decideKioskInput(key({ key: 'F12', code: 'F12' })))).toEqual({ prevent: true, bypass: 'devtools_chord' });
    expect(keyAction(decideKioskInput(key({ key: 'ä', code: 'Quote' })))).toEqual({ prevent: false, bypass: null });
    expect(keyAction(decideKioskInput(key({ key: 'K', code: 'KeyK', control: true, alt: true, shift: true })))).toEqual({ prevent: false, bypass: null });
  });

  it('opens a fresh session after a crash, and starts the app again when the renderer keeps dying', () => {
    const now = 1_000_000_000;
    expect(crashAction('clean-exit', [], now)).toEqual({ action: 'none' });
    expect(crashAction('crashed', [], now)).toEqual({ action: 'new_session' });
    expect(crashAction('oom', [now - 60_000], now)).toEqual({ action: 'new_session' });
    expect(crashAction('crashed', [now - 120_000, now - 60_000], now)).toEqual({ action: 'relaunch' });
    // Crashes long ago do not count.
    expect(crashAction('crashed', [now - 3_600_000, now - 3_000_000], now)).toEqual({ action: 'new_session' });
  });

  it('restarts only when no customer is in', () => {
    expect(mayRestartNow('attract')).toBe(true);
    expect(mayRestartNow('crashed')).toBe(true);
    for (const phase of ['language_chosen', 'in_use', 'idle_warning', 'wiping', 'admin_pin', 'admin'] as const) expect(mayRestartNow(phase)).toBe(false);
  });
});
