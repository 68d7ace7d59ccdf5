import type { CultureKidsNotice } from '../../domain/culture-kids/decide.ts';
import type { Child, Enrolment, Event, Guardian, GuardianContact, Message, Occurrence, Trilingual } from '../../domain/culture-kids/entities.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications, NOTIFY_CHANNEL } from '../notifications/enqueue.ts';
import { NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import { records, rowById, rowsBy } from './rows.ts';
import { cohortPrivateKey, signTicket } from './tickets.ts';

/**
 * The notices of a Culture Kids decision, queued in the notification outbox in the decision's
 * transaction. Invitations and staff messages reach thousands of families: each is one
 * INSERT…SELECT over the registry, never a row per round trip. The rest concern one occurrence's
 * families and go through enqueueNotifications.
 */
export const WORKSPACE = 'culture-kids';
/** Outbox rows of a staff message: migration 200's trigger keeps the message's delivery counts from them. */
export const MESSAGE_WORKSPACE = 'culture-kids-message';

// What the outbox accepts (central/notifications/message.ts), as SQL: a row it would refuse is left out.
const EMAIL_SQL = `'^[^[:space:]@<>(),;:"\\[\\]\\\\]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$'`;
const PHONE_SQL = `'^\\+[1-9][0-9]{6,14}$'`;

/** Reachable: active, consenting, not erased, with an address for the channel. */
const REACHABLE = `(g.data->>'active')::boolean AND (g.data->>'acceptsCommunication')::boolean AND g.data->>'erasedAt' IS NULL`;

const pick = (t: Trilingual, l: NotificationLanguage) => t[l] || t.fi;

/**
 * Invitations of a published event or group to every reachable guardian of the cohort who has a
 * child not erased in it: one statement, however many families.
 */
export async function queueInvitations(tx: Queryable, cohortId: string, name: Trilingual, entityId: string, now: Date): Promise<number> {
  const res = await tx.query<{ n: number }>(
    `WITH m AS (
       INSERT INTO notification_outbox (id, channel, recipient, language, template, params, workspace, entity_id, created_at, state, attempts, next_attempt_at)
       SELECT gen_random_uuid(), 'email', c.data->>'email', g.data->>'language', 'culture-kids.invitation',
              jsonb_build_object('name', g.data->>'firstName', 'event', coalesce(nullif($2::jsonb->>(g.data->>'language'), ''), $2::jsonb->>'fi')),
              '${WORKSPACE}', $3, $4, 'queued', 0, $4
         FROM ck_guardian g
         JOIN ck_guardian_contact c ON c.guardian_id = g.guardian_id AND c.cohort_id = g.cohort_id
        WHERE g.cohort_id = $1 AND ${REACHABLE} AND c.data->>'email' ~ ${EMAIL_SQL}
          AND EXISTS (SELECT 1 FROM ck_guardianship l JOIN ck_child k ON k.id = l.child_id
                       WHERE l.guardian_id = g.guardian_id AND l.cohort_id = g.cohort_id AND k.data->>'erasedAt' IS NULL)
       RETURNING 1)
     SELECT count(*)::int AS n FROM m`,
    [cohortId, JSON.stringify(name), entityId, now],
    'ck_queue_invitations',
  );
  const n = res.rows[0]?.n ?? 0;
  if (n > 0) await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, '']);
  return n;
}

/** A staff message to its frozen recipients (guardian row ids): one statement. */
export async function queueMessage(tx: Queryable, message: Message, guardianRowIds: readonly string[], now: Date): Promise<number> {
  const email = message.protocol === 'email';
  const res = await tx.query<{ n: number }>(
    `WITH m AS (
       INSERT INTO notification_outbox (id, channel, recipient, language, template, params, workspace, entity_id, created_at, state, attempts, next_attempt_at)
       SELECT gen_random_uuid(), $2, c.data->>$3, g.data->>'language', 'culture-kids.message',
              jsonb_build_object('name', g.data->>'firstName',
                'subject', coalesce(nullif($4::jsonb->>(g.data->>'language'), ''), $4::jsonb->>'fi'),
                'body', coalesce(nullif($5::jsonb->>(g.data->>'language'), ''), $5::jsonb->>'fi')),
              '${MESSAGE_WORKSPACE}', $6, $7, 'queued', 0, $7
         FROM unnest($1::text[]) AS r(id)
         JOIN ck_guardian g ON g.id = r.id
         JOIN ck_guardian_contact c ON c.guardian_id = g.guardian_id AND c.cohort_id = g.cohort_id
        WHERE ${REACHABLE} AND c.data->>$3 ~ (CASE WHEN $2 = 'email' THEN ${EMAIL_SQL} ELSE ${PHONE_SQL} END)
       RETURNING 1)
     SELECT count(*)::int AS n FROM m`,
    [guardianRowIds, message.protocol, email ? 'email' : 'phone', JSON.stringify(message.subject), JSON.stringify(message.body), message.id, now],
    'ck_queue_message',
  );
  const n = res.rows[0]?.n ?? 0;
  if (n > 0) await tx.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, '']);
  return n;
}

interface Family {
  guardian: Guardian;
  contact: GuardianContact;
}

/** The active guardians of a child with an e-mail: told of their own child's enrolments whatever their consent to invitations. */
async function familiesOf(tx: Queryable, childIds: readonly string[]): Promise<Map<string, Family[]>> {
  const links = records(await rowsBy(tx, 'ck_guardianship', 'child_id', childIds));
  const guardians = new Map(records(await rowsBy(tx, 'ck_guardian', 'id', links.map((l) => `${l.guardianId}@${l.cohortId}`))).map((g) => [g.id, g]));
  const contacts = records(await rowsBy(tx, 'ck_guardian_contact', 'guardian_id', links.map((l) => l.guardianId)));
  const out = new Map<string, Family[]>();
  for (const l of links) {
    const guardian = guardians.get(`${l.guardianId}@${l.cohortId}`);
    const contact = contacts.find((c) => c.guardianId === l.guardianId && c.cohortId === l.cohortId);
    if (!guardian || !contact || !guardian.active || guardian.erasedAt !== null) continue;
    out.set(l.childId, [...(out.get(l.childId) ?? []), { guardian, contact }]);
  }
  return out;
}

