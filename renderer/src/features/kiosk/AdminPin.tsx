import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** The longest PIN the core accepts (domain/kiosk/contract.ts KioskAdminPinInput). */
const MAX_DIGITS = 8;

/** What the core said about a typed PIN: `unset` when the terminal has none configured. */
export type PinVerdict = 'correct' | 'wrong' | 'unset';

/** The PIN prompt after the hidden chord: digits only, never shown, checked by `check` (the core). */
export function AdminPin({ seconds, check, onCancel }: { seconds: number | null; check: (pin: string) => Promise<PinVerdict>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [verdict, setVerdict] = useState<PinVerdict | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function submit() {
    if (pin.length < 4) return;
    const answer = await check(pin);
    setPin('');
    setVerdict(answer);
  }

  return (
    <div className="kiosk-overlay">
      <form
        className="kiosk-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="kiosk-pin-title"
        data-testid="kiosk-admin-pin"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="kiosk-pin-title">{t('kiosk.admin.pinTitle')}</h2>
        <label htmlFor="kiosk-pin" className="kiosk-field__label">
          {t('kiosk.admin.pin')}
        </label>
        <input
          ref={field}
          id="kiosk-pin"
          className="kiosk-field__input kiosk-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={MAX_DIGITS}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, MAX_DIGITS))}
          data-testid="kiosk-pin-input"
        />
        <div className="kiosk-pinpad">
          {DIGITS.map((d) => (
            <button key={d} type="button" className="kiosk-keyboard__key" onPointerDown={(e) => e.preventDefault()} onClick={() => setPin((p) => (p + d).slice(0, MAX_DIGITS))}>
              {d}
            </button>
          ))}
        </div>
        {verdict === 'wrong' ? (
          <p className="kiosk-error" role="alert" data-testid="kiosk-pin-wrong">
            {t('kiosk.admin.wrong')}
          </p>
        ) : verdict === 'unset' ? (
          <p className="kiosk-error" role="alert" data-testid="kiosk-pin-unset">
            {t('kiosk.admin.noPin')}
          </p>
        ) : null}
        {seconds !== null ? <p>{t('kiosk.idle.seconds', { count: seconds })}</p> : null}
        <div className="kiosk-dialog__actions">
          <button type="button" className="kiosk-button kiosk-button--secondary" onClick={onCancel} data-testid="kiosk-pin-cancel">
            {t('actions.cancel')}
          </button>
          <button type="submit" className="kiosk-button kiosk-button--primary" data-testid="kiosk-pin-submit">
            {t('kiosk.admin.unlock')}
          </button>
        </div>
      </form>
    </div>
  );
}
