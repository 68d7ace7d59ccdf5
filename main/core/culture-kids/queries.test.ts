import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCall, type Method, type ParsedInput } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { openDatabase } from '../db/open-database.ts';
import { occurrence } from '../../../domain/culture-kids/fixtures.test-support.ts';
import { AT_DOOR, C23, C24, JUSSI, LOTTA, cultureKidsWorld, signedTicket, storeTicketKey, ticketKeyPair } from './testing/world.ts';

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache('u-lotta');
  t.cache.applyChanges(cultureKidsWorld(), 'c1');
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: unknown, actor: StaffUser = LOTTA, now = AT_DOOR) {
  const parsed = parseCall(method, input);
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return t.cache.handle(method, parsed.value.input as ParsedInput<M>, actor, now);
}
function value<M extends Method>(method: M, input: unknown, actor: StaffUser = LOTTA, now = AT_DOOR) {
  const r = call(method, input, actor, now);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
/** The audit entries queued so far (audit.recordReads commands in the outbox). */
function auditEntries() {
  return t.cache
    .pendingCommands(1000)
    .filter((c) => c.type === 'audit.recordReads')
    .flatMap((c) => (c.payload as { entries: { subjectKind: string; subjectIds: string[]; partition: string; purpose: string }[] }).entries);
}
const search = (filter: object, actor: StaffUser = LOTTA) => value('cultureKids.searchChildren', { filter, purpose: 'family_request' }, actor);
const names = (filter: object, actor: StaffUser = LOTTA) => search(filter, actor).rows.map((r) => `${r.firstName} ${r.lastName}`);

describe('cultureKids.listCohorts', () => {
  it('lists the cohorts with the user\'s rights on each, and only those they hold a right on', () => {
    const lotta = value('cultureKids.listCohorts', {});
    expect(lotta.map((c) => [c.year, c.rights.viewFamilies, c.childCount])).toEqual([
      [2024, true, 1],
      [2023, true, 2],
    ]);
    const jussi = value('cultureKids.listCohorts', {}, JUSSI);
    expect(jussi.map((c) => [c.id, c.rights])).toEqual([[C23, { admin: true, publish: false, manageGroups: false, messageAll: false, viewFamilies: false }]]);
  });
});

describe('cultureKids.searchChildren', () => {
  it('finds children by their own or a guardian\'s name, diacritics folded, names only', () => {
    expect(names({ text: 'ahtiainen' })).toEqual(['Eemil Ähtiäinen']);
    expect(names({ text: 'nystrom' })).toEqual(['Eemil Ähtiäinen']);
    expect(names({ text: 'aino' })).toEqual(['Aino Korhonen', 'Aino Virtanen']);
    const row = search({ text: 'virt' }).rows[0]!;
    expect(row).toMatchObject({ id: 'child-1', guardianNames: ['Sari Virtanen'], homeLanguages: ['fin'], enrolled: 1, postalArea: expect.any(String) });
    expect(JSON.stringify(row)).not.toContain('@example.org');
  });

  it('filters by cohort, birth year, postal code, home language and participation', () => {
    expect(names({ cohortIds: [C24] })).toEqual(['Aino Korhonen']);
    expect(names({ birthYears: [2023] })).toEqual(['Aino Virtanen', 'Eemil Ähtiäinen']);
    expect(names({ postalCodes: ['00100'] })).toEqual(['Eemil Ähtiäinen']);
    expect(names({ homeLanguages: ['swe'] })).toEqual(['Eemil Ähtiäinen']);
    expect(names({ participation: ['enrolled'] })).toEqual(['Aino Virtanen']);
    expect(names({ participation: ['cancelled'] })).toEqual(['Eemil Ähtiäinen']);
    expect(names({ participation: ['never'] })).toEqual(['Aino Korhonen']);
    expect(names({ text: '%' })).toEqual([]);
  });

  it('never returns another cohort\'s children', () => {
    expect(names({}, JUSSI)).toEqual(['Aino Virtanen', 'Eemil Ähtiäinen']);
    expect(names({ cohortIds: [C24] }, JUSSI)).toEqual([]);
  });

  it('records the read with its purpose, one entry per cohort, and needs a purpose', () => {
    search({ text: 'aino' });
    expect(auditEntries().map((e) => [e.subjectKind, e.partition, e.subjectIds, e.purpose]).sort()).toEqual([
      ['child_list', C23, ['child-1'], 'family_request'],
      ['child_list', C24, ['child-3'], 'family_request'],
    ]);
    expect(parseCall('cultureKids.searchChildren', { filter: {} }).ok).toBe(false);
  });
});

describe('cultureKids.getChild', () => {
  it('shows the guardians\' contacts and notes with "view families", and records the read', () => {
    const d = value('cultureKids.getChild', { id: 'child-1', purpose: 'data_correction' });
    expect(d.guardians.map((g) => [g.firstName, g.contact])).toEqual([['Sari', { email: 'sari@example.org', phone: '+358401234567' }]]);
    expect(d.notes).toBe('Pelkää pimeää');
    expect(d.participation.map((p) => [p.enrolment.id, p.enrolment.status])).toEqual([['enr-1', 'enrolled']]);
    expect(auditEntries().map((e) => [e.subjectKind, e.subjectIds, e.purpose])).toEqual([
      ['child', ['child-1'], 'data_correction'],
      ['guardian', ['g-1'], 'data_correction'],
    ]);
  });

  it('gives no contact data or notes without "view families", even when the file holds them', () => {
    const d = value('cultureKids.getChild', { id: 'child-1', purpose: 'family_request' }, JUSSI);
    expect(d.guardians.map((g) => g.contact)).toEqual([null]);
    expect(d.notes).toBeNull();
    expect(JSON.stringify(d)).not.toMatch(/example\.org|358401234567|pimeää/);
  });

  it('answers a child of another cohort as not found, and records nothing', () => {
    const r = call('cultureKids.getChild', { id: 'child-3', purpose: 'family_request' }, JUSSI);
    expect(r.ok ? 'ok' : r.error.code).toBe('not_found');
    expect(auditEntries()).toEqual([]);
  });
});

describe('the child\'s free-spot places', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const full = occurrence({ id: 'occ-full', startsAt: '2027-03-20T10:00:00.000Z', capacityOverride: 0 });

  it('lists a place joined on a full occurrence with its time, venue and since when, pending until the central settles it', () => {
    t.cache.applyChanges([{ entity: 'ck_occurrence', id: full.id, op: 'put', version: 1, data: full }], 'c2');
    expect(value('cultureKids.program', { cohortId: C23 }).events[0]!.occurrences.find((o) => o.occurrence.id === 'occ-full')!.remaining).toBe(0);
    expect(call('cultureKids.subscribeFreeSpot', { childId: 'child-2', occurrenceId: 'occ-full' }, LOTTA, now).ok).toBe(true);
    const d = value('cultureKids.getChild', { id: 'child-2', purpose: 'family_request' });
    expect(d.freeSpots).toEqual([
      { occurrenceId: 'occ-full', eventName: expect.objectContaining({ fi: expect.any(String) }), occurrenceStartsAt: full.startsAt, venueName: expect.objectContaining({ fi: 'Kansallismuseo' }), since: now.toISOString(), notifiedAt: null, pending: true },
    ]);
    const twice = call('cultureKids.subscribeFreeSpot', { childId: 'child-2', occurrenceId: 'occ-full' }, LOTTA, now);
    expect(twice.ok ? 'ok' : twice.error.code).toBe('ck_free_spot_already_subscribed');
  });

  it('refuses a place on an occurrence with free seats, and shows a synced notice of a free seat', () => {
    const notSubscribed = call('cultureKids.subscribeFreeSpot', { childId: 'child-2', occurrenceId: 'occ-1' }, LOTTA, now);
    expect(notSubscribed.ok ? 'ok' : notSubscribed.error.code).toBe('ck_free_spot_not_full');
    const sub = { id: 'fs-1', cohortId: C23, childId: 'child-2', occurrenceId: 'occ-full', eventId: 'ev-1', createdAt: '2027-02-20T08:00:00.000Z', notifiedAt: '2027-02-21T08:00:00.000Z' };
    t.cache.applyChanges([{ entity: 'ck_occurrence', id: full.id, op: 'put', version: 1, data: full }, { entity: 'ck_free_spot_subscription', id: sub.id, op: 'put', version: 1, data: sub }], 'c2');
    expect(value('cultureKids.getChild', { id: 'child-2', purpose: 'family_request' }).freeSpots).toMatchObject([{ occurrenceId: 'occ-full', since: sub.createdAt, notifiedAt: sub.notifiedAt, pending: false }]);
    expect(value('cultureKids.getChild', { id: 'child-1', purpose: 'family_request' }).freeSpots).toEqual([]);
  });
});

