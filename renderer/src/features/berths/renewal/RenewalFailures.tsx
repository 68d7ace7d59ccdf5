import { Button, ButtonSize, ButtonVariant, Notification, NotificationSize } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenewalBerth, RenewalFailure } from '../../../../../domain/berths/renewal-contract.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { useErrorText } from '../../../components/StateViews.tsx';
import { formatInteger, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { RENEWAL_TEXTS, useRenewalText } from './renewal-text.ts';

export function berthText(b: RenewalBerth, lang: ReturnType<typeof asLanguage>): string {
  return [localized(b.harbourName, lang), b.pier, b.number].filter(Boolean).join(' ');
}

/**
 * The season's renewals in error, each with its reason: the handler fixes the customer's contact
 * details, then sends the invoice again (one by one, or every fixed one at once). A refused
 * sending is shown above the list, naming the customer. `textsAt`: see renewal-text.ts.
 */
export function RenewalFailures({
  failures,
  busy,
  canSend,
  onFix,
  sendAgain,
  onSentAgain,
  textsAt = RENEWAL_TEXTS,
}: {
  failures: readonly RenewalFailure[];
  busy: boolean;
  /** A valid common due date exists: sending again uses it. */
  canSend: boolean;
  onFix: (f: RenewalFailure) => void;
  /** Sends one failure's invoice again; its refusal, or null when it went. */
  sendAgain: (f: RenewalFailure) => Promise<AppError | null>;
  /** After a round of sending again, with how many went. */
  onSentAgain: (sent: number) => void;
  textsAt?: string;
}) {
  const { t: tAll, i18n } = useTranslation();
  const t = useRenewalText(textsAt);
  const errorText = useErrorText();
  const lang = asLanguage(i18n.language);
  const [sending, setSending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const fixed = failures.filter((f) => f.contactFixed).length;
  const blocked = busy || sending;

  const resend = async (list: readonly RenewalFailure[]) => {
    setRefused(null);
    setSending(true);
    let sent = 0;
    try {
      for (const f of list) {
        const error = await sendAgain(f);
        if (error) setRefused(`${f.customerName}: ${errorText(error)}`);
        else sent++;
      }
    } finally {
      setSending(false);
      onSentAgain(sent);
    }
  };

  return (
    <section className="renewal-failures" aria-labelledby="renewal-failures-title" data-testid="renewal-failures" data-count={failures.length}>
      <div className="renewal-failures__head">
        <h2 id="renewal-failures-title" className="renewal__subtitle">
          {t('failures.title')}
        </h2>
        {fixed > 0 ? (
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} disabled={blocked || !canSend} data-testid="renewal-resend-fixed" onClick={() => void resend(failures.filter((f) => f.contactFixed))}>
            {t('failures.resendAll', { count: fixed, formatted: formatInteger(fixed, lang) })}
          </Button>
        ) : null}
      </div>
      {refused ? (
        <Notification type="error" size={NotificationSize.Small} label={t('failures.resend')} data-testid="renewal-resend-error">
          {refused}
        </Notification>
      ) : null}
      {failures.length === 0 ? (
        <p className="renewal__muted" data-testid="renewal-failures-empty">
          {t('failures.empty')}
        </p>
      ) : (
        <div className="renewal-failures__scroll">
          <table className="data-table renewal-failures__table">
            <thead>
              <tr>
                <th scope="col">{t('failures.customer')}</th>
                <th scope="col">{t('failures.berth')}</th>
                <th scope="col">{t('failures.email')}</th>
                <th scope="col">{t('failures.reason')}</th>
                <th scope="col">{t('failures.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((f) => (
                <tr key={f.orderId} data-testid="renewal-failure" data-order-id={f.orderId} data-fixed={f.contactFixed}>
                  <th scope="row">{f.customerName}</th>
                  <td>{berthText(f.berth, lang)}</td>
                  <td>{f.customer.email || <span className="renewal__muted">{t('failures.noEmail')}</span>}</td>
                  <td>{f.contactFixed ? <span className="renewal-failures__fixed">{t('failures.fixed')}</span> : f.problem ? tAll(`errors.${f.problem}`) : ''}</td>
                  <td className="renewal-failures__actions">
                    <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} disabled={blocked} aria-label={t('failures.fixLabel', { name: f.customerName })} data-testid="renewal-fix" onClick={() => onFix(f)}>
                      {t('failures.fix')}
                    </Button>
                    <Button
                      variant={ButtonVariant.Primary}
                      size={ButtonSize.Small}
                      disabled={blocked || !f.contactFixed || !canSend}
                      aria-label={t('failures.resendLabel', { name: f.customerName })}
                      data-testid="renewal-resend"
                      onClick={() => void resend([f])}
                    >
                      {t('failures.resend')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
