import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { event as applicationEvent } from '../../domain/berths/decision.ts';
import type { ApplicationEvent } from '../../domain/berths/entities.ts';
import { commandContext } from '../../domain/berths/fixtures.test-support.ts';
import type { WinterEvent, WinterLease } from '../../domain/berths/winter-entities.ts';
import type { CommandEnvelope, PushResponse } from '../../domain/sync/protocol.ts';
import { api, envelope, pullAll } from '../testing/api-client.ts';
import { erasableCustomer, gdprCentral } from './customer-gdpr.test-support.ts';

/**
 * A berth customer's erasure rewrites their case history (decision 52): the personal data in
 * their application and winter events and in the commands the central stored goes, over HTTP on
 * a real central; another customer's history stays whole, a desk pulling the feed receives the
 * rewritten events, the audit names every row rewritten, and the schema still refuses any other
 * rewrite.
 */
const world = gdprCentral(['sanna', 'aino', 'eero']);
const tokens = world.tokens;
const clientId = randomUUID();
let seq = 0;

const insert = (table: string, id: string, data: unknown, version = 1) => world.central.db.query(`INSERT INTO ${table} (id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(data)]);

async function push(user: string, commands: CommandEnvelope[]) {
  const res = await api<PushResponse>(world.central.url, 'POST', '/sync/push', { token: tokens[user]!, body: { clientId, commands } });
  expect(res.status).toBe(200);
  return res.body.results;
}

const OLD = { first: 'Maija', last: 'Meriläinen', email: 'maija.merilainen@example.fi', phone: '+358 40 555 0101', registration: 'B-77123', boatName: 'Meriharakka' };
const NEW = { email: 'maija.uusi@example.fi', phone: '+358 50 777 0202', registration: 'C-88234' };
const PERSONAL = [OLD.first, OLD.last, OLD.email, OLD.phone, OLD.registration, OLD.boatName, NEW.email, NEW.phone, NEW.registration, 'Laivurinkatu'];

/**
 * A customer with everything ended and a history naming them: an application edit, a link from a
 * duplicate record, a winter lease's event, and (through the push) a note and a contact edit.
 */
async function customerWithHistory() {
  const ids = { customer: randomUUID(), duplicate: randomUUID(), boat: randomUUID(), application: randomUUID(), winterLease: randomUUID() };
  const name = `${OLD.first} ${OLD.last}`;
  const harbour = (await world.central.db.query<{ id: string }>('SELECT id::text AS id FROM harbour ORDER BY id LIMIT 1')).rows[0]!.id;
  const { customer, boat, application } = erasableCustomer({ ...ids, harbour }, { firstName: OLD.first, lastName: OLD.last, email: OLD.email, phone: OLD.phone, registration: OLD.registration, boatName: OLD.boatName });
  await insert('customer', ids.customer, customer, 2);
  await insert('customer', ids.duplicate, { ...customer, id: ids.duplicate, firstName: 'M.' });
  await insert('boat', ids.boat, boat);
  await insert('application', ids.application, application, 5);
  // Written by Aino's desk before, as the deciders write them.
  const event = (kind: ApplicationEvent['kind'], extra: Partial<ApplicationEvent>): ApplicationEvent => ({ ...(applicationEvent(commandContext({ commandId: randomUUID(), actor: { id: 'u-aino', name: 'Aino Virtanen' } }), application, kind, {}).record as ApplicationEvent), ...extra });
  const edited = event('edited', { changes: [{ field: 'boat.registrationNumber', before: OLD.registration, after: NEW.registration }, { field: 'boat.width', before: 1.8, after: 1.9 }] });
  const linked = event('customer_linked', { customerLink: { fromCustomerId: ids.duplicate, fromName: `M. ${OLD.last}`, toCustomerId: ids.customer, toName: name, fromBoatId: ids.boat, toBoatId: ids.boat, boatMoved: false } });
  for (const e of [edited, linked]) await insert('application_event', e.id, e);
  // A winter lease ended long ago, copied from one the seed made, and its event naming the customer.
  const place = (await world.central.db.query<{ area: string; section: string; place: string }>(
    'SELECT s.area_id::text AS area, p.section_id::text AS section, p.id::text AS place FROM winter_place p JOIN winter_section s ON s.id = p.section_id LIMIT 1',
  )).rows[0]!;
  const line = { product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 };
  const winterLease: WinterLease = {
    id: ids.winterLease,
    areaType: 'marked',
    areaId: place.area,
    sectionId: place.section,
    placeId: place.place,
    customerId: ids.customer,
    boatId: null,
    applicationId: null,
    winter: 2019,
    status: 'terminated',
    startDate: '2019-09-15',
    endDate: '2020-06-10',
    invoice: { number: `TS19-${ids.winterLease.slice(0, 6)}`, status: 'paid_man', lines: [line], pretaxCents: 15936, vatCents: 4064, totalCents: 20000, dueDate: '2019-09-01', sentAt: null, paidAt: '2019-08-25T09:00:00+03:00', paidVia: 'elsewhere', invoicingType: 'online_payment', language: 'fi' },
    stickerNumber: null,
    stickerPostedOn: null,
    createdAt: '2019-08-20T09:00:00+03:00',
    createdBy: 'Aino Virtanen',
  };
  await insert('winter_lease', ids.winterLease, winterLease);
  const winterEvent: WinterEvent = { id: randomUUID(), applicationId: null, leaseId: ids.winterLease, at: '2019-10-01T09:00:00+03:00', recordedAt: null, kind: 'lease_terminated', actorId: null, actorName: 'Aino Virtanen', fromStatus: 'paid', toStatus: 'terminated', stickerNumber: null, note: `${name} muutti pois`, commandId: null };
  await insert('winter_event', winterEvent.id, winterEvent);

  const note = envelope('berths.addNote', { applicationId: ids.application, note: `${name} soitti numerosta ${OLD.phone}` }, ++seq);
  const contact = envelope('berths.editCustomerContact', { customerId: ids.customer, email: NEW.email, phone: NEW.phone, address: 'Laivurinkatu 4', zipCode: '00150', municipality: 'Helsinki', language: 'fi', invoicingType: 'online_payment' }, ++seq, 2);
  expect(await push('aino', [note, contact])).toEqual([expect.objectContaining({ status: 'applied' }), expect.objectContaining({ status: 'applied' })]);
  return { ids, commands: [note.id, contact.id], events: [edited.id, linked.id, note.id], winterEvent: winterEvent.id };
}

const texts = async (sql: string, params: unknown[]) => (await world.central.db.query<{ t: string }>(sql, params)).rows.map((r) => r.t);

describe("erasing a berth customer's case history", () => {
  it('leaves no old personal value in their events or stored commands, feeds the rewrite to desks, audits it, and leaves others whole', async () => {
    const c = await customerWithHistory();
    // Another customer's history and a command about them, to stay exactly as they are.
    const other = (await world.central.db.query<{ id: string; application_id: string }>(`SELECT id::text AS id, application_id::text AS application_id FROM application_event WHERE application_id <> $1 LIMIT 1`, [c.ids.application])).rows[0]!;
    const otherNote = envelope('berths.addNote', { applicationId: other.application_id, note: 'Toisen asiakkaan muistiinpano' }, ++seq);
    await push('aino', [otherNote]);
    const othersBefore = await texts(`SELECT concat(version, data::text) AS t FROM application_event WHERE application_id = $1 ORDER BY id`, [other.application_id]);
    const otherCommandBefore = await texts('SELECT payload::text AS t FROM commands WHERE id = $1', [otherNote.id]);

    const { cursor } = await pullAll(world.central.url, tokens.eero!);
    const erase = envelope('berths.eraseCustomer', { customerId: c.ids.customer }, ++seq, 3);
    expect(await push('sanna', [erase])).toEqual([expect.objectContaining({ status: 'applied' })]);

    const history = [
      ...(await texts('SELECT data::text AS t FROM application_event WHERE application_id = $1 OR id = ANY($2::uuid[])', [c.ids.application, c.events])),
      ...(await texts('SELECT data::text AS t FROM winter_event WHERE lease_id = $1', [c.ids.winterLease])),
      ...(await texts('SELECT concat(payload::text, result::text) AS t FROM commands WHERE id = ANY($1::uuid[]) OR payload::text LIKE $2', [c.commands, `%${c.ids.customer}%`])),
    ];
    expect(history.length).toBeGreaterThanOrEqual(7);
    for (const value of PERSONAL) expect(history.filter((t) => t.toLowerCase().includes(value.toLowerCase())), value).toEqual([]);

    // What the handling record needs stays: kinds, times, actors, the note's existence, the width change.
    const events = (await world.central.db.query<{ data: ApplicationEvent; version: number }>('SELECT data, version FROM application_event WHERE id = ANY($1::uuid[]) ORDER BY data->>\'kind\'', [c.events])).rows;
    expect(events.map((e) => [e.data.kind, e.version, e.data.actorName])).toEqual([
      ['customer_linked', 2, 'Aino Virtanen'],
      ['edited', 2, 'Aino Virtanen'],
      ['note', 2, 'Aino Virtanen'],
    ]);
    // The duplicate record's name names the person too: both sides go, the ids stay.
    expect(events[0]!.data.customerLink).toMatchObject({ fromCustomerId: c.ids.duplicate, fromName: '', toName: '', toCustomerId: c.ids.customer });
    expect(events[1]!.data.changes).toEqual([{ field: 'boat.registrationNumber', before: '', after: '' }, { field: 'boat.width', before: 1.8, after: 1.9 }]);
    expect(events[2]!.data.note).toBe('–');

    // Another customer's history and command are untouched.
    expect(await texts(`SELECT concat(version, data::text) AS t FROM application_event WHERE application_id = $1 ORDER BY id`, [other.application_id])).toEqual(othersBefore);
    expect(await texts('SELECT payload::text AS t FROM commands WHERE id = $1', [otherNote.id])).toEqual(otherCommandBefore);

    // A second desk pulling the feed receives the rewritten events at their next version.
    const pulled = (await pullAll(world.central.url, tokens.eero!, cursor)).changes.filter((x) => x.entity === 'application_event' || x.entity === 'winter_event');
    expect(pulled.map((x) => `${x.entity}:${x.id}@${x.version}`).sort()).toEqual([...c.events.map((id) => `application_event:${id}@2`), `winter_event:${c.winterEvent}@2`].sort());
    for (const value of PERSONAL) expect(JSON.stringify(pulled), value).not.toContain(value);

    // The audit names every row the erasure rewrote.
    const audit = await world.central.db.query<{ subject_ids: string[]; actor_name: string; partition: string; purpose_text: string }>(
      "SELECT subject_ids, actor_name, partition, purpose_text FROM audit_read WHERE subject_kind = 'erasure_rewrite' AND partition = $1",
      [c.ids.customer],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_name: 'Sanna Nieminen', purpose_text: `berths.eraseCustomer ${erase.id}` });
    expect([...audit.rows[0]!.subject_ids].sort()).toEqual(
      [...c.events.map((id) => `application_event:${id}`), `winter_event:${c.winterEvent}`, ...c.commands.map((id) => `command:${id}`)].sort(),
    );
  });
});

describe('a command pushed in the same chunk as the erasure', () => {
  it('is stored, then erased with the rest of the history', async () => {
    const c = await customerWithHistory();
    const name = `${OLD.first} ${OLD.last}`;
    const note = envelope('berths.addNote', { applicationId: c.ids.application, note: `${name} kävi toimistolla` }, ++seq);
    const erase = envelope('berths.eraseCustomer', { customerId: c.ids.customer }, ++seq, 3);
    expect(await push('sanna', [note, erase])).toEqual([expect.objectContaining({ status: 'applied' }), expect.objectContaining({ status: 'applied' })]);
    const stored = await texts('SELECT concat(payload::text, result::text) AS t FROM commands WHERE id = $1', [note.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(OLD.last);
    expect(await texts('SELECT data::text AS t FROM application_event WHERE id = $1', [note.id])).toEqual([expect.not.stringContaining(OLD.last)]);
    const audit = await world.central.db.query<{ subject_ids: string[] }>("SELECT subject_ids FROM audit_read WHERE subject_kind = 'erasure_rewrite' AND partition = $1", [c.ids.customer]);
    expect(audit.rows.flatMap((r) => r.subject_ids)).toContain(`command:${note.id}`);
  });
});

describe('the history stays append-only outside an erasure', () => {
  const anEvent = async () => (await world.central.db.query<{ id: string }>('SELECT id::text AS id FROM application_event LIMIT 1')).rows[0]!.id;
  /** A stored command of its own (the seed stores none). */
  const aCommand = async () => {
    const id = (await customerWithHistory()).commands[0]!;
    return id;
  };
  const allow = (tx: { query: (sql: string, params: unknown[]) => Promise<unknown> }, id: string) => tx.query(`SELECT set_config('kuva.erasure', $1, true)`, [id]);

  it('refuses an UPDATE without the setting, and a DELETE or TRUNCATE even with it', async () => {
    const id = await anEvent();
    await expect(world.central.db.query(`UPDATE application_event SET version = version + 1, data = data || '{"note": "x"}' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const command = await aCommand();
    await expect(world.central.db.query(`UPDATE commands SET payload = '{}' WHERE id = $1`, [command])).rejects.toThrow(/append-only/);
    await expect(
      world.central.db.transaction(async (tx) => {
        await allow(tx, id);
        await tx.query('DELETE FROM application_event WHERE id = $1', [id]);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(world.central.db.query('TRUNCATE winter_event')).rejects.toThrow(/append-only/);
  });

  it('with the setting, refuses a change of an id, a time, a kind or the version, and of a row it does not name', async () => {
    const id = await anEvent();
    const other = (await world.central.db.query<{ id: string }>('SELECT id::text AS id FROM application_event WHERE id <> $1 LIMIT 1', [id])).rows[0]!.id;
    const attempt = (sql: string, target = id) =>
      world.central.db.transaction(async (tx) => {
        await allow(tx, id);
        await tx.query(sql, [target]);
      });
    await expect(attempt(`UPDATE application_event SET version = version + 1, data = data || '{"at": "2020-01-01T00:00:00Z"}' WHERE id = $1`)).rejects.toThrow(/only personal data/);
    await expect(attempt(`UPDATE application_event SET version = version + 1, data = jsonb_set(data, '{kind}', to_jsonb(CASE WHEN data->>'kind' = 'note' THEN 'received' ELSE 'note' END)) WHERE id = $1`)).rejects.toThrow(/only personal data/);
    await expect(attempt(`UPDATE application_event SET version = version + 1, data = data || jsonb_build_object('id', gen_random_uuid()::text) WHERE id = $1`)).rejects.toThrow(/only personal data/);
    await expect(attempt(`UPDATE application_event SET version = version - 1, data = data || '{"note": "x"}' WHERE id = $1`)).rejects.toThrow(/only personal data/);
    await expect(attempt(`UPDATE application_event SET id = gen_random_uuid(), version = version + 1 WHERE id = $1`)).rejects.toThrow(/only personal data/);
    await expect(attempt(`UPDATE application_event SET version = version + 1, data = data || '{"note": "x"}' WHERE id = $1`, other)).rejects.toThrow(/append-only/);
    const command = await aCommand();
    await expect(
      world.central.db.transaction(async (tx) => {
        await allow(tx, command);
        await tx.query(`UPDATE commands SET type = 'berths.addNote', decided_at = now() WHERE id = $1`, [command]);
      }),
    ).rejects.toThrow(/only personal data/);
  });
});