describe('cultureKids.program, attendees, reports', () => {
  it('gives the program with counts and the attendee list, recording the list\'s read', () => {
    const p = value('cultureKids.program', { cohortId: C23 });
    expect(p.events[0]!.occurrences[0]).toMatchObject({ remaining: 1, counts: { capacity: 2, enrolled: 1, cancelled: 1 } });
    const list = value('cultureKids.attendees', { occurrenceId: 'occ-1', purpose: 'check_in' });
    expect(list.rows.map((r) => [r.firstName, r.status])).toEqual([
      ['Aino', 'enrolled'],
      ['Eemil', 'cancelled'],
    ]);
    expect(auditEntries().map((e) => [e.subjectKind, e.subjectIds])).toEqual([['check_in_list', ['child-1', 'child-2']]]);
    const r = value('cultureKids.reports', { cohortId: C23 });
    expect(r.events).toEqual([expect.objectContaining({ capacity: 2, enrolments: 1, cancelled: 1 })]);
    expect(r.byHomeLanguage).toEqual([
      { language: 'fin', count: 1 },
      { language: 'swe', count: 1 },
    ]);
    expect(call('cultureKids.program', { cohortId: C24 }, JUSSI).ok).toBe(false);
  });

  it('counts a draft\'s recipients live, refusing "all" without the permission', () => {
    expect(value('cultureKids.recipientCount', { cohortId: C23, selection: 'enrolled' }, LOTTA, new Date('2027-03-01T10:00:00Z'))).toEqual({ count: 1, refusal: null });
    expect(value('cultureKids.recipientCount', { cohortId: C23, selection: 'all' })).toEqual({ count: 2, refusal: null });
    expect(value('cultureKids.recipientCount', { cohortId: C23, selection: 'all' }, JUSSI).refusal?.code).toBe('ck_message_all_not_permitted');
  });
});

