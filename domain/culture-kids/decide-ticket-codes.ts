import type { CommandContext } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Event, TicketCode } from './entities.ts';
import { accept, notFound, refuse, utc, type CultureKidsDecision } from './decide-result.ts';
import { splitImport } from './ticket-codes.ts';

export interface ImportCodesState {
  event: Event | null;
  /** Every code the event has. */
  codes: readonly TicketCode[];
}

/**
 * Import codes of an external event: the new ones are stored, the repeats are reported back
 * (`skipped`), as kukkuu did. A code's id is the command's id and its place in the paste, so the
 * desk and the central derive the same ids.
 */
export function decideImportTicketCodes(s: ImportCodesState, p: CultureKidsCommandPayload<'cultureKids.importTicketCodes'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.event) return notFound(`The event ${p.eventId}`);
  if (s.event.ticketingMode !== 'external') return refuse({ code: 'ck_event_not_external', message: `The event ${s.event.id} has its own enrolment: it takes no ticket codes.` });
  const { fresh, duplicates } = splitImport(p.codes, s.codes);
  if (fresh.length === 0) return refuse({ code: 'ck_ticket_codes_nothing_to_import', message: duplicates.length ? `Every code is already imported (${duplicates.length}).` : 'There are no codes to import.' });
  const at = utc(ctx.now);
  const event = s.event;
  const decision = accept(
    fresh.map((value, i) => ({ entity: 'ck_ticket_code' as const, record: { id: `${ctx.commandId}:${i}`, cohortId: event.cohortId, eventId: event.id, value, childId: null, assignedAt: null, importedAt: at }, version: 1 })),
  );
  return decision.ok ? { ...decision, skipped: duplicates } : decision;
}