function when(o: Occurrence | null, language: NotificationLanguage): string {
  if (!o) return '';
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(o.startsAt));
}

const WHAT = {
  free_spot: { fi: 'Jonottamaasi esiintymään ({when}) vapautui paikka. Ilmoittaudu pian.', sv: 'En plats blev ledig på förekomsten ({when}) du köar till. Anmäl dig snart.', en: 'A seat became free on the occurrence ({when}) you queue for. Enrol soon.' },
  occurrence_changed: { fi: 'Esiintymän aika tai paikka muuttui: uusi aika {when}.', sv: 'Förekomstens tid eller plats ändrades: ny tid {when}.', en: 'The time or place of the occurrence changed: new time {when}.' },
  occurrence_cancelled: { fi: 'Esiintymä ({when}) on peruttu, ja ilmoittautuminen sen mukana.', sv: 'Förekomsten ({when}) är inställd, och anmälan med den.', en: 'The occurrence ({when}) is cancelled, and the enrolment with it.' },
  enrolment_cancelled: { fi: 'Ilmoittautuminen esiintymään ({when}) on peruttu.', sv: 'Anmälan till förekomsten ({when}) är avbokad.', en: 'The enrolment in the occurrence ({when}) is cancelled.' },
} as const;

type Small = Exclude<CultureKidsNotice, { kind: 'event_published' | 'event_group_published' | 'message_sent' }>;

/** Notices about single enrolments and occurrences: the few families they concern. */
export async function queueFamilyNotices(tx: Queryable, notices: readonly Small[], now: Date): Promise<void> {
  const out: NotificationInput[] = [];
  for (const n of notices) {
    let subjects: { child: Child; enrolment: Enrolment | null }[] = [];
    let occurrence: Occurrence | null;
    let event: Event | null = null;
    if (n.kind === 'free_spot') {
      const sub = await rowById(tx, 'ck_free_spot_subscription', n.subscriptionId);
      const child = sub && (await rowById(tx, 'ck_child', sub.record.childId));
      if (child) subjects = [{ child: child.record, enrolment: null }];
      occurrence = (await rowById(tx, 'ck_occurrence', n.occurrenceId))?.record ?? null;
    } else if (n.kind === 'occurrence_changed' || n.kind === 'occurrence_cancelled') {
      occurrence = (await rowById(tx, 'ck_occurrence', n.occurrenceId))?.record ?? null;
      const enrolments = records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [n.occurrenceId])).filter((e) => (n.kind === 'occurrence_cancelled' ? e.cancelKind === 'occurrence_cancelled' : e.status === 'enrolled'));
      const kids = new Map(records(await rowsBy(tx, 'ck_child', 'id', enrolments.map((e) => e.childId))).map((c) => [c.id, c]));
      subjects = enrolments.flatMap((e) => (kids.get(e.childId) ? [{ child: kids.get(e.childId)!, enrolment: e }] : []));
    } else {
      const enrolment = (await rowById(tx, 'ck_enrolment', n.enrolmentId))?.record ?? null;
      const child = enrolment && (await rowById(tx, 'ck_child', enrolment.childId));
      if (enrolment && child) subjects = [{ child: child.record, enrolment }];
      occurrence = enrolment?.occurrenceId ? ((await rowById(tx, 'ck_occurrence', enrolment.occurrenceId))?.record ?? null) : null;
      event = enrolment ? ((await rowById(tx, 'ck_event', enrolment.eventId))?.record ?? null) : null;
    }
    if (!event && occurrence) event = (await rowById(tx, 'ck_event', occurrence.eventId))?.record ?? null;
    if (!event || subjects.length === 0) continue;
    const families = await familiesOf(tx, subjects.map((s) => s.child.id));
    for (const { child, enrolment } of subjects) {
      if (child.erasedAt !== null) continue;
      const ticket =
        (n.kind === 'enrolment_confirmed' || n.kind === 'enrolment_moved') && enrolment?.occurrenceId
          ? signTicket(await cohortPrivateKey(tx, enrolment.cohortId, now), { enrolmentId: enrolment.id, occurrenceId: enrolment.occurrenceId, cohortId: enrolment.cohortId, issuedAt: now.toISOString() })
          : null;
      for (const { guardian, contact } of families.get(child.id) ?? []) {
        const language = guardian.language;
        const base = { channel: 'email' as const, recipient: contact.email, language, workspace: WORKSPACE, entityId: enrolment?.id ?? occurrence?.id ?? event.id };
        const eventName = pick(event.name, language);
        const message: NotificationInput =
          n.kind === 'enrolment_confirmed' || n.kind === 'enrolment_moved'
            ? { ...base, template: 'culture-kids.enrolment', params: { name: guardian.firstName, child: child.firstName, event: eventName, when: when(occurrence, language), ticket: ticket ?? '' } }
            : { ...base, template: 'culture-kids.notice', params: { name: guardian.firstName, event: eventName, what: WHAT[n.kind][language].replace('{when}', when(occurrence, language)) } };
        // A guardian without a usable address is left out; the decision stands.
        if (NotificationInput.safeParse(message).success) out.push(message);
      }
    }
  }
  await enqueueNotifications(tx, out, { now });
}
