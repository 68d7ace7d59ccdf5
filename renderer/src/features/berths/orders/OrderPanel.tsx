import { Button, ButtonSize, ButtonVariant, TextInput } from 'hds-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, Lease } from '../../../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../../../domain/berths/order-entity.ts';
import { orderActionAllowed } from '../../../../../domain/berths/order-machine.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { dueDateWindow, defaultDueDate } from '../../../../../domain/berths/due-date.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useCancelOrderMutation, useMarkOrderPaidElsewhereMutation, useRefundOrderMutation, useResendOfferMutation, useTerminateLeaseMutation } from '../../../api/kuva-api.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { dayForInput, parseDay } from '../../../format/dates.ts';
import { formatDateTime, formatIsoDate, helsinkiToday } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { checkDueDate } from '../due-date-check.ts';
import { orderActions, type OrderAction } from './order-actions.ts';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { OrderLinesEditor } from './OrderLinesEditor.tsx';

const ACTIONS: readonly OrderAction[] = ['resend', 'markPaidElsewhere', 'cancel', 'refund', 'terminate'];
const COMMAND: Record<OrderAction, string> = {
  resend: 'commands.resendOffer',
  markPaidElsewhere: 'commands.markOrderPaidElsewhere',
  cancel: 'commands.cancelOrder',
  refund: 'commands.refundOrder',
  terminate: 'commands.terminateLease',
};
const CONFIRM: Record<OrderAction, string> = { resend: 'resend', markPaidElsewhere: 'confirmPaid', cancel: 'confirmCancel', refund: 'confirmRefund', terminate: 'confirmTerminate' };
const TEXT: Record<OrderAction, string> = { resend: 'resendText', markPaidElsewhere: 'paidText', cancel: 'cancelText', refund: 'refundText', terminate: 'terminateText' };

export interface OrderPanelProps {
  order: BerthOrder;
  lease: Lease;
  /** The order or its lease waits for the central. */
  pending: boolean;
  /** The application the lease was offered on; null for a lease made without one. */
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
  /** The user may take case actions (berths.cases.write): a supervisor only reads. */
  canWrite: boolean;
  /** Other changes wait for the central (the application's commands): no action until they settle. */
  busy?: boolean;
  /** The heading's level where the panel stands: 3 in the application detail, 4 in a customer's invoice row. */
  headingLevel?: 3 | 4;
}

/**
 * An invoice: its state, its lines with the amounts before VAT, and what a handler may do with it
 * (send, mark paid elsewhere, cancel, refund, terminate the lease, edit the lines). One component
 * for the application detail and the customer's 360° view (decision 41).
 */
export function OrderPanel({ order, lease, pending, applicationId, applicationStatus, canWrite, busy = false, headingLevel = 3 }: OrderPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const ids = useId();
  const [open, setOpen] = useState<OrderAction | null>(null);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [resend] = useResendOfferMutation();
  const [markPaid] = useMarkOrderPaidElsewhereMutation();
  const [cancel] = useCancelOrderMutation();
  const [refund] = useRefundOrderMutation();
  const [terminate] = useTerminateLeaseMutation();
  const today = helsinkiToday();
  const allowed = orderActions({ order, lease }, applicationStatus);
  const mayAct = canWrite && !pending && !busy;
  const mayEdit = mayAct && orderActionAllowed('editLines', order.status);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  // The date field of the open dialog: a due date for sending, an end date for terminating.
  const initial = open === 'resend' ? (defaultDueDate(today, order.season) ?? '') : open === 'terminate' ? (today < lease.startDate ? lease.startDate : today > lease.endDate ? lease.endDate : today) : '';
  const text = typed ?? (initial ? dayForInput(initial, lang) : '');
  const due = open === 'resend' ? checkDueDate(text, lang, today, order.season) : null;
  const end = open === 'terminate' ? parseDay(text, lang) : null;
  const endIso = end?.ok && end.iso >= lease.startDate && end.iso <= lease.endDate ? end.iso : null;
  const endError = !end || endIso ? null : !end.ok ? (end.reason === 'empty' ? t('berthOrders.endDateMissing') : end.reason === 'no_such_day' ? t('dueDate.noSuchDay') : t('dueDate.format')) : t('errors.end_date_out_of_range');
  const dueError = due?.error ? t(due.error.key, due.error.params ?? {}) : null;
  const dueWindow = open === 'resend' ? dueDateWindow(today, order.season) : null;

  // An invoice never sent (a lease made without an application) is sent, not sent again.
  const firstSend = !order.sentAt;
  const label = (a: OrderAction) => (a === 'resend' && firstSend ? 'send' : a);

  const run = async (action: OrderAction): Promise<AppError | null> => {
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
  const stopEditing = (saved: boolean) => {
    setEditing(false);
    // Back to the edit button; once saved, the invoice waits for the central and offers no action: its heading.
    setTimeout(() => (saved ? headingRef.current : (editRef.current ?? headingRef.current))?.focus(), 0);
  };

  return (
    <section className="detail-section order-panel" aria-labelledby={`${ids}-title`} data-testid="order-section" data-order-id={order.id}>
      <Heading id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="order-panel__title">
        {t('berthOrders.title')}
      </Heading>
      {pending ? (
        <p className="pending-marker" data-testid="order-pending">
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
        <dd data-testid="order-due-date">{order.dueDate ? formatIsoDate(order.dueDate, lang) : '–'}</dd>
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
      {editing && mayEdit ? (
        <OrderLinesEditor order={order} applicationId={applicationId} onDone={stopEditing} />
      ) : (
        <OrderLinesTable lines={order.lines} totals={order} />
      )}
      {mayAct && !editing ? (
        <div className="detail-actions" role="group" aria-label={t('berthOrders.title')}>
          {mayEdit ? (
            <Button ref={editRef} size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="order-action-editLines" onClick={() => setEditing(true)}>
              {t('berthOrders.lines.edit')}
            </Button>
          ) : null}
          {ACTIONS.filter((a) => allowed[a]).map((a) => (
            <Button key={a} size={ButtonSize.Small} variant={a === 'terminate' || a === 'refund' ? ButtonVariant.Danger : ButtonVariant.Secondary} data-testid={`order-action-${a}`} onClick={() => setOpen(a)}>
              {t(`berthOrders.${label(a)}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {open ? (
        <ConfirmDialog
          isOpen
          title={t('berthOrders.confirmTitle', { action: t(`berthOrders.${label(open)}`) })}
          text={t(`berthOrders.${open === 'markPaidElsewhere' && !applicationId ? 'paidTextNoApplication' : firstSend && open === 'resend' ? 'sendText' : TEXT[open]}`, { date: formatIsoDate(due?.iso ?? null, lang) })}
          confirmLabel={t(`berthOrders.${firstSend && open === 'resend' ? 'send' : CONFIRM[open]}`)}
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
