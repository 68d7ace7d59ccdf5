import type { Change, CommandEnvelope, CommandResult } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import type { Method, ParsedInput, Output } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { CacheWorkspace } from './workspace.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { DocumentRef } from '../../../domain/documents/document.ts';
import type { LocalDocument, NewDocument, WaitingDocument } from '../documents/local-documents.ts';

/**
 * The seam between the local cache (SQLite: read model, outbox, conflicts, queries) and the sync
 * engine. Everything here is synchronous and runs on the core's worker thread; every method that
 * writes does so in one SQLite transaction.
 */
export interface OutboxEntry extends CommandEnvelope {
  /** How many pushes have carried it without an answer (for diagnostics only). */
  attempts: number;
}

export interface ApplySummary {
  /** Entity types whose rows changed, for `changed` events. */
  entities: EntityName[];
  rows: number;
}

export interface SettleSummary {
  entities: EntityName[];
  settled: { id: string; type: string; status: CommandResult['status']; code?: string; message?: string }[];
  /** Settled by promoting the rows the desk held, with no command decided again (promote-settled.ts). */
  promoted?: true;
}

export interface Cache {
  readonly clientId: string;
  readonly userId: string;

  // ----- sync state -----
  getCursor(): string | null;
  getLastSyncAt(): string | null;
  setLastSyncAt(iso: string): void;

  /**
   * Apply one page of pulled changes and, when given, store the cursor after it — in ONE
   * transaction: optimistic effects are taken off, server rows written (a row is only replaced by
   * the same or a newer version), pending commands re-applied on top (rebase). Its commit does
   * not wait for the disk: what a power cut takes, the next pull brings again (db/commit-without-sync.ts).
   */
  applyChanges(changes: readonly Change[], cursor: string | null): ApplySummary;

  /**
   * The first download (no cursor), batch by batch as the stream delivers it; the call carrying
   * the stream's end cursor finishes it. The first batch clears the read model. Much faster than
   * applyChanges: plain inserts, secondary indexes built once at the end, batch commits without
   * fsync (the read model can be downloaded again; the outbox stays durable). Until the end call
   * the cursor stays null, so a download cut off anywhere starts again from the beginning.
   * `dataText`, when given, is the record's JSON exactly as it arrived (stored without re-serialising).
   */
  applyBootstrap(changes: readonly (Change & { dataText?: string })[], endCursor: string | null): ApplySummary;

  /** Drop the whole read model and the cursor (resync); outbox, conflicts and kept documents stay. */
  resetReadModel(): void;

  // ----- outbox -----
  /** Removes copies of scans nothing has named for a day (local-documents.ts); returns how many. */
  sweepDocuments(now: Date): number;

  /** Queued commands in seq order. */
  pendingCommands(limit: number): OutboxEntry[];
  markAttempted(ids: readonly string[]): void;
  /**
   * Record the central's answers in one transaction: applied commands leave the outbox, refused
   * ones (rejected/conflict) leave it too and land in the conflicts inbox; then rebase.
   */
  settle(results: readonly CommandResult[]): SettleSummary;
  /** `pendingCommands`: the person's changes waiting; audit entries of reads go up too but are not counted (docs/decisions.md, "Reads of personal data are audited through the outbox"). */
  counts(): { pendingCommands: number; openConflicts: number };
  /** Every command still queued, audit entries included: what signing out must not throw away. */
  outboxSize(): number;

  // ----- the contract's local methods (queries and commands of the workspaces) -----
  /**
   * Serve a contract method that the cache answers itself: the workspace queries, conflicts.* and
   * the workspace commands (validated with the domain deciders on local data, then queued with
   * their optimistic effect). Input is already parsed by the contract schema.
   */
  handle<M extends Method>(method: M, input: ParsedInput<M>, actor: StaffUser, now: Date): Result<Output<M>>;
  /** Methods `handle` answers (everything but session.* and sync.*). */
  handles(method: Method): boolean;
  /**
   * Many commands of one kind, each decided on what the ones before it left (as if sent one by
   * one), in ONE transaction: one durable write for all, where one by one each paid its own fsync.
   * A refusal leaves the others queued; an error that ends the transaction queues none of them.
   */
  handleMany<M extends Method>(method: M, inputs: readonly ParsedInput<M>[], actor: StaffUser, now: Date): Result<Output<M>>[];
  /**
   * A workspace's core-only read (`CacheWorkspace.coreReads`), for the core's own services; the
   * caller's typed wrapper knows its input and answer.
   */
  read(name: string, input: unknown, actor: StaffUser, now: Date): Result<unknown>;

  // ----- documents (scans kept until uploaded, and to open offline; main/core/documents) -----
  /** Checks and keeps a scan under a fresh id, durably; refused as `document_invalid`. The caller checks the role. */
  storeDocument(input: NewDocument, now: Date): Result<DocumentRef>;
  /** A kept document with its bytes, or null. */
  readDocument(id: string): LocalDocument | null;
  /** Documents still to upload, oldest first, without their bytes. */
  pendingDocuments(limit: number): WaitingDocument[];
  markDocumentUploaded(id: string): void;
  /** The central refused the upload: it is not sent again. */
  markDocumentRefused(id: string): void;

  close(): void;
}

export interface OpenCacheOptions {
  /** The SQLite file; ':memory:' in tests is allowed. */
  file: string;
  userId: string;
  /** The profile's 256-bit cache key (see main/core/session/cache-key.ts); without one the file is plain SQLite. */
  key?: Buffer | undefined;
  /** The workspaces whose tables, queries and commands this cache has; all of them when absent. */
  workspaces?: readonly CacheWorkspace[];
}
