import type { HelpSession, QueueTicket } from '../../../domain/assist/entities.ts';
import { durationBucket } from '../../../domain/assist/bulk-log.ts';
import { noteExpiry } from '../../../domain/assist/retention.ts';
import { ticketLabel } from '../../../domain/assist/queue.ts';
import { TOPICS } from '../../../domain/assist/vocabulary.ts';
import { addDays, fromWallClock, helsinkiDateOf, isoWeekday, toIsoInstant } from '../../../domain/wall-clock.ts';
import type { Weighted } from '../../demo-data/names.ts';
import type { Random } from '../../demo-data/random.ts';
import { nameUuid } from '../../stable-ids.ts';
import { ASSIST_USER_IDS, OTHER_HELPERS, SERVICE_POINTS } from './service-points.ts';

/** How many past sessions the demo has, over how many weeks. */
export const DEMO_SESSIONS = 360;
const DAYS = 42;

const POINTS: Weighted = [['sp-oodi', 40], ['sp-kallio', 25], ['sp-itis', 20], ['sp-malmi', 15]];
const CHANNELS: Weighted = [['walk_in', 60], ['booked', 12], ['phone', 14], ['chat', 4], ['video', 3], ['event_group', 5], ['home_visit', 2]];
const LANGUAGES: Weighted = [['fi', 62], ['sv', 6], ['en', 10], ['ru', 6], ['ar', 5], ['so', 4], ['et', 3], ['uk', 3], ['other', 1]];
const TOPIC_WEIGHTS: Weighted = TOPICS.map((t) => [t, t === 'strong_auth' || t === 'smartphone_apps' ? 16 : t === 'eservices_public' || t === 'email_account' ? 12 : t === 'other' ? 3 : 7]);
const AGE_BANDS: Weighted = [['18_29', 8], ['30_64', 25], ['65_74', 30], ['75_plus', 25], ['under_18', 2], ['unknown', 10]];
const OUTCOMES: Weighted = [['resolved', 60], ['partly_resolved', 20], ['not_resolved', 7], ['out_of_scope', 5], ['customer_left', 8]];
const REFERRALS: Weighted = [['none', 74], ['kansalaisneuvonta', 5], ['authority_service', 6], ['bank', 5], ['operator_or_vendor', 3], ['city_service_point', 2], ['booked_followup', 3], ['digituki_course', 1], ['ngo', 1]];
const HELPER_TYPES: Weighted = [['staff', 70], ['volunteer', 25], ['student', 5]];
const BUCKET_MINUTES = { under_5: 4, '5_15': 10, '15_30': 22, '30_60': 40, over_60: 70 } as const;
const BUCKETS: Weighted = [['under_5', 10], ['5_15', 40], ['15_30', 32], ['30_60', 15], ['over_60', 3]];
const NOTES = ['Suomi.fi-tunnistus ei onnistunut, ohjattu pankkiin', 'Tulostus onnistui toisella yrittämällä', 'Sovellus päivitetty ja kirjautuminen testattu', 'Kela-lomake täytetty yhdessä', 'Puhelimen muisti täynnä, kuvat siirretty'];

const helpersAt = (sp: string): string[] => (sp === 'sp-oodi' ? [ASSIST_USER_IDS.hilkka, ASSIST_USER_IDS.veera] : sp === 'sp-kallio' ? [ASSIST_USER_IDS.hilkka] : [OTHER_HELPERS[sp as keyof typeof OTHER_HELPERS]]);

function topics(rng: Random): HelpSession['topics'] {
  const first = rng.weighted(TOPIC_WEIGHTS);
  const second = rng.chance(0.3) ? rng.weighted(TOPIC_WEIGHTS) : first;
  return [...new Set([first, second])] as HelpSession['topics'];
}

/**
 * Anonymous past sessions over the recent weeks, so the dashboards have something to show: most
 * timed with the one-tap timer, some logged in bulk after a busy hour; every timed walk-in came
 * from a ticket that waited a while, so queue waits have data too. Notes only on the latest days,
 * where they have not expired yet.
 */
