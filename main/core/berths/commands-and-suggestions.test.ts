import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Method } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { H_PAJA, HANDLER, pier, put, REASON, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  t.cache.applyChanges(w.changes, 'c1');
});
afterEach(() => t.dispose());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = <M extends Method>(method: M, input: any, actor: StaffUser = HANDLER) => t.cache.handle(method, input, actor, NOW);
const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('berths.suggestBerths', () => {
  it('offers free, wide-enough berths that fit the boat first (in choice order, snuggest first), then the shorter ones flagged, with prices', () => {
    const r = call('berths.suggestBerths', { applicationId: w.apps['Mäkinen']!.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((s) => [s.harbourName.fi, s.pier, s.number, s.shorterThanBoat, s.spareWidth, s.priceCents, s.choiceOrder])).toEqual([
      ['Merisatama', 'A', '1', false, 0.1, 20000, 1],
      ['Merisatama', 'A', '10', false, 0.1, 20000, 1],
      ['Pajalahti', 'P', '1', false, 0.4, 30000, 2],
      ['Merisatama', 'A', '2', true, 0.6, 30000, 1],
    ]);
  });

  it('names no pier for a harbour whose berths sit under "-"', () => {
    t.cache.applyChanges([put('pier', pier(uid(2, 3), H_PAJA, '-'), 2)], 'c2');
    const r = call('berths.suggestBerths', { applicationId: w.apps['Mäkinen']!.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.filter((s) => s.harbourName.fi === 'Pajalahti').map((s) => s.pier)).toEqual(['']);
  });

  it('has no suggestions yet for an application of a later season than offers are made for, and says why', () => {
    const later = { ...w.apps['Mäkinen']!, season: 2027 };
    t.cache.applyChanges([put('application', later, 4)], 'c2');
    const r = call('berths.suggestBerths', { applicationId: later.id });
    expect(r.ok ? null : { code: r.error.code, details: r.error.details }).toEqual({ code: 'season_not_open', details: { season: 2027, offerSeason: 2026 } });
  });

  it('leaves out berths offered locally and a switch applicant\'s current berth', () => {
    expect(call('berths.offerBerth', { applicationId: w.apps['Mäkinen']!.id, berthId: w.berths.a1.id, acceptShorter: false }).ok).toBe(true);
    const nieminen = call('berths.suggestBerths', { applicationId: w.apps.Nieminen!.id });
    expect(nieminen.ok && nieminen.value.map((s) => s.berthId)).not.toContain(w.berths.a1.id);

    const oberg = w.apps['Öberg']!;
    const withSwitch = { ...oberg, switch: { currentLeaseId: uid(9, 5), currentBerthId: w.berths.v1.id, reasonId: REASON.id } };
    t.cache.applyChanges([put('application', withSwitch, 4)], 'c2');
    const s = call('berths.suggestBerths', { applicationId: oberg.id });
    expect(s.ok && s.value.map((x) => x.berthId)).not.toContain(w.berths.v1.id);
    expect(errorCode(call('berths.suggestBerths', { applicationId: uid(7, 404) }))).toBe('not_found');
  });
});

describe('berths.getApplication', () => {
  it('names the choices, the switch details and the history', () => {
    const oberg = w.apps['Öberg']!;
    const withSwitch = { ...oberg, switch: { currentLeaseId: uid(9, 5), currentBerthId: w.berths.v1.id, reasonId: REASON.id } };
    t.cache.applyChanges([put('application', withSwitch, 4)], 'c2');
    const r = call('berths.getApplication', { id: oberg.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({
      version: 4,
      queuePosition: 1,
      pendingCommands: [],
      choices: [
        { order: 1, harbourId: oberg.harbourChoices[0], name: { fi: 'Vasikkasaari' } },
        { order: 2, name: { fi: 'Merisatama' } },
      ],
      switchDetails: { harbourName: { fi: 'Vasikkasaari' }, pier: 'V', berthNumber: '1', reason: REASON.title },
      offer: null,
      customerKind: 'private',
    });
    expect(r.value.history.map((e) => e.kind)).toEqual(['received']);
  });

  it('lists history newest first, notes included', () => {
    const app = w.apps.Virtanen!;
    expect(call('berths.addNote', { applicationId: app.id, note: 'Soitettu, ei vastannut.' }).ok).toBe(true);
    const [queued] = t.cache.pendingCommands(5);
    expect(queued).toMatchObject({ type: 'berths.addNote', baseVersion: null });
    const r = call('berths.getApplication', { id: app.id });
    expect(r.ok && r.value.history.map((e) => [e.kind, e.note])).toEqual([
      ['note', 'Soitettu, ei vastannut.'],
      ['received', null],
    ]);
  });
});

describe('berth commands decided on local data', () => {
  it('refuses a berth already offered locally (berth_taken) and queues nothing', () => {
    expect(call('berths.offerBerth', { applicationId: w.apps['Mäkinen']!.id, berthId: w.berths.a1.id, acceptShorter: false }).ok).toBe(true);
    const r = call('berths.offerBerth', { applicationId: w.apps.Nieminen!.id, berthId: w.berths.a1.id, acceptShorter: false });
    expect(errorCode(r)).toBe('berth_taken');
    expect(t.cache.counts().pendingCommands).toBe(1);
  });

  it('refuses a berth held by last season\'s lease until renewal', () => {
    expect(errorCode(call('berths.offerBerth', { applicationId: w.apps['Mäkinen']!.id, berthId: w.berths.b1.id, acceptShorter: false }))).toBe('berth_taken');
  });

  it('refuses a supervisor (forbidden) but lets them read', () => {
    const r = call('berths.offerBerth', { applicationId: w.apps['Mäkinen']!.id, berthId: w.berths.a1.id, acceptShorter: false }, SUPERVISOR);
    expect(errorCode(r)).toBe('forbidden');
    expect(call('berths.listApplications', { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 10 }, SUPERVISOR).ok).toBe(true);
    expect(errorCode(call('berths.listApplications', { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 10 }, { ...HANDLER, roles: ['harbour_services'], grants: [] }))).toBe('forbidden');
    expect(t.cache.counts().pendingCommands).toBe(0);
  });

  it('applies the berth rules: width, length (unless confirmed), harbour choice, due date, state', () => {
    const mk = w.apps['Mäkinen']!;
    expect(errorCode(call('berths.offerBerth', { applicationId: w.apps.Virtanen!.id, berthId: w.berths.p2.id, acceptShorter: false }))).toBe('berth_too_narrow');
    expect(errorCode(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a2.id, acceptShorter: false }))).toBe('berth_too_short');
    expect(errorCode(call('berths.offerBerth', { applicationId: w.apps.Laine!.id, berthId: w.berths.p1.id, acceptShorter: false }))).toBe('harbour_not_chosen');
    expect(errorCode(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a1.id, acceptShorter: false, dueDate: '2026-02-01' }))).toBe('due_date_out_of_range');
    expect(errorCode(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a1.id, acceptShorter: false, dueDate: '2099-01-01' }))).toBe('due_date_out_of_range');
    expect(errorCode(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.pInactive.id, acceptShorter: false }))).toBe('berth_inactive');
    expect(errorCode(call('berths.markNoSuitableBerth', { applicationId: w.apps.Korhonen!.id }))).toBe('invalid_transition');
    expect(errorCode(call('berths.extendApplication', { applicationId: uid(7, 404) }))).toBe('not_found');
    expect(t.cache.counts().pendingCommands).toBe(0);
    expect(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a2.id, acceptShorter: true, dueDate: '2026-03-01' }).ok).toBe(true);
  });

  it('runs the offer lifecycle locally: withdraw puts the application back in the queue', () => {
    const mk = w.apps['Mäkinen']!;
    expect(call('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a1.id, acceptShorter: false }).ok).toBe(true);
    const leaseId = (t.cache.pendingCommands(1)[0]!.payload as { leaseId: string }).leaseId;
    expect(call('berths.withdrawOffer', { applicationId: mk.id, leaseId, reason: 'Väärä paikka' }).ok).toBe(true);
    const d = call('berths.getApplication', { id: mk.id });
    expect(d.ok && [d.value.application.status, d.value.version, d.value.offer, d.value.queuePosition]).toEqual(['pending', 5, null, 3]);
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.baseVersion])).toEqual([
      ['berths.offerBerth', 3],
      ['berths.withdrawOffer', 4],
    ]);
    // the withdrawn berth is free again
    expect(call('berths.offerBerth', { applicationId: w.apps.Nieminen!.id, berthId: w.berths.a1.id, acceptShorter: false }).ok).toBe(true);
  });

  it('marks no suitable berth and extends to next season at low priority', () => {
    const app = w.apps.Virtanen!;
    expect(call('berths.markNoSuitableBerth', { applicationId: app.id }).ok).toBe(true);
    expect(call('berths.extendApplication', { applicationId: app.id }).ok).toBe(true);
    const d = call('berths.getApplication', { id: app.id });
    expect(d.ok && d.value.application).toMatchObject({ status: 'pending', priority: 0, season: 2027 });
  });
});

