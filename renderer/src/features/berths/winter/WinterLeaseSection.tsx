import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { formatDateTime, formatIsoDate, formatMoney, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { SendInvoiceDialog } from './SendInvoiceDialog.tsx';
import { TerminateDialog } from './TerminateDialog.tsx';
import type { WinterActions } from './winter-actions.ts';
import { useMarkWinterInvoicePaidMutation } from './winter-api.ts';
import { WinterSection } from './WinterSections.tsx';

type Lease = NonNullable<WinterApplicationDetail['lease']>;

/** The winter lease with its invoice: where, how much, how far it has come, and the next step. */
export function WinterLeaseSection({ detail, lease, actions, canAct }: { detail: WinterApplicationDetail; lease: Lease; actions: WinterActions; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [open, setOpen] = useState<'send' | 'paid' | 'terminate' | null>(null);
  const [markPaid] = useMarkWinterInvoicePaidMutation();
  const invoice = lease.invoice;
  const applicationId = detail.application.id;
  const shown = canAct && (actions.send || actions.markPaid || actions.terminate);
  return (
    <WinterSection id="winter-lease" title={t('winter.lease.title')} testId="winter-lease">
      <div data-testid="winter-lease-state" data-lease-status={lease.status} data-invoice-status={invoice.status} data-pending={String(lease.pending)}>
        {lease.pending ? (
          <p className="pending-marker">
            <PendingIcon />
            {t('winter.lease.pending')}
          </p>
        ) : (
          <p className="applied-marker">
            <span aria-hidden="true">✓ </span>
            {t('winter.lease.applied')}
          </p>
        )}
      </div>
      <dl className="facts">
        <dt>{t('winter.lease.place')}</dt>
        <dd data-testid="winter-lease-place">{localized(lease.placeLabel, lang)}</dd>
        <dt>{t('winter.lease.status')}</dt>
        <dd data-testid="winter-lease-status">
          {t(`leaseStatuses.${lease.status}`)}, {formatIsoDate(lease.startDate, lang)}–{formatIsoDate(lease.endDate, lang)}
        </dd>
        <dt>{t('winter.lease.invoiceStatus')}</dt>
        <dd data-testid="winter-invoice-status">
          {t(`berthOrders.statuses.${invoice.status}`)}
          {/* "Paid elsewhere" says it already; online and free payments are told apart. */}
          {invoice.paidVia && invoice.paidVia !== 'elsewhere' ? ` (${t(`berthOrders.paidVia.${invoice.paidVia}`)})` : ''}
        </dd>
        <dt>{t('winter.lease.invoiceNumber')}</dt>
        <dd>{invoice.number}</dd>
        <dt>{t('winter.lease.invoicing')}</dt>
        <dd>{t(`berthOrders.invoicing.${invoice.invoicingType}`)}</dd>
        <dt>{t('winter.lease.total')}</dt>
        <dd data-testid="winter-invoice-total">{formatMoney(invoice.totalCents, lang)}</dd>
        {invoice.dueDate ? (
          <>
            <dt>{t('winter.lease.dueDate')}</dt>
            <dd data-testid="winter-invoice-due">{formatIsoDate(invoice.dueDate, lang)}</dd>
          </>
        ) : null}
        {invoice.sentAt ? (
          <>
            <dt>{t('winter.lease.sentAt')}</dt>
            <dd>{formatDateTime(invoice.sentAt, lang)}</dd>
          </>
        ) : null}
        {invoice.paidAt ? (
          <>
            <dt>{t('winter.lease.paidAt')}</dt>
            <dd>{formatDateTime(invoice.paidAt, lang)}</dd>
          </>
        ) : null}
      </dl>
      <table className="data-table winter-lines" data-testid="winter-invoice-lines">
        <caption className="visually-hidden">{t('berthOrders.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('berthOrders.line')}</th>
            <th scope="col" className="num">{t('berthOrders.pretax')}</th>
            <th scope="col" className="num">{t('berthOrders.vatPercent')}</th>
            <th scope="col" className="num">{t('berthOrders.total')}</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((l, i) => (
            <tr key={`${l.product}-${i}`}>
              <th scope="row" className="winter-lines__title">{l.title[lang]}</th>
              <td className="num">{formatMoney(l.pretaxCents, lang)}</td>
              <td className="num">{l.vatPercent.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`)} %</td>
              <td className="num">{formatMoney(l.totalCents, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invoice.invoicingType === 'paper_invoice' && actions.markPaid ? <p className="muted">{t('winter.lease.paperNote')}</p> : null}
      {shown ? (
        <div className="detail-actions detail-actions--flat" role="group" aria-label={t('winter.lease.title')}>
          {actions.send ? (
            <Button size={ButtonSize.Small} data-testid="winter-send" onClick={() => setOpen('send')}>
              {t('winter.lease.send')}
            </Button>
          ) : null}
          {actions.markPaid ? (
            <Button size={ButtonSize.Small} variant={actions.send ? ButtonVariant.Secondary : ButtonVariant.Primary} data-testid="winter-mark-paid" onClick={() => setOpen('paid')}>
              {t('winter.lease.markPaid')}
            </Button>
          ) : null}
          {actions.terminate ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="winter-terminate" onClick={() => setOpen('terminate')}>
              {t('winter.lease.terminate')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open === 'send' ? <SendInvoiceDialog detail={detail} lease={lease} onClose={() => setOpen(null)} /> : null}
      {open === 'terminate' ? <TerminateDialog lease={lease} applicationId={applicationId} onClose={() => setOpen(null)} /> : null}
      {open === 'paid' ? (
        <ConfirmDialog
          isOpen
          title={t('winter.lease.paidTitle')}
          text={lease.areaType === 'unmarked' && lease.stickerNumber === null ? t('winter.lease.paidTextSticker') : t('winter.lease.paidText')}
          confirmLabel={t('winter.lease.paidConfirm')}
          cancelLabel={t('winter.lease.keep')}
          testId="winter-paid-dialog"
          confirmTestId="winter-paid-confirm"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const error = commandError(await markPaid({ input: { leaseId: lease.id }, applicationId }));
            if (!error) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.markWinterInvoicePaid' } }));
            return error;
          }}
        />
      ) : null}
    </WinterSection>
  );
}
