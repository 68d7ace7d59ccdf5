import type { CommandType } from '../../domain/workspaces.ts';
import type { Decision as BerthDecision } from '../../domain/berths/decide.ts';
import type { BookingDecision } from '../../domain/bookings/decide.ts';
import type { CultureKidsDecision } from '../../domain/culture-kids/decide.ts';
import type { AssistDecision } from '../../domain/assist/decide.ts';
import type { KioskDecision } from '../../domain/kiosk/decide.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import type { EntityPut } from './feed.ts';

/** A validated command on its way to a decision. */
export interface IncomingCommand {
  id: string;
  type: CommandType;
  payload: unknown;
}

/** Any workspace's decider answer: the rows to write, or a refusal. */
export type Decision = BerthDecision | BookingDecision | CultureKidsDecision | AssistDecision | KioskDecision;

/** Data loaded once per transaction chunk and shared by its commands (it never changes by command). */
export type ChunkCache = Map<string, unknown>;

/**
 * Thrown by a handler when its chunk must start again: the transaction rolls back, giving away
 * every lock it took, and the next attempt's cache begins with `carry` (what the handler learned,
 * such as the locks to take first). A handler asks this at most once per chunk.
 */
export class RunChunkAgain extends Error {
  readonly carry: ReadonlyMap<string, unknown>;
  constructor(carry: ReadonlyMap<string, unknown>) {
    super('The chunk runs again from its start.');
    this.name = 'RunChunkAgain';
    this.carry = carry;
  }
}

/**
 * How a workspace decides its commands on the central: load the state under row locks, run the
 * domain decider. Writing the puts is the push's job; `written` then keeps what the schema derives
 * from them (side tables, queued messages) in the same savepoint. `explainViolation` turns a
 * constraint the schema enforced into the domain's answer (a race the locks did not catch).
 * `user` is the signed-in person: a workspace whose rights are per unit checks them here.
 */
export interface CommandHandler {
  /**
   * Before a chunk's first pass: load at once (into `cache`) what its commands will ask for one by
   * one. Not called when the chunk runs again with a savepoint per command.
   */
  prefetch?(tx: Queryable, chunk: readonly IncomingCommand[], cache: ChunkCache): Promise<void>;
  decide(tx: Queryable, command: IncomingCommand, ctx: CommandContext, cache: ChunkCache, user: StaffUser): Promise<Decision>;
  written?(tx: Queryable, command: IncomingCommand, puts: readonly EntityPut[], cache: ChunkCache): Promise<void>;
  /**
   * Once every command of the chunk is decided and its writes are done, in the same transaction:
   * what `written` noted for the whole chunk at once (the chunk commits whole or not at all).
   */
  chunkWritten?(tx: Queryable, cache: ChunkCache): Promise<void>;
  explainViolation(tx: Queryable, command: IncomingCommand, constraint: string, cache: ChunkCache): Promise<Decision | null>;
}
