import i18next from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BypassKind } from '../../../../domain/kiosk/heartbeat.ts';
import type { KioskAdminPinAnswer, KioskHome } from '../../../../domain/kiosk/contract.ts';
import { isInUse, secondsLeft } from '../../../../domain/kiosk/session.ts';
import type { Language } from '../../../../domain/languages.ts';
import { commandsForgotten } from '../../store/commands-slice.ts';
import { useAppDispatch } from '../../store/store.ts';
import { AdminPin, type PinVerdict } from './AdminPin.tsx';
import { AdminScreen } from './AdminScreen.tsx';
import { AttractScreen } from './AttractScreen.tsx';
import { clearBrowserStorage, clearClipboard } from './browser-storage.ts';
import { CrashBoundary } from './CrashBoundary.tsx';
import { CustomerScreens } from './CustomerScreens.tsx';
import { hostWipe, reloadForRestart } from './host-wipe.ts';
import { KeyboardContext, type KeyboardTarget } from './keyboard-context.ts';
import { kioskTimingFrom, startedForRestart, withRestartMark } from './kiosk-config.ts';
import { useKioskInvoke, useKioskQuery } from './kiosk-calls.ts';
import { KioskContext, type KioskContextValue } from './kiosk-context.ts';
import { IdleWarning, OutOfService, WipingScreen } from './Overlays.tsx';
import { decidePageKey } from './page-keys.ts';
import { runWipe, type WipeStep } from './run-wipe.ts';
import { DEFAULT_KIOSK_SETTINGS, TEXT_SIZE_PX, type KioskSettings } from './settings.ts';
import { newSessionId, useKioskSession } from './use-kiosk-session.ts';
import './kiosk.css';

/** The start address's configuration, read before anything can change the address. */
const START_SEARCH = typeof location === 'undefined' ? '' : location.search;
/** A failed wipe is tried again after this long, the screen blank meanwhile. */
const WIPE_RETRY_MS = 2_000;

/**
 * KuVa Desk on a public customer terminal: signed in as the terminal, it shows the customer app
 * instead of the staff shell. The session reducer (domain/kiosk/session.ts) decides the phase;
 * this component carries it out: the screens, the wipe, the watchdog, and the reports to the core.
 */
