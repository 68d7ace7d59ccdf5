import type { KioskCoreWipe, KioskRequestState, KioskTicketState } from '../../../domain/kiosk/contract.ts';
import { findNonPublicData } from '../../../domain/kiosk/public-data.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { forgetCustomer, recallCustomerCommand } from './customer-memory.ts';
import { waitingToday, waitMinutes } from './home.ts';
import { PubTicket, readRow } from './rows.ts';
import { KIOSK_ENTITY_TABLES, KIOSK_PUBLIC_TABLES } from './tables.ts';

interface Refusal {
  code: string;
  message: string;
}

function outboxHolds(db: SqliteDatabase, commandId: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE id = ?').get(commandId)!.n > 0;
}

function refusalOf(db: SqliteDatabase, commandId: string): Refusal | null {
  return db.prepare<[string], Refusal>('SELECT code, message FROM conflicts WHERE command_id = ?').get(commandId) ?? null;
}

/** Where a ticket the current customer took stands (the central numbers it once the push settles). */
export function ticketState(db: SqliteDatabase, terminalId: string, commandId: string, now: Date): KioskTicketState {
  const base: KioskTicketState = { commandId, ticketId: null, phase: 'unknown', label: null, position: null, estimatedWaitMin: null, calledAt: null, refusal: null };
  const remembered = recallCustomerCommand(db, commandId);
  if (!remembered || remembered.type !== 'assist.issueTicket' || !remembered.targetId) return base;
  const refusal = refusalOf(db, commandId);
  if (refusal) return { ...base, ticketId: remembered.targetId, phase: 'refused', refusal };
  const ticket = readRow(db, 'kiosk_pub_queue_ticket', PubTicket, remembered.targetId);
  // Pushed and applied but not pulled yet also waits for its number.
  if (!ticket) return { ...base, ticketId: remembered.targetId, phase: 'queued' };
  const shown = { ...base, ticketId: ticket.id, label: ticket.label, calledAt: ticket.calledAt ?? null };
  switch (ticket.status) {
    case 'waiting': {
      const ahead = waitingToday(db, ticket.servicePointId, helsinkiDateOf(now.getTime())).findIndex((t) => t.id === ticket.id);
      const position = ahead < 0 ? null : ahead + 1;
      return { ...shown, phase: 'waiting', position, estimatedWaitMin: position === null ? null : waitMinutes(db, terminalId, position - 1) };
    }
    case 'called':
      return { ...shown, phase: 'called' };
    case 'in_service':
      return { ...shown, phase: 'in_service' };
    default:
      return { ...shown, phase: 'closed' };
  }
}

/** Where any other request of the current customer stands. */
export function requestState(db: SqliteDatabase, commandId: string): KioskRequestState {
  const remembered = recallCustomerCommand(db, commandId);
  if (!remembered) return { commandId, commandType: null, phase: 'unknown', refusal: null };
  const refusal = refusalOf(db, commandId);
  if (refusal) return { commandId, commandType: remembered.type, phase: 'refused', refusal };
  return { commandId, commandType: remembered.type, phase: outboxHolds(db, commandId) ? 'queued' : 'applied', refusal: null };
}

const KIOSK_TABLES = new Map<string, string>([...KIOSK_ENTITY_TABLES, ...KIOSK_PUBLIC_TABLES].map((t) => [t.table, t.entity]));

/**
 * Rows in the cache that are not public: every row of a table a kiosk should never fill (the
 * staff tables), and every field outside the public list in the kiosk's own tables.
 */
export function countNonPublicRows(db: SqliteDatabase): number {
  const tables = db
    .prepare<[], { name: string }>("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'data') AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'version')")
    .all();
  let count = 0;
  for (const { name } of tables) {
    if (name === 'shadow') continue;
    const entity = KIOSK_TABLES.get(name);
    if (!entity) {
      count += db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM "${name}"`).get()!.n;
      continue;
    }
    for (const row of db.prepare<[], { data: string }>(`SELECT data FROM "${name}"`).iterate()) {
      if (findNonPublicData([{ entity, data: JSON.parse(row.data) }]).length > 0) count++;
    }
  }
  return count;
}

/**
 * The core's part of a customer wipe: the customer's command ids and any refusal of theirs (a
 * refused booking request keeps its payload, with the customer's name, in the conflicts table) are
 * forgotten. Commands not yet pushed stay: they are what the customer asked to be done.
 */
export function wipeCustomer(db: SqliteDatabase, now: Date): KioskCoreWipe {
  const at = now.toISOString();
  return db.transaction((): KioskCoreWipe => {
    const forgotten = forgetCustomer(db, at);
    db.prepare('DELETE FROM conflicts').run();
    const pendingCommands = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox').get()!.n;
    return { forgotten, pendingCommands, nonPublicRows: countNonPublicRows(db), at };
  }).immediate();
}
