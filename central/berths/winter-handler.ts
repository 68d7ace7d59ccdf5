import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import type { Decision } from '../../domain/berths/decision.ts';
import type { Localized } from '../../domain/languages.ts';
import type { WinterCommandType } from '../../domain/berths/winter-commands.ts';
import { WINTER_DECIDERS, type WinterCommandState } from '../../domain/berths/winter-deciders.ts';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import { stickerSeason } from '../../domain/berths/winter-seasons.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import { formatEuro } from '../payments/money.ts';
import type { EntityPut } from '../sync/feed.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { loadWinterState } from './winter-state.ts';

type Decide = (s: WinterCommandState, p: unknown, c: CommandContext) => Decision;

/** A day as the city writes it to customers: 12.12.2026. */
function finnishDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The line an unmarked invoice carries: its sticker is numbered and posted once it is paid. */
const STICKER_NOTE: Record<NotificationLanguage, string> = {
  fi: 'Talvisäilytystarra postitetaan sinulle, kun lasku on maksettu. Kiinnitä tarra veneeseen näkyvälle paikalle.\n\n',
  sv: 'Vinterförvaringsdekalen postas till dig när fakturan är betald. Fäst dekalen synligt på båten.\n\n',
  en: 'Your winter storage sticker is posted to you once the invoice is paid. Fix it to the boat where it can be seen.\n\n',
};

interface RecipientRow {
  applicant_email: string | null;
  customer_email: string | null;
  applicant_phone: string | null;
  customer_phone: string | null;
  first_name: string | null;
  area: Localized;
  section: string;
  number: number | null;
}

/**
 * A sent winter invoice, queued in the command's savepoint: by email to the applicant's address
 * (else the customer's), and by text message when there is a number to send it to, in the
 * invoice's language. Amounts and dates are written the Finnish way in every language, as on the
 * invoice itself. An address that cannot be written to is left out; the command stands.
 */
async function queueWinterInvoices(tx: Queryable, puts: readonly EntityPut[]): Promise<void> {
  const out: NotificationInput[] = [];
  for (const lease of puts.filter((p) => p.entity === 'winter_lease').map((p) => p.data as WinterLease)) {
    const invoice = lease.invoice;
    if (invoice.status !== 'offered' || !invoice.dueDate) continue;
    const res = await tx.query<RecipientRow>(
      `SELECT a.data->'applicant'->>'email' AS applicant_email, c.data->>'email' AS customer_email,
         a.data->'applicant'->>'phone' AS applicant_phone, c.data->>'phone' AS customer_phone,
         coalesce(a.data->'applicant'->>'firstName', c.data->>'firstName') AS first_name,
         ar.data->'name' AS area, s.data->>'identifier' AS section, (p.data->>'number')::int AS number
       FROM winter_lease l JOIN customer c ON c.id = l.customer_id JOIN winter_area ar ON ar.id = l.area_id
         JOIN winter_section s ON s.id = l.section_id LEFT JOIN winter_place p ON p.id = l.place_id
         LEFT JOIN winter_application a ON a.id = l.application_id
       WHERE l.id = $1`,
      [lease.id],
      'winter_invoice_recipient',
    );
    const r = res.rows[0];
    if (!r) continue;
    const language = invoice.language;
    const email = deliverableEmail(r.applicant_email ?? '') ?? deliverableEmail(r.customer_email ?? '');
    const phone = deliverableSmsNumber(r.applicant_phone ?? '') ?? deliverableSmsNumber(r.customer_phone ?? '');
    const message = {
      language,
      template: 'berths.winter_invoice',
      workspace: 'berths',
      entityId: lease.applicationId ?? lease.id,
      params: {
        name: r.first_name ?? '',
        place: r.number === null ? r.area[language] : `${r.area[language]} ${r.section}-${r.number}`,
        season: stickerSeason(lease.winter).replace('_', '–'),
        price: formatEuro(invoice.totalCents, 'fi'),
        dueDate: finnishDay(invoice.dueDate),
        reference: invoice.number,
        stickerNote: lease.areaType === 'unmarked' ? STICKER_NOTE[language] : '',
      },
    };
    if (email) out.push({ ...message, channel: 'email', recipient: email });
    if (phone) out.push({ ...message, channel: 'sms', recipient: phone });
  }
  const sendable = out.filter((m) => NotificationInput.safeParse(m).success);
  if (sendable.length > 0) await enqueueNotifications(tx, sendable);
}

/**
 * Winter storage commands on the central: the deciders the desk runs offline, on state loaded
 * under row locks (application, lease, place) and, for sticker numbers, the winter's series lock.
 * A sent invoice is queued to the customer with the command's writes.
 */
export const winterCommandHandler: CommandHandler = {
  async decide(tx, command, ctx) {
    const type = command.type as WinterCommandType;
    const state = await loadWinterState(tx, type, command.payload);
    return (WINTER_DECIDERS[type] as Decide)(state, command.payload, ctx);
  },

  async written(tx, command, puts) {
    if (command.type === 'berths.sendWinterInvoice') await queueWinterInvoices(tx, puts);
  },

  async explainViolation(_tx, command, constraint) {
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
