import { Button, ButtonSize, ButtonVariant, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { orderActionAllowed } from '../../../../domain/berths/order-machine.ts';
import { canTerminateLease } from '../../../../domain/berths/lease-machine.ts';
import { cascadeOrder } from '../../../../domain/berths/cascades.ts';
import type { ApplicationStatus } from '../../../../domain/berths/entities.ts';
import { dueDateWindow, defaultDueDate } from '../../../../domain/berths/due-date.ts';
import { asAppError } from '../../api/base-query.ts';
import { useCancelOrderMutation, useMarkOrderPaidElsewhereMutation, useRefundOrderMutation, useResendOfferMutation, useTerminateLeaseMutation } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { PendingIcon } from '../../components/PendingIcon.tsx';
import { dayForInput, parseDay } from '../../format/dates.ts';
import { formatDateTime, formatIsoDate, formatMoney, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { checkDueDate } from './due-date-check.ts';

type Action = 'resend' | 'markPaidElsewhere' | 'cancel' | 'refund' | 'terminate';
type Order = NonNullable<ApplicationDetail['order']>;

/**
 * The actions the order's, the lease's and the application's machines allow together, as the
 * central decides them (cascades.ts); paper invoices are never sent.
 */
export function orderActions({ order, lease }: Order, application: ApplicationStatus | null): Record<Action, boolean> {
  const carries = (to: 'offered' | 'paid_man' | 'cancelled') => order.status === to || cascadeOrder({ order: order.status, lease: lease.status, application }, to).ok;
  return {
    resend: orderActionAllowed('send', order.status) && order.invoicingType !== 'paper_invoice' && carries('offered'),
    markPaidElsewhere: orderActionAllowed('markPaidElsewhere', order.status) && carries('paid_man'),
    cancel: orderActionAllowed('cancel', order.status) && carries('cancelled'),
    refund: orderActionAllowed('refund', order.status) && lease.status === 'paid',
    terminate: canTerminateLease(lease.status),
  };
}

const ACTIONS: readonly Action[] = ['resend', 'markPaidElsewhere', 'cancel', 'refund', 'terminate'];
const COMMAND: Record<Action, string> = {
  resend: 'commands.resendOffer',
  markPaidElsewhere: 'commands.markOrderPaidElsewhere',
  cancel: 'commands.cancelOrder',
  refund: 'commands.refundOrder',
  terminate: 'commands.terminateLease',
};
const CONFIRM: Record<Action, string> = { resend: 'resend', markPaidElsewhere: 'confirmPaid', cancel: 'confirmCancel', refund: 'confirmRefund', terminate: 'confirmTerminate' };
const TEXT: Record<Action, string> = { resend: 'resendText', markPaidElsewhere: 'paidText', cancel: 'cancelText', refund: 'refundText', terminate: 'terminateText' };

/** The offer's invoice: its lines with the amounts before VAT, its state, and what a handler may do with it. */
export function OrderSection({ detail, canWrite }: { detail: ApplicationDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [open, setOpen] = useState<Action | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [resend] = useResendOfferMutation();
  const [markPaid] = useMarkOrderPaidElsewhereMutation();
  const [cancel] = useCancelOrderMutation();
  const [refund] = useRefundOrderMutation();
  const [terminate] = useTerminateLeaseMutation();
  const o = detail.order;
  if (!o) return null;
  const { order, lease } = o;
  const applicationId = detail.application.id;
  const today = helsinkiToday();
  const allowed = orderActions(o, lease.applicationId ? detail.application.status : null);
  const busy = o.pending || detail.pendingCommands.length > 0;

  // The date field of the open dialog: a due date for sending, an end date for terminating.
  const initial = open === 'resend' ? (defaultDueDate(today, order.season) ?? '') : open === 'terminate' ? (today < lease.startDate ? lease.startDate : today > lease.endDate ? lease.endDate : today) : '';
  const text = typed ?? (initial ? dayForInput(initial, lang) : '');
  const due = open === 'resend' ? checkDueDate(text, lang, today, order.season) : null;
  const end = open === 'terminate' ? parseDay(text, lang) : null;
  const endIso = end?.ok && end.iso >= lease.startDate && end.iso <= lease.endDate ? end.iso : null;
  const endError = !end || endIso ? null : !end.ok ? (end.reason === 'empty' ? t('berthOrders.endDateMissing') : end.reason === 'no_such_day' ? t('dueDate.noSuchDay') : t('dueDate.format')) : t('errors.end_date_out_of_range');
  const dueError = due?.error ? t(due.error.key, due.error.params ?? {}) : null;
  const dueWindow = open === 'resend' ? dueDateWindow(today, order.season) : null;

  const run = async (action: Action): Promise<AppError | null> => {
    const orderId = order.id;
    const r =
      action === 'resend' ? await resend({ applicationId, orderId, dueDate: due?.iso ?? undefined })
        : action === 'markPaidElsewhere' ? await markPaid({ applicationId, orderId })
          : action === 'cancel' ? await cancel({ applicationId, orderId })
            : action === 'refund' ? await refund({ applicationId, orderId })
              : await terminate({ applicationId, leaseId: lease.id, endDate: endIso ?? '' });
    if ('error' in r && r.error) return asAppError(r.error);
    dispatch(announce({ key: 'commands.pending', params: { command: COMMAND[action] } }));
    return null;
  };
  const close = () => {
    setOpen(null);
    setTyped(null);
  };

  return (
    <section className="detail-section" aria-labelledby="order-title" data-testid="order-section">
      <h3 id="order-title">{t('berthOrders.title')}</h3>
      {o.pending ? (
        <p className="pending-marker">
          <PendingIcon />
          {t('detail.offerPending')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('berthOrders.status')}</dt>
        <dd data-testid="order-status" data-status={order.status}>
          {t(`berthOrders.statuses.${order.status}`)}
          {order.paidVia ? ` (${t(`berthOrders.paidVia.${order.paidVia}`)})` : ''}
        </dd>
        <dt>{t('berthOrders.invoicingType')}</dt>
        <dd data-testid="order-invoicing">{t(`berthOrders.invoicing.${order.invoicingType}`)}</dd>
        <dt>{t('berthOrders.dueDate')}</dt>
        <dd data-testid="order-due-date">{formatIsoDate(order.dueDate, lang)}</dd>
        {order.sentAt ? (
          <>
            <dt>{t('berthOrders.sentAt')}</dt>
            <dd>{formatDateTime(order.sentAt, lang)}</dd>
          </>
        ) : null}
        {order.paidAt ? (
          <>
            <dt>{t('berthOrders.paidAt')}</dt>
            <dd>{formatDateTime(order.paidAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t('berthOrders.leaseStatus')}</dt>
        <dd data-testid="order-lease-status" data-lease-status={lease.status}>
          {t(`leaseStatuses.${lease.status}`)}, {formatIsoDate(lease.startDate, lang)}–{formatIsoDate(lease.endDate, lang)}
        </dd>
      </dl>
      {order.invoicingType === 'paper_invoice' && order.status === 'drafted' ? <p className="muted" data-testid="order-paper-note">{t('berthOrders.paperNote')}</p> : null}
      <table className="order-lines" data-testid="order-lines">
        <caption className="visually-hidden">{t('berthOrders.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('berthOrders.line')}</th>
            <th scope="col">{t('berthOrders.pretax')}</th>
            <th scope="col">{t('berthOrders.vatPercent')}</th>
            <th scope="col">{t('berthOrders.total')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l, i) => (
            <tr key={`${l.product}-${i}`} data-testid="order-line">
              <th scope="row">{l.title[lang]}</th>
              <td>{formatMoney(l.pretaxCents, lang)}</td>
              <td>{l.vatPercent.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`)} %</td>
              <td>{formatMoney(l.totalCents, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('berthOrders.pretax')}</th>
            <td colSpan={3} data-testid="order-pretax">{formatMoney(order.pretaxCents, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('berthOrders.vat')}</th>
            <td colSpan={3} data-testid="order-vat">{formatMoney(order.vatCents, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('berthOrders.total')}</th>
            <td colSpan={3} data-testid="order-total">{formatMoney(order.totalCents, lang)}</td>
          </tr>
        </tfoot>
      </table>
      {canWrite && !busy ? (
        <div className="detail-actions" role="group" aria-label={t('berthOrders.title')}>
          {ACTIONS.filter((a) => allowed[a]).map((a) => (
            <Button key={a} size={ButtonSize.Small} variant={a === 'terminate' || a === 'refund' ? ButtonVariant.Danger : ButtonVariant.Secondary} data-testid={`order-action-${a}`} onClick={() => setOpen(a)}>
              {t(`berthOrders.${a}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {open ? (
        <ConfirmDialog
          isOpen
          title={t('berthOrders.confirmTitle', { action: t(`berthOrders.${open}`) })}
          text={t(`berthOrders.${TEXT[open]}`, { date: formatIsoDate(due?.iso ?? null, lang) })}
          confirmLabel={t(`berthOrders.${CONFIRM[open]}`)}
          cancelLabel={t('berthOrders.keep')}
          variant={open === 'terminate' || open === 'refund' || open === 'cancel' ? 'danger' : 'primary'}
          confirmDisabled={(open === 'resend' && !due?.iso) || (open === 'terminate' && !endIso)}
          onConfirm={() => run(open)}
          onClose={close}
          testId="order-dialog"
          confirmTestId="order-confirm"
        >
          {open === 'resend' || open === 'terminate' ? (
            <TextInput
              id="order-date"
              data-testid="order-date"
              label={open === 'resend' ? t('berthOrders.dueDate') : t('berthOrders.endDate')}
              helperText={
                open === 'resend'
                  ? dueWindow ? t('dueDate.help', { earliest: formatIsoDate(dueWindow.earliest, lang), latest: formatIsoDate(dueWindow.latest, lang) }) : undefined
                  : t('berthOrders.endDateHelp', { start: formatIsoDate(lease.startDate, lang), end: formatIsoDate(lease.endDate, lang) })
              }
              value={text}
              onChange={(e) => setTyped(e.target.value)}
              invalid={(open === 'resend' ? dueError : endError) !== null}
              errorText={(open === 'resend' ? dueError : endError) ?? undefined}
              autoComplete="off"
              spellCheck={false}
              required
            />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