export function KioskApp({ userId }: { userId: string }) {
  const timing = useMemo(() => kioskTimingFrom(START_SEARCH), []);
  const { state, send } = useKioskSession(timing);
  const invoke = useKioskInvoke();
  const dispatch = useAppDispatch();
  const home = useKioskQuery<KioskHome>('kiosk.home', { days: 3 });
  const [settings, setSettingsState] = useState<KioskSettings>(DEFAULT_KIOSK_SETTINGS);
  const settingsRef = useRef(settings);
  const [keyboardTarget, setKeyboardTarget] = useState<KeyboardTarget | null>(null);
  const bypasses = useRef<BypassKind[]>([]);
  const lastResetAt = useRef<string | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());
  /** What the last wipe could not clear, for the admin screen and for support (never customer data). */
  const [wipeMissing, setWipeMissing] = useState<string>('');
  /** Staff asked for a restart (the core's kiosk.restartRequested): carried out when no customer is in. */
  const restartWanted = useRef(false);
  const phaseName = useRef(state.phase.name);
  const phase = state.phase;
  const language: Language = phase.name === 'language_chosen' || phase.name === 'in_use' ? phase.language : phase.name === 'idle_warning' ? phase.resumeTo.language : 'fi';

  const setSettings = useCallback((change: Partial<KioskSettings>) => {
    settingsRef.current = { ...settingsRef.current, ...change };
    setSettingsState(settingsRef.current);
  }, []);

  // The screen's language follows the customer's choice; the attract screen speaks all three.
  useEffect(() => {
    if (i18next.language !== language) void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    document.documentElement.style.fontSize = `${TEXT_SIZE_PX[settings.textSize]}px`;
  }, [settings.textSize]);

  // The countdowns show whole seconds.
  useEffect(() => {
    if (phase.name !== 'idle_warning' && phase.name !== 'admin_pin') return;
    const id = setInterval(() => setNowMs(Date.now()), 250);
    return () => clearInterval(id);
  }, [phase.name]);

  // The chord, and the browser shortcuts a customer could leave the kiosk with.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const decision = decidePageKey(e);
      if (decision.kind === 'pass') return;
      e.preventDefault();
      e.stopPropagation();
      if (decision.kind === 'admin_chord') send({ type: 'admin_chord' });
      else if (decision.bypass) bypasses.current.push(decision.bypass);
    };
    const onMenu = (e: Event) => e.preventDefault();
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('contextmenu', onMenu, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('contextmenu', onMenu, true);
    };
  }, [send]);

  // Every phase change reaches the core's heartbeat, with the bypass attempts caught since the last.
  useEffect(() => {
    const attempts = bypasses.current.splice(0, 50);
    void invoke('kiosk.report', { phase: phase.name, inUse: isInUse(state), lastResetAt: lastResetAt.current, bypassAttempts: attempts });
    // The phase's name is what the heartbeat carries; a new countdown deadline is no news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase.name, invoke]);

  // Started again for a restart: the core counts the request as carried out, and its next
  // heartbeat tells the central. The mark leaves the address so a later reload claims nothing.
  useEffect(() => {
    if (!startedForRestart(START_SEARCH)) return;
    history.replaceState(history.state, '', withRestartMark(location.href, false));
    void invoke('kiosk.report', { restarted: true });
  }, [invoke]);

  // Only on the attract screen (which follows every complete wipe): never in the middle of a
  // customer. Still wanted while the reload is under way; in Electron the shell restarts instead.
  useEffect(() => {
    const restartIfIdle = () => {
      if (restartWanted.current && phaseName.current === 'attract') restartWanted.current = reloadForRestart();
    };
    phaseName.current = phase.name;
    restartIfIdle();
    return window.kuva?.onEvent((event) => {
      if (event.type !== 'kiosk.restartRequested') return;
      restartWanted.current = true;
      restartIfIdle();
    });
  }, [phase.name]);

  const wipeSteps = useMemo<WipeStep[]>(
    () => [
      {
        name: 'screen',
        run: async () => {
          setKeyboardTarget(null);
          setSettings(DEFAULT_KIOSK_SETTINGS);
          // The window's record of the commands it issued (the customer's ticket, request…).
          dispatch(commandsForgotten());
          await i18next.changeLanguage('fi');
          document.documentElement.lang = 'fi';
          document.documentElement.style.zoom = '';
          const done = [] as ('form_state' | 'accessibility_settings' | 'language' | 'zoom')[];
          // The customer's screens are gone from the page while the wipe runs: their fields went with them.
          if (document.querySelector('[data-kiosk-customer]') === null) done.push('form_state');
          if (JSON.stringify(settingsRef.current) === JSON.stringify(DEFAULT_KIOSK_SETTINGS)) done.push('accessibility_settings');
          if (i18next.language === 'fi') done.push('language');
          if (document.documentElement.style.zoom === '') done.push('zoom');
          return done;
        },
      },
      { name: 'host', run: () => hostWipe(userId, () => invoke('kiosk.wipeCustomer', {})) },
      { name: 'clipboard', run: clearClipboard },
      { name: 'storage', run: clearBrowserStorage },
    ],
    [invoke, dispatch, setSettings, userId],
  );

  // The wipe (and the watchdog's after a crash): back to the attract screen only when complete.
  const wiping = phase.name === 'wiping' || phase.name === 'crashed';
  useEffect(() => {
    if (!wiping) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      void runWipe(wipeSteps).then((report) => {
        if (cancelled) return;
        setWipeMissing(report.missing.join(' '));
        if (report.missing.length > 0) {
          console.error('Kiosk wipe incomplete', JSON.stringify(report));
          // The watchdog takes over: the screen stays blank and the wipe runs again.
          if (phase.name !== 'crashed') send({ type: 'crash' });
          else retry = setTimeout(attempt, WIPE_RETRY_MS);
          return;
        }
        lastResetAt.current = new Date().toISOString();
        send(phase.name === 'crashed' ? { type: 'watchdog_restart', nextSessionId: newSessionId() } : { type: 'wipe_done', nextSessionId: newSessionId() });
      });
    };
    attempt();
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [wiping, phase.name, wipeSteps, send]);

  const checkPin = useCallback(
    async (pin: string): Promise<PinVerdict> => {
      const r = await invoke('kiosk.checkAdminPin', { pin });
      const answer = r.ok ? (r.value as KioskAdminPinAnswer) : { ok: false, configured: true };
      // No PIN configured: nothing to guess, so no attempt counts towards the lockout.
      if (!answer.configured) return 'unset';
      if (!answer.ok) bypasses.current.push('admin_pin_failed');
      send({ type: 'admin_pin_checked', correct: answer.ok });
      return answer.ok ? 'correct' : 'wrong';
    },
    [invoke, send],
  );

  const context = useMemo<KioskContextValue>(
    () => ({
      home: home.data,
      language,
      settings,
      setSettings,
      openTask: () => send({ type: 'open_task' }),
      goHome: () => send({ type: 'go_home' }),
      endSession: () => send({ type: 'end_session' }),
      chooseLanguage: (lang) => send({ type: 'choose_language', language: lang }),
    }),
    [home.data, language, settings, setSettings, send],
  );

  const customerPhase = phase.name === 'idle_warning' ? phase.resumeTo : phase.name === 'admin_pin' ? phase.returnTo : phase;
  const closed = home.data !== null && !home.data.scheduledOpen;
  const seconds = secondsLeft(state, nowMs);

  return (
    <KioskContext.Provider value={context}>
      <KeyboardContext.Provider value={{ target: keyboardTarget, setTarget: setKeyboardTarget }}>
        <div className={`kiosk${settings.highContrast ? ' kiosk--contrast' : ''}`} data-testid="kiosk" data-phase={phase.name} data-session={state.sessionId} data-text-size={settings.textSize} data-wipe-missing={wipeMissing}>
          {wiping ? (
            <WipingScreen crashed={phase.name === 'crashed'} />
          ) : phase.name === 'admin' ? (
            <AdminScreen onExit={() => send({ type: 'admin_exit' })} />
          ) : customerPhase.name === 'attract' ? (
            closed ? (
              <OutOfService />
            ) : (
              <AttractScreen home={home.data} onChoose={(lang) => send({ type: 'choose_language', language: lang })} />
            )
          ) : customerPhase.name === 'language_chosen' || customerPhase.name === 'in_use' ? (
            <CrashBoundary key={state.sessionId} onCrash={() => send({ type: 'crash' })}>
              <CustomerScreens key={state.sessionId} />
            </CrashBoundary>
          ) : null}
          {phase.name === 'idle_warning' && seconds !== null ? <IdleWarning seconds={seconds} onContinue={() => send({ type: 'continue' })} /> : null}
          {phase.name === 'admin_pin' ? <AdminPin seconds={seconds} check={checkPin} onCancel={() => send({ type: 'admin_cancel' })} /> : null}
        </div>
      </KeyboardContext.Provider>
    </KioskContext.Provider>
  );
}
