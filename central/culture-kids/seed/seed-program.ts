import type { Cohort, Event, EventGroup, Occurrence, Venue } from '../../../domain/culture-kids/entities.ts';
import { nameUuid } from '../../stable-ids.ts';

/**
 * A demo programme per cohort around the seed time: a spring group ("choose one") of two events,
 * published, and a single event (where the cohort allows single events) published too, plus an
 * autumn event still being prepared. Each event has three occurrences at the cohort's venues,
 * in the weeks after the seed time, all within one calendar year.
 */
export interface SeededProgram {
  groups: EventGroup[];
  events: Event[];
  occurrences: Occurrence[];
}

const tri = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const blank = tri('', '', '');
const DAY = 86_400_000;

function event(cohort: Cohort, key: string, name: { fi: string; sv: string; en: string }, groupId: string | null, publishedAt: string | null, capacity: number): Event {
  return {
    id: nameUuid(`culture-kids:event:${cohort.year}:${key}`),
    cohortId: cohort.id,
    eventGroupId: groupId,
    name,
    shortDescription: tri(`${name.fi} kummilapsille`, `${name.sv} för fadderbarn`, `${name.en} for Culture Kids`),
    description: tri(`${name.fi}: elämys koko perheelle.`, `${name.sv}: en upplevelse för hela familjen.`, `${name.en}: an experience for the whole family.`),
    imageUrl: null,
    imageAltText: blank,
    participantsPerInvite: 'child_and_1_or_2_guardians',
    ticketKind: 'child',
    durationMin: 60,
    capacityPerOccurrence: capacity,
    ticketingMode: 'internal',
    ticketSystem: null,
    ticketSystemUrl: null,
    ticketSystemEndTime: null,
    ready: publishedAt !== null || groupId !== null,
    publishedAt,
  };
}

export function seedProgram(cohorts: readonly Cohort[], venues: readonly Venue[], now: Date): SeededProgram {
  const out: SeededProgram = { groups: [], events: [], occurrences: [] };
  // Occurrences from the next Monday on, at 10:00 Helsinki (08:00 UTC), kept in the seed's year where it can be.
  const base = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 7 * DAY + 8 * 3_600_000;
  const published = new Date(now.getTime() - 7 * DAY).toISOString();
  for (const cohort of cohorts) {
    const own = venues.filter((v) => v.cohortId === cohort.id);
    if (own.length === 0) continue;
    const group: EventGroup = {
      id: nameUuid(`culture-kids:group:${cohort.year}:spring`),
      cohortId: cohort.id,
      name: tri('Kevään valinta', 'Vårens val', 'Spring choice'),
      shortDescription: tri('Valitse yksi', 'Välj en', 'Choose one'),
      description: blank,
      imageUrl: null,
      imageAltText: blank,
      publishedAt: published,
    };
    out.groups.push(group);
    const events = [
      event(cohort, 'concert', tri('Vauvakonsertti', 'Babykonsert', 'Baby concert'), group.id, published, 30),
      event(cohort, 'workshop', tri('Taidetyöpaja', 'Konstverkstad', 'Art workshop'), group.id, published, 20),
      ...(cohort.singleEventsAllowed ? [event(cohort, 'tour', tri('Museokierros', 'Museitur', 'Museum tour'), null, published, 25)] : []),
      event(cohort, 'autumn', tri('Syksyn satutunti', 'Höstens sagostund', 'Autumn story hour'), null, null, 25),
    ].filter((e) => cohort.singleEventsAllowed || e.eventGroupId !== null);
    events.forEach((e, i) => {
      out.events.push(e);
      for (let k = 0; k < 3; k++) {
        out.occurrences.push({
          id: nameUuid(`culture-kids:occurrence:${e.id}:${k}`),
          cohortId: cohort.id,
          eventId: e.id,
          venueId: own[(i + k) % own.length]!.id,
          startsAt: new Date(base + (i * 3 + k) * 2 * DAY).toISOString(),
          capacityOverride: null,
          language: 'fi',
          cancelledAt: null,
        });
      }
    });
  }
  return out;
}