export function generateSessions(now: Date, today: string, rng: Random): { sessions: HelpSession[]; tickets: QueueTicket[] } {
  const sessions: HelpSession[] = [];
  for (let i = 0; i < DEMO_SESSIONS; i++) {
    let date = addDays(today, -rng.int(1, DAYS));
    if (isoWeekday(date) === 7) date = addDays(date, -1);
    const servicePointId = rng.weighted(POINTS);
    const bulk = rng.chance(0.15);
    const bucket = (bulk ? rng.weighted(BUCKETS) : null) as HelpSession['durationBucket'] | null;
    const minutes = bucket ? BUCKET_MINUTES[bucket] : rng.int(3, 55);
    const start = fromWallClock(date, rng.int(10, 17) * 60 + (bulk ? 0 : rng.int(0, 59)));
    const end = start + minutes * 60_000;
    const serviceLanguage = rng.weighted(LANGUAGES) as HelpSession['serviceLanguage'];
    const recent = start > now.getTime() - 10 * 86_400_000;
    const loggedAt = toIsoInstant(bulk ? start + 60 * 60_000 : end);
    const note = recent && rng.chance(0.2) ? rng.pick(NOTES) : null;
    const firstTime = rng.next();
    sessions.push({
      id: nameUuid(`as-session:${today}:${i}`),
      servicePointId,
      channel: rng.weighted(CHANNELS) as HelpSession['channel'],
      helperType: rng.weighted(HELPER_TYPES) as HelpSession['helperType'],
      occurredAt: toIsoInstant(start),
      startedAt: bulk ? null : toIsoInstant(start),
      endedAt: bulk ? null : toIsoInstant(end),
      durationBucket: bucket ?? durationBucket(minutes),
      topics: topics(rng),
      serviceLanguage,
      interpreted: !['fi', 'sv', 'en'].includes(serviceLanguage) && rng.chance(0.2),
      ageBand: rng.chance(0.3) ? null : (rng.weighted(AGE_BANDS) as HelpSession['ageBand']),
      firstTimeUser: firstTime < 0.4 ? null : firstTime < 0.6,
      outcome: rng.weighted(OUTCOMES) as HelpSession['outcome'],
      referral: rng.weighted(REFERRALS) as HelpSession['referral'],
      note,
      noteExpiresAt: note === null ? null : noteExpiry(loggedAt),
      ticketId: null,
      appointmentId: null,
      loggedBy: rng.pick(helpersAt(servicePointId)),
      loggedAt,
    });
  }
  sessions.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  return withTickets(sessions, rng);
}

/** Each timed walk-in's ticket, numbered per point and day in the order they queued. */
function withTickets(sessions: readonly HelpSession[], rng: Random): { sessions: HelpSession[]; tickets: QueueTicket[] } {
  const numbers = new Map<string, number>();
  const tickets: QueueTicket[] = [];
  const out = sessions.map((s) => {
    if (s.channel !== 'walk_in' || s.startedAt === null || s.endedAt === null) return s;
    const date = helsinkiDateOf(Date.parse(s.startedAt));
    const key = `${s.servicePointId}:${date}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    const start = Date.parse(s.startedAt);
    const queuedAt = toIsoInstant(start - rng.int(1, 25) * 60_000);
    const prefix = SERVICE_POINTS.find((p) => p.id === s.servicePointId)!.ticketPrefix;
    const id = nameUuid(`as-ticket:${s.id}`);
    tickets.push({
      id,
      servicePointId: s.servicePointId,
      serviceDate: date,
      number,
      label: ticketLabel(prefix, number),
      source: rng.chance(0.25) ? 'kiosk' : 'desk',
      topicHint: null,
      language: null,
      status: 'done',
      issuedAt: queuedAt,
      queuedAt,
      calledAt: toIsoInstant(start - 60_000),
      recallCount: 0,
      helperId: s.loggedBy,
      serviceStartedAt: s.startedAt,
      closedAt: s.endedAt,
      transferredFromTicketId: null,
      transferredToTicketId: null,
    });
    return { ...s, ticketId: id };
  });
  return { sessions: out, tickets };
}
