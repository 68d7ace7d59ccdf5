import { Button, Notification } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketCheck } from '../../../../domain/culture-kids/contract.ts';
import { formatDateTime, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { isTyping } from '../../app/shortcuts.ts';
import { useCkMarkAttendanceMutation, useCkVerifyTicketMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';

type Outcome = { kind: 'checked'; check: TicketCheck } | { kind: 'error'; code: string };

/**
 * The ticket field: a USB scanner types the QR text and Enter. The ticket is checked on this
 * computer (signature, occurrence, time window) and a valid one is marked attended at once; the
 * mark waits in the outbox while offline. The field is cleared and keeps focus for the next child.
 */
export function TicketScanner({ occurrenceId }: { occurrenceId: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [verify, verifying] = useCkVerifyTicketMutation();
  const [mark] = useCkMarkAttendanceMutation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.defaultPrevented) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function check() {
    const scanned = text.trim();
    if (!scanned) return;
    setText('');
    const r = await verify({ text: scanned, occurrenceId });
    if ('error' in r) return setOutcome({ kind: 'error', code: commandError(r)?.code ?? 'internal' });
    const result = r.data;
    if (result.valid && !result.alreadyAttended) {
      const err = commandError(await mark({ enrolmentId: result.enrolmentId, attendance: 'attended' }));
      if (err) return setOutcome({ kind: 'error', code: err.code });
    }
    setOutcome({ kind: 'checked', check: result });
    inputRef.current?.focus();
  }

  const check_ = outcome?.kind === 'checked' ? outcome.check : null;
  const valid = check_?.valid === true;
  const code = outcome?.kind === 'error' ? outcome.code : check_ && !check_.valid ? check_.code : null;
  return (
    <section className="ck-section" aria-labelledby="ck-ticket-h">
      <h2 id="ck-ticket-h" className="visually-hidden">
        {t('cultureKids.checkIn.ticket')}
      </h2>
      <form
        className="ck-ticket"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <div className="field">
          <label htmlFor="ck-ticket-text">{t('cultureKids.checkIn.ticket')}</label>
          <input
            id="ck-ticket-text"
            data-testid="ck-ticket-text"
            ref={inputRef}
            className="native-input"
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts="/"
            value={text}
            maxLength={2000}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <Button type="submit" disabled={verifying.isLoading || text.trim() === ''} data-testid="ck-ticket-verify">
          {t('cultureKids.checkIn.verify')}
        </Button>
      </form>
      <div aria-live="assertive" data-testid="ck-ticket-result" data-result={valid ? (check_?.valid && check_.alreadyAttended ? 'already' : 'valid') : (code ?? '')}>
        {valid && check_?.valid ? (
          <Notification type="success" label={localized(check_.eventName, lang)} className="ck-result">
            {t(check_.alreadyAttended ? 'cultureKids.checkIn.result.already' : 'cultureKids.checkIn.result.valid', { name: `${check_.childFirstName} ${check_.childLastName}` })}
            <br />
            {formatDateTime(check_.startsAt, lang)}
          </Notification>
        ) : code ? (
          <Notification type="error" label={t('cultureKids.checkIn.result.refused')} className="ck-result">
            {t(`errors.${code}`, { defaultValue: t('errors.internal') })}
          </Notification>
        ) : null}
      </div>
    </section>
  );
}