describe('berths.editApplication on local data', () => {
  it('edits optimistically: the detail shows the new boat and choices and an edited event, the queue place stays', () => {
    const mk = w.apps['Mäkinen']!;
    const before = call('berths.getApplication', { id: mk.id });
    if (!before.ok) throw new Error(before.error.message);
    const reordered = [...mk.harbourChoices].reverse();
    expect(call('berths.editApplication', { applicationId: mk.id, boat: { width: 2.8 }, harbourChoices: reordered }).ok).toBe(true);
    const d = call('berths.getApplication', { id: mk.id });
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.application).toMatchObject({ boat: { width: 2.8 }, harbourChoices: reordered, receivedAt: mk.receivedAt, priority: mk.priority });
    expect(d.value.choices.map((c) => c.harbourId)).toEqual(reordered);
    expect(d.value.queuePosition).toBe(before.value.queuePosition);
    expect(d.value.history[0]).toMatchObject({ kind: 'edited', recordedAt: null, changes: [{ field: 'boat.width', before: mk.boat.width, after: 2.8 }, { field: 'harbourChoices', before: mk.harbourChoices, after: reordered }] });
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.baseVersion])).toEqual([['berths.editApplication', before.value.version]]);
  });

  it('refuses locally what the central would: an unknown harbour, a supervisor, a bad dimension; nothing is queued', () => {
    const mk = w.apps['Mäkinen']!;
    expect(errorCode(call('berths.editApplication', { applicationId: mk.id, harbourChoices: [H_PAJA, uid(1, 99)] }))).toBe('harbour_choices_invalid');
    expect(errorCode(call('berths.editApplication', { applicationId: mk.id, boat: { width: 25 } }))).toBe('boat_dimensions_invalid');
    expect(errorCode(call('berths.editApplication', { applicationId: mk.id, boat: { width: 2.4 } }, SUPERVISOR))).toBe('forbidden');
    expect(errorCode(call('berths.editApplication', { applicationId: mk.id, boat: { width: 'wide' } }))).toBe('bad_request');
    expect(t.cache.counts().pendingCommands).toBe(0);
  });
});
