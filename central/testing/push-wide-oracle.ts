import { ENTITIES, COMMANDS, isCommandType, partitionField, type CommandType, type EntityName } from '../../domain/workspaces.ts';
import { BERTH_ENTITIES } from '../../domain/berths/entities.ts';
import { BOOKING_ENTITIES, type UnitGroup } from '../../domain/bookings/entities.ts';
import { CULTURE_KIDS_ENTITIES } from '../../domain/culture-kids/entities.ts';
import { ASSIST_ENTITIES } from '../../domain/assist/entities.ts';
import { KIOSK_ENTITIES } from '../../domain/kiosk/entities.ts';
import { partitionsWith, type Grant, type PartitionKind } from '../../domain/roles.ts';
import { isStorableText } from '../../domain/text.ts';
import { PushRequest } from '../../domain/sync/protocol.ts';
import { commandHash } from '../sync/command-identity.ts';
import type { PushModel } from './push-model.ts';

/**
 * What a push of any command types must be answered with, judged from the JSON as sent: the
 * status of the whole push, and for each command what may and may not happen. The schemas of
 * the contract are the oracle for "well-formed", with one independent check beside them: a value
 * no database can store (U+0000, half a surrogate pair, a number that is not finite) must never
 * pass them.
 */
export interface ParsedCommand {
  id: string;
  seq: number;
  type: CommandType;
  payload: unknown;
  baseVersion: number | null;
  hash: string;
}

export type Verdict =
  | { status: 400; why: string; unstorable: string | null; schemaGap: string | null }
  | { status: 403; commands: ParsedCommand[] }
  | { status: 200; commands: ParsedCommand[] };

/** The first value in `value` a database cannot store, as a path, or null. */
export function unstorableIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path || '(value)';
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(value)';
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = unstorableIn(v, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = unstorableIn(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

export function judgePush(raw: string, may: (type: CommandType) => boolean): Verdict {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { status: 400, why: 'not JSON', unstorable: null, schemaGap: null };
  }
  const commandsIn = (body as { commands?: unknown[] }).commands ?? [];
  const unstorable = commandsIn.map((c, i) => unstorableIn(c, `commands[${i}]`)).find((u) => u !== null) ?? null;
  const envelope = PushRequest.safeParse(body);
  if (!envelope.success) return { status: 400, why: 'envelope', unstorable, schemaGap: null };
  const commands: ParsedCommand[] = [];
  const refused: string[] = [];
  for (const c of envelope.data.commands) {
    const payload = COMMANDS[c.type].payload.safeParse(c.payload);
    if (!payload.success) {
      refused.push(`${c.type}: ${payload.error.issues[0]?.message ?? ''}`);
      continue;
    }
    const baseVersion = c.baseVersion ?? null;
    commands.push({ id: c.id, seq: c.seq, type: c.type, payload: payload.data, baseVersion, hash: commandHash(c.type, payload.data, baseVersion) });
  }
  if (refused.length > 0) return { status: 400, why: refused.join('; '), unstorable, schemaGap: null };
  // Every command passed its schema: an unstorable value among them is a gap in a schema.
  if (unstorable) return { status: 400, why: 'unstorable', unstorable, schemaGap: unstorable };
  const hashOf = new Map<string, string>();
  for (const c of commands) {
    const seen = hashOf.get(c.id);
    if (seen !== undefined && seen !== c.hash) return { status: 400, why: `id ${c.id} reused for another command`, unstorable: null, schemaGap: null };
    hashOf.set(c.id, c.hash);
  }
  if (commands.some((c) => !may(c.type))) return { status: 403, commands };
  // The central decides in seq order; equal seqs keep their order in the batch.
  return { status: 200, commands: commands.map((c, i) => ({ c, i })).sort((a, b) => a.c.seq - b.c.seq || a.i - b.i).map(({ c }) => c) };
}

const WORKSPACE_ENTITIES: Record<string, readonly string[]> = {
  berths: Object.keys(BERTH_ENTITIES),
  bookings: Object.keys(BOOKING_ENTITIES),
  cultureKids: Object.keys(CULTURE_KIDS_ENTITIES),
  assist: Object.keys(ASSIST_ENTITIES),
  kiosk: Object.keys(KIOSK_ENTITIES),
  audit: [],
};

/** The workspace whose commands may write rows of this entity. */
export function workspaceOf(entity: string): string {
  return Object.entries(WORKSPACE_ENTITIES).find(([, list]) => list.includes(entity))?.[0] ?? '?';
}

export const workspaceOfCommand = (type: string) => type.slice(0, type.indexOf('.'));

const KIND_OF: Record<string, PartitionKind | undefined> = { bookings: 'unit', cultureKids: 'cohort', assist: 'service_point', kiosk: 'service_point' };

/**
 * Whether a grant-scoped user acts outside their grants: the command's target lies in a
 * partition (unit, cohort, service point) that none of their grants for the command's permission
 * covers. Users whose grants for it are of another kind (a kiosk asking for a booking) are not
 * judged here.
 */
export function outsideGrants(grants: readonly Grant[], type: string, target: { entity: EntityName; id: string } | null, model: PushModel): boolean {
  if (!target || !isCommandType(type)) return false;
  const kind = KIND_OF[workspaceOf(target.entity)];
  const field = partitionField(target.entity);
  const row = model.get<Record<string, unknown>>(target.entity, target.id);
  if (!kind || !field || !row || !Object.hasOwn(ENTITIES, target.entity)) return false;
  const partition = row.record[field];
  if (typeof partition !== 'string') return false;
  const groups = new Map(model.all<UnitGroup>('booking_unit_group').map((g) => [g.record.id, g.record.unitIds]));
  const covered = partitionsWith(grants, COMMANDS[type].permission, kind, groups);
  if (covered === 'all' || covered.length === 0) return false;
  return !covered.includes(partition);
}
