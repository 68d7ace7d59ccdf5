import type { KioskEvent, KioskTerminal } from '../../domain/kiosk/entities.ts';
import type { KioskSchedule } from '../../domain/kiosk/schedule.ts';
import { addDays, fromWallClock, helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Db } from '../db/db.ts';
import { nameUuid } from '../stable-ids.ts';
import { numberChanges } from '../sync/feed.ts';
import { loadRecords } from '../sync/seed-load.ts';

/**
 * The kiosk's demo data: two terminals (users of their own, central/auth/users.ts) with library
 * hours, and a handful of public events a day at each service point around the seed day. The
 * service points are the Assistance workspace's; only their ids are named here.
 */
export const KIOSK_TERMINAL_IDS = { oodi: '6a1f3c52-7d41-4c0e-9b1a-000000000041', malmi: '6a1f3c52-7d41-4c0e-9b1a-000000000042' } as const;

const OODI_HOURS: KioskSchedule = {
  weekly: { 1: { opens: '08:00', closes: '22:00' }, 2: { opens: '08:00', closes: '22:00' }, 3: { opens: '08:00', closes: '22:00' }, 4: { opens: '08:00', closes: '22:00' }, 5: { opens: '08:00', closes: '22:00' }, 6: { opens: '10:00', closes: '20:00' }, 7: { opens: '10:00', closes: '20:00' } },
  exceptions: {},
};
const MALMI_HOURS: KioskSchedule = {
  weekly: { 1: { opens: '09:00', closes: '20:00' }, 2: { opens: '09:00', closes: '20:00' }, 3: { opens: '09:00', closes: '20:00' }, 4: { opens: '09:00', closes: '20:00' }, 5: { opens: '09:00', closes: '18:00' }, 6: { opens: '10:00', closes: '16:00' } },
  exceptions: {},
};

export const DEMO_TERMINALS: readonly KioskTerminal[] = [
  { id: KIOSK_TERMINAL_IDS.oodi, name: 'Oodi, 1. kerroksen aula', servicePointId: 'sp-oodi', schedule: OODI_HOURS, lastHeartbeat: null, restartRequestedAt: null, restartRequestedBy: null, restartAcknowledgedAt: null },
  { id: KIOSK_TERMINAL_IDS.malmi, name: 'Malmin kirjasto, sisäänkäynti', servicePointId: 'sp-malmi', schedule: MALMI_HOURS, lastHeartbeat: null, restartRequestedAt: null, restartRequestedBy: null, restartAcknowledgedAt: null },
];

interface EventTemplate {
  title: KioskEvent['title'];
  description: KioskEvent['description'];
  place: string;
  /** Helsinki wall-clock start, minutes after midnight, and length in minutes. */
  at: number;
  minutes: number;
}

const EVENTS: readonly EventTemplate[] = [
  {
    title: { fi: 'Satutunti', sv: 'Sagostund', en: 'Story time' },
    description: { fi: 'Satuja 3–6-vuotiaille, aikuinen mukaan.', sv: 'Sagor för 3–6-åringar, med en vuxen.', en: 'Stories for children aged 3 to 6, with an adult.' },
    place: 'Lastenmaa',
    at: 10 * 60,
    minutes: 45,
  },
  {
    title: { fi: 'Digitukipiste', sv: 'Digistöd drop-in', en: 'Digital help drop-in' },
    description: { fi: 'Apua puhelimen, tietokoneen ja asiointipalvelujen kanssa.', sv: 'Hjälp med telefon, dator och e-tjänster.', en: 'Help with phones, computers and online services.' },
    place: 'Neuvonta',
    at: 12 * 60,
    minutes: 120,
  },
  {
    title: { fi: 'Kielikahvila', sv: 'Språkcafé', en: 'Language café' },
    description: { fi: 'Harjoittele suomea rennosti keskustellen.', sv: 'Öva finska i avslappnade samtal.', en: 'Practise Finnish in relaxed conversation.' },
    place: 'Kahvilan nurkka',
    at: 16 * 60 + 30,
    minutes: 90,
  },
  {
    title: { fi: 'Pelikerho', sv: 'Spelklubb', en: 'Games club' },
    description: { fi: 'Lautapelejä kaikenikäisille.', sv: 'Brädspel för alla åldrar.', en: 'Board games for all ages.' },
    place: 'Pelihuone',
    at: 17 * 60,
    minutes: 120,
  },
  {
    title: { fi: 'Kirjailijavieras', sv: 'Författarbesök', en: 'Author visit' },
    description: { fi: 'Kirjailija kertoo uudesta kirjastaan.', sv: 'En författare berättar om sin nya bok.', en: 'An author talks about their new book.' },
    place: 'Lava',
    at: 18 * 60,
    minutes: 60,
  },
];

export const SERVICE_POINT_IDS = ['sp-oodi', 'sp-itis', 'sp-kallio', 'sp-malmi'] as const;
/** Days before and after the seed day that have events. */
const DAYS_BEFORE = 2;
const DAYS_AFTER = 14;

/** Three events a day per service point, rotating through the list so neighbours differ. */
export function demoEvents(today: string): KioskEvent[] {
  const events: KioskEvent[] = [];
  for (let d = -DAYS_BEFORE; d <= DAYS_AFTER; d++) {
    const date = addDays(today, d);
    SERVICE_POINT_IDS.forEach((servicePointId, p) => {
      for (let i = 0; i < 3; i++) {
        const t = EVENTS[(d + DAYS_BEFORE + p + i * 2) % EVENTS.length]!;
        const startsMs = fromWallClock(date, t.at);
        events.push({
          id: nameUuid(`kiosk-event:${servicePointId}:${date}:${i}`),
          servicePointId,
          title: t.title,
          startsAt: new Date(startsMs).toISOString(),
          endsAt: new Date(startsMs + t.minutes * 60_000).toISOString(),
          place: t.place,
          description: t.description,
        });
      }
    });
  }
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

export interface KioskSeedCounts {
  terminals: number;
  events: number;
}

export async function seedKiosk(db: Db, now: Date): Promise<KioskSeedCounts> {
  const events = demoEvents(helsinkiDateOf(now.getTime()));
  await db.transaction(async (tx) => {
    await loadRecords(tx, 'kiosk_terminal', DEMO_TERMINALS);
    await loadRecords(tx, 'kiosk_event', events);
    await numberChanges(tx);
  });
  return { terminals: DEMO_TERMINALS.length, events: events.length };
}
