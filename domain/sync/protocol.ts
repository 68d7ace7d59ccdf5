import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { COMMAND_TYPES, ENTITY_NAMES, type CommandType, type EntityName } from '../workspaces.ts';
import { isErrorCode, type ErrorCode } from '../errors.ts';
import { StorableText } from '../text.ts';
import { Uuid } from '../berths/entities.ts';

/** Sync protocol v1 (see docs/sync-protocol.md). Every body is validated with these on both ends. */
export const API_PREFIX = '/api/v1';
export const MAX_PUSH_COMMANDS = 500;
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;
/** The largest value of PostgreSQL's `int` (versions are stored in one). */
export const MAX_INT4 = 2 ** 31 - 1;
const ISSUED_SINCE = Date.UTC(2000, 0, 1);

export const LoginRequest = z.object({
  username: StorableText.trim().min(1).max(100),
  password: StorableText.min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Grant = z
  .object({
    role: z.enum(ROLES),
    unitId: z.string().min(1).max(64).optional(),
    unitGroupId: z.string().min(1).max(64).optional(),
    cohortId: z.string().min(1).max(64).optional(),
    servicePointId: z.string().min(1).max(64).optional(),
  })
  .refine(
    (g) => [g.unitId, g.unitGroupId, g.cohortId, g.servicePointId].filter((x) => x !== undefined).length <= 1,
    'A grant is on a unit, a unit group, a cohort or a service point, not on several.',
  );

/**
 * `roles`: every role the user holds anywhere (what menus and the coarse checks read); `grants`:
 * where each role holds (a role with no grant listed holds everywhere).
 */
export const StaffUser = z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)), grants: z.array(Grant).default([]) });
export type StaffUser = z.infer<typeof StaffUser>;

export const LoginResponse = z.object({ token: z.string(), user: StaffUser, expiresAt: z.iso.datetime({ offset: true }) });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const CommandEnvelope = z.object({
  id: Uuid,
  /** Stored as bigint; `int()` already keeps it to safe integers, which all fit. */
  seq: z.number().int().nonnegative(),
  type: z.enum(COMMAND_TYPES as [CommandType, ...CommandType[]]),
  payload: z.unknown(),
  baseVersion: z.number().int().nonnegative().max(MAX_INT4).nullable().optional(),
  /** When the person acted. A time before 2000 is a machine whose clock was never set. */
  issuedAt: z.iso.datetime({ offset: true }).refine((s) => Date.parse(s) >= ISSUED_SINCE, 'issuedAt is before 2000: the clock of the sending machine is wrong.'),
});
export type CommandEnvelope = z.infer<typeof CommandEnvelope>;

export const PushRequest = z.object({
  clientId: Uuid,
  commands: z.array(CommandEnvelope).min(1).max(MAX_PUSH_COMMANDS),
});
export type PushRequest = z.infer<typeof PushRequest>;

const ErrorCodeSchema = z.custom<ErrorCode>(isErrorCode, 'unknown error code');

export const CommandResult = z.discriminatedUnion('status', [
  z.object({ id: z.uuid(), status: z.literal('applied'), version: z.number().int().optional() }),
  z.object({ id: z.uuid(), status: z.literal('rejected'), code: ErrorCodeSchema, message: z.string() }),
  z.object({ id: z.uuid(), status: z.literal('conflict'), code: ErrorCodeSchema, message: z.string(), current: z.unknown() }),
]);
export type CommandResult = z.infer<typeof CommandResult>;

export const PushResponse = z.object({ results: z.array(CommandResult) });
export type PushResponse = z.infer<typeof PushResponse>;

export const Change = z.object({
  entity: z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]),
  id: z.string().min(1),
  op: z.enum(['put', 'delete']),
  version: z.number().int(),
  data: z.unknown().optional(),
});
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({
  cursor: z.string(),
  hasMore: z.boolean(),
  changes: z.array(Change),
});
export type PullResponse = z.infer<typeof PullResponse>;

/**
 * The streamed pull (extension): `GET /api/v1/sync/stream?cursor=&total=1` answers NDJSON: one
 * StreamStart line (only when `total=1` asks for it: desks from before it do not know the line), then
 * one Change per line, closed by one StreamEnd line. A client that applies the lines and
 * stores the end cursor is in the same state as after looping the paged pull.
 *
 * The start line tells how many Change lines the stream holds (`total`, counted over the same range
 * and filter as the pages), so a first download can show a progress bar. It equals the end line's
 * `count`, unless rows of the range changed while the stream ran: a changed row moves past the
 * stream's head and comes with the next pull instead, so `total` is never less than what is sent.
 * A client reads any line with `start` as this line, and a stream without one (an older central)
 * as a total it does not know.
 *
 * `entities` splits the total by entity, so the client can weigh the rows to come by what each
 * costs it (domain/sync/download-work.ts); a central from before it sends the total alone.
 */
export const StreamStart = z.object({
  start: z.literal(true),
  total: z.number().int().nonnegative(),
  entities: z.record(z.string().max(64), z.number().int().nonnegative()).optional(),
});
export type StreamStart = z.infer<typeof StreamStart>;

export const StreamEnd = z.object({ end: z.literal(true), cursor: z.string(), count: z.number().int() });
export type StreamEnd = z.infer<typeof StreamEnd>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['postgres', 'pglite']),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Every non-2xx answer of the central has this body. */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), commandIds: z.array(z.string()).optional() }),
});
export type ApiError = z.infer<typeof ApiError>;
