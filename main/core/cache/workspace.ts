import type { AppError, Result } from '../../../domain/result.ts';
import type { CommandType, EntityName } from '../../../domain/workspaces.ts';
import type { Method } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { Permission } from '../../../domain/roles.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { EntityTableSpec, RowWriter } from './entity-table.ts';
import type { DocumentHolder } from '../documents/local-documents.ts';

/** What a domain decider answers, workspace-agnostic (a berth Decision is one). */
export type LocalDecision =
  | { ok: true; puts: readonly { entity: EntityName; record: unknown; version: number }[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: AppError['code']; message: string; current?: unknown };

export interface DecisionContext {
  commandId: string;
  actor: { id: string; name: string };
  /** When the person acted: the command's issuedAt. */
  now: string;
  /** Always null on the client: only the central records a command. */
  recordedAt: null;
  today: string;
  baseVersion: number | null;
}

export interface CacheAccess {
  db: SqliteDatabase;
  writer(entity: EntityName): RowWriter;
}

export interface QueryContext extends CacheAccess {
  actor: StaffUser;
  now: Date;
}

export interface CommandSpec {
  type: CommandType;
  /** The wire payload of a parsed contract input (ids the client chooses are made here). */
  payload(input: unknown, today: string, newId: () => string): unknown;
}

export interface QuerySpec {
  permission: Permission;
  run: (ctx: QueryContext, input: unknown) => Result<unknown>;
}

/**
 * A workspace's part of the cache: its tables, its queries, its command mapping and how its
 * deciders run on local data. The generic machinery (apply, outbox, rebase, conflicts) does the rest.
 */
export interface CacheWorkspace {
  tables: readonly EntityTableSpec<never>[];
  /** Queries with the permission they need (the cache holds only what sync let the user see, but a
   * role may still not be meant to use a screen). */
  queries: Partial<Record<Method, QuerySpec>>;
  /**
   * Reads for the core's own services (file exports, GDPR exports), answered by `Cache.read` and
   * never by `handle`: they are not contract methods, so no window can reach them.
   */
  coreReads?: Record<string, QuerySpec>;
  commands: Partial<Record<Method, CommandSpec>>;
  /** The versioned aggregate a command acts on (its local version is the command's baseVersion). */
  aggregateOf(type: CommandType, payload: unknown): { entity: EntityName; id: string } | null;
  /**
   * Rights the coarse role check cannot see, checked when a command is issued (not on rebase: the
   * central has the last word): a role held on some units only, a reserver's own bookings.
   */
  authorize?(access: CacheAccess, actor: StaffUser, type: CommandType, payload: unknown): AppError | null;
  /** Loads the command's state from the cache and runs the workspace's decider. */
  decide(access: CacheAccess, type: CommandType, payload: unknown, ctx: DecisionContext): LocalDecision;
  /** A reference a person recognises for an aggregate (shown in the conflicts inbox). */
  describeAggregate?(access: CacheAccess, id: string): string | null;
  /** Where the workspace's records name a document (scans): what the sweep of unnamed ones keeps. */
  documentHolders?: readonly DocumentHolder[];
}
