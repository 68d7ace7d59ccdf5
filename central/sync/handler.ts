import type { CommandType } from '../../domain/workspaces.ts';
import type { Decision } from '../../domain/berths/decide.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

/** A validated command on its way to a decision. */
export interface IncomingCommand {
  id: string;
  type: CommandType;
  payload: unknown;
}

/** Data loaded once per transaction chunk and shared by its commands (it never changes by command). */
export type ChunkCache = Map<string, unknown>;

/**
 * How a workspace decides its commands on the central: load the state under row locks, run the
 * domain decider. Writing the puts is the push's job. `explainViolation` turns a constraint the
 * schema enforced into the domain's answer (a race the locks did not catch).
 */
export interface CommandHandler {
  decide(tx: Queryable, command: IncomingCommand, ctx: CommandContext, cache: ChunkCache): Promise<Decision>;
  explainViolation(tx: Queryable, command: IncomingCommand, constraint: string): Promise<Decision | null>;
}