describe('cultureKids.verifyTicket (offline, Ed25519 against ck_ticket_key)', () => {
  let keys: ReturnType<typeof ticketKeyPair>;
  beforeEach(() => {
    keys = ticketKeyPair();
    const db = openDatabase(t.file);
    storeTicketKey(db, C23, keys.publicKeyText);
    storeTicketKey(db, C24, ticketKeyPair().publicKeyText);
    db.close();
  });
  const verify = (text: string, now = AT_DOOR, actor: StaffUser = LOTTA) => value('cultureKids.verifyTicket', { text }, actor, now);
  const code = (r: ReturnType<typeof verify>) => (r.valid ? 'valid' : r.code);

  it('accepts a ticket signed with the cohort\'s key, and records the read for check-in', () => {
    const r = verify(signedTicket(keys.privateKey));
    expect(r).toMatchObject({ valid: true, enrolmentId: 'enr-1', childFirstName: 'Aino', alreadyAttended: false });
    expect(auditEntries().map((e) => [e.subjectKind, e.subjectIds, e.purpose])).toEqual([['child', ['child-1'], 'check_in']]);
  });

  it('refuses a forged, a re-signed, another cohort\'s, an unknown, a cancelled and an untimely ticket', () => {
    const good = signedTicket(keys.privateKey);
    const [prefix, body, signature] = good.split('.');
    const forged = `${prefix}.${body}.${signature!.slice(0, -4)}AAAA`;
    expect(code(verify(forged))).toBe('ck_ticket_signature_invalid');
    expect(code(verify(signedTicket(ticketKeyPair().privateKey)))).toBe('ck_ticket_signature_invalid');
    // Signed by 2023's key but naming 2024: checked against 2024's key.
    expect(code(verify(signedTicket(keys.privateKey, { cohortId: C24 })))).toBe('ck_ticket_signature_invalid');
    expect(code(verify(signedTicket(keys.privateKey, { enrolmentId: 'enr-nope' })))).toBe('ck_ticket_unreadable');
    expect(code(verify(signedTicket(keys.privateKey, { enrolmentId: 'enr-x' })))).toBe('ck_ticket_cancelled');
    expect(code(verify(good, new Date('2027-03-10T08:59:00.000Z')))).toBe('ck_ticket_not_valid_now');
    expect(code(verify(good, new Date('2027-03-10T12:01:00.000Z')))).toBe('ck_ticket_not_valid_now');
    expect(code(verify('not a ticket'))).toBe('ck_ticket_unreadable');
    expect(auditEntries()).toEqual([]);
  });

  it('then queues the attendance, decided optimistically on the cache', () => {
    const r = verify(signedTicket(keys.privateKey));
    if (!r.valid) throw new Error(r.message);
    expect(call('cultureKids.markAttendance', { enrolmentId: r.enrolmentId, attendance: 'attended' }).ok).toBe(true);
    expect(t.cache.pendingCommands(10).map((c) => c.type)).toContain('cultureKids.markAttendance');
    expect(verify(signedTicket(keys.privateKey))).toMatchObject({ valid: true, alreadyAttended: true });
  });
});

