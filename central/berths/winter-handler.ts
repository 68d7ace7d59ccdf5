import type { Decision } from '../../domain/berths/decision.ts';
import { isWinterMasterCommand, type WinterCommandType } from '../../domain/berths/winter-commands.ts';
import { WINTER_DECIDERS, type WinterCommandState } from '../../domain/berths/winter-deciders.ts';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import type { NotificationInput, NotificationLanguage } from '../notifications/message.ts';
import { formatEuro } from '../payments/money.ts';
import type { EntityPut } from '../sync/feed.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { linkUrl } from './customer-page/offer-token.ts';
import { winterMasterCommandHandler } from './winter-master-handler.ts';
import { finnishDay, winterMessages } from './winter-messages.ts';
import { loadWinterState } from './winter-state.ts';

type Decide = (s: WinterCommandState, p: unknown, c: CommandContext) => Decision;

/** The line an unmarked invoice carries: its sticker is numbered and posted once it is paid. */
const STICKER_NOTE: Record<NotificationLanguage, string> = {
  fi: 'Talvisäilytystarra postitetaan sinulle, kun lasku on maksettu. Kiinnitä tarra veneeseen näkyvälle paikalle.\n\n',
  sv: 'Vinterförvaringsdekalen postas till dig när fakturan är betald. Fäst dekalen synligt på båten.\n\n',
  en: 'Your winter storage sticker is posted to you once the invoice is paid. Fix it to the boat where it can be seen.\n\n',
};

/**
 * A sent winter invoice, queued in the command's savepoint: by email to the applicant's address
 * (else the customer's), and by text message when there is a number to send it to, in the
 * invoice's language, with the link to the customer page where it is paid online. Amounts and
 * dates are written the Finnish way in every language, as on the invoice itself. An address that
 * cannot be written to is left out; the command stands.
 */
async function queueWinterInvoices(tx: Queryable, puts: readonly EntityPut[], template = 'berths.winter_invoice'): Promise<void> {
  const out: NotificationInput[] = [];
  for (const lease of puts.filter((p) => p.entity === 'winter_lease').map((p) => p.data as WinterLease)) {
    const invoice = lease.invoice;
    if (invoice.status !== 'offered' || !invoice.dueDate) continue;
    out.push(
      ...(await winterMessages(tx, lease, template, {
        price: formatEuro(invoice.totalCents, 'fi'),
        dueDate: finnishDay(invoice.dueDate),
        reference: invoice.number,
        stickerNote: lease.areaType === 'unmarked' ? STICKER_NOTE[invoice.language] : '',
        link: await linkUrl(tx, 'winter-invoice', lease.id),
      })),
    );
  }
  if (out.length > 0) await enqueueNotifications(tx, out);
}

/**
 * A terminated lease's notice (decision 49), by email only as the berth lease's: the place, the
 * winter and the end date, in the invoice's language. No address, no notice; the command stands.
 */
async function queueTerminationNotice(tx: Queryable, puts: readonly EntityPut[]): Promise<void> {
  const out: NotificationInput[] = [];
  for (const lease of puts.filter((p) => p.entity === 'winter_lease').map((p) => p.data as WinterLease)) {
    if (lease.status !== 'terminated') continue;
    const messages = await winterMessages(tx, lease, 'berths.winter_lease_terminated', { endDate: finnishDay(lease.endDate) });
    out.push(...messages.filter((m) => m.channel === 'email'));
  }
  if (out.length > 0) await enqueueNotifications(tx, out);
}

/**
 * Winter storage commands on the central: the deciders the desk runs offline, on state loaded
 * under row locks (application, lease, place) and, for sticker numbers, the winter's series lock.
 * A sent invoice is queued to the customer with the command's writes. The master data edits
 * (areas, sections, places) are the winter master handler's.
 */
export const winterCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache, user) {
    if (isWinterMasterCommand(command.type)) return winterMasterCommandHandler.decide(tx, command, ctx, cache, user);
    const type = command.type as WinterCommandType;
    const state = await loadWinterState(tx, type, command.payload);
    return (WINTER_DECIDERS[type] as Decide)(state, command.payload, ctx);
  },

  async written(tx, command, puts, cache) {
    if (isWinterMasterCommand(command.type)) return winterMasterCommandHandler.written?.(tx, command, puts, cache);
    if (command.type === 'berths.sendWinterInvoice') await queueWinterInvoices(tx, puts);
    // A renewal's invoice says it renews the holder's place (decision 49); sent again, it is an invoice as any.
    if (command.type === 'berths.renewWinterLease') await queueWinterInvoices(tx, puts, 'berths.winter_renewal_invoice');
    if (command.type === 'berths.terminateWinterLease') await queueTerminationNotice(tx, puts);
  },

  async explainViolation(tx, command, constraint, cache) {
    if (isWinterMasterCommand(command.type)) return winterMasterCommandHandler.explainViolation(tx, command, constraint, cache);
    // Two renewals of one lease, or a renewal and an allocation, at once: the place lock orders them, the index stands behind.
    if (command.type === 'berths.renewWinterLease' && constraint === 'winter_lease_one_active_per_place') {
      return { ok: false, status: 'rejected', code: 'already_renewed', message: 'The place has a lease for the new winter already.' };
    }
    if (constraint === 'winter_lease_one_active_per_place') {
      return { ok: false, status: 'conflict', code: 'place_taken', message: 'The place was given to another lease for the winter meanwhile.', current: null };
    }
    if (constraint === 'winter_lease_one_active_per_application') {
      return { ok: false, status: 'rejected', code: 'application_has_offer', message: 'The application already has a lease this winter.' };
    }
    // The series lock keeps numbers apart; should two meet anyway, the payment is simply done again.
    if (constraint === 'winter_lease_sticker') {
      return { ok: false, status: 'conflict', code: 'version_mismatch', message: `Another lease took the sticker number at the same moment (${command.type}); do it again for the next number.`, current: null };
    }
    return null;
  },
};