describe('Culture Kids commands on the cache', () => {
  it('enrols on a family\'s behalf optimistically, and refuses by the same rules as the central', () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const r = call('cultureKids.enrol', { childId: 'child-2', eventId: 'ev-1', occurrenceId: 'occ-1', reason: 'Perhe soitti' }, LOTTA, now);
    expect(r.ok).toBe(true);
    expect(value('cultureKids.program', { cohortId: C23 }).events[0]!.occurrences[0]!.remaining).toBe(0);
    const twice = call('cultureKids.enrol', { childId: 'child-2', eventId: 'ev-1', occurrenceId: 'occ-1', reason: 'Uudestaan' }, LOTTA, now);
    expect(twice.ok ? 'ok' : twice.error.code).toBe('ck_already_enrolled');
    const otherCohort = call('cultureKids.enrol', { childId: 'child-3', eventId: 'ev-1', occurrenceId: 'occ-1', reason: 'x' }, JUSSI, now);
    expect(otherCohort.ok ? 'ok' : otherCohort.error.code).toBe('forbidden');
  });

  it('cancels with a reason, and the child\'s page shows the cancellation pending', () => {
    const now = new Date('2027-03-01T10:00:00Z');
    expect(call('cultureKids.cancelEnrolment', { enrolmentId: 'enr-1', reason: 'Sairastui' }, LOTTA, now).ok).toBe(true);
    expect(value('cultureKids.getChild', { id: 'child-1', purpose: 'family_request' }).participation[0]).toMatchObject({ pending: true, enrolment: { status: 'cancelled', cancelKind: 'staff' } });
  });
});

describe('the authoring commands on the cache', () => {
  it('adds an occurrence optimistically, and keeps "send to all" to those with the right on the cohort', () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const created = call('cultureKids.createOccurrence', { eventId: 'ev-1', venueId: 'venue-1', startsAt: '2027-04-10T10:00:00.000Z', capacityOverride: null, language: 'fi' }, JUSSI, now);
    expect(created.ok).toBe(true);
    expect(value('cultureKids.program', { cohortId: C23 }, JUSSI).events[0]!.occurrences.map((o) => o.occurrence.startsAt)).toEqual(['2027-03-10T10:00:00Z', '2027-04-10T10:00:00.000Z'].map((s) => expect.stringContaining(s.slice(0, 16))));
    const message = { cohortId: C23, protocol: 'email', subject: { fi: 'Hei', sv: '', en: '' }, body: { fi: 'Tervetuloa', sv: '', en: '' }, selection: 'all', eventId: null, occurrenceIds: [] };
    const refused = call('cultureKids.sendMessage', message, JUSSI, now);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('ck_message_all_not_permitted');
    expect(call('cultureKids.sendMessage', message, LOTTA, now).ok).toBe(true);
    expect(value('cultureKids.listMessages', { cohortId: C23 }).rows.map((r) => [r.message.selection, r.pending])).toEqual([['all', true]]);
  });
});
