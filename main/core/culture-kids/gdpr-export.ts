import { z } from 'zod';
import type { ExportedFile, ParsedInput } from '../../../domain/contract.ts';
import { CULTURE_KIDS_PERMISSIONS as P } from '../../../domain/culture-kids/vocabulary.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { API_PREFIX } from '../../../domain/sync/protocol.ts';
import type { Cache } from '../cache/cache-port.ts';
import type { QueryContext } from '../cache/workspace.ts';
import { saveJsonExport } from '../files/json-export-file.ts';
import { failureFromStatus, failureFromThrown } from '../sync/central-failure.ts';
import { cultureKidsRights } from './rights.ts';
import { ckRows, guardiansOf } from './rows.ts';

type Input = ParsedInput<'cultureKids.gdprExport'>;

/** A core read of the cache (`Cache.read`): not a contract method, so no window can call it. */
export const GDPR_SUBJECTS = 'cultureKids.gdprExportSubjects';

interface Subjects {
  childId: string;
  cohortId: string;
  guardianIds: string[];
}

/** The child and its guardians, for a user with "view families" on the child's cohort. */
export function gdprSubjects(ctx: QueryContext, input: { childId: string }): Result<Subjects> {
  const rows = ckRows(ctx.db);
  const child = rows.child(input.childId)?.record;
  const rights = cultureKidsRights(ctx.actor);
  if (!child || !rights.on(child.cohortId).admin) return fail('not_found', `The child ${input.childId} is not in your cohorts.`);
  if (!rights.may(P.viewFamilies, child.cohortId)) return fail('forbidden', 'Exporting a family needs the right to view families in its cohort.');
  return ok({ childId: child.id, cohortId: child.cohortId, guardianIds: guardiansOf(rows, child).map((g) => g.guardian.guardianId) });
}

const TIMEOUT_MS = 15_000;
const GuardianExport = z.object({ guardianId: z.string(), exportedAt: z.string(), guardian: z.unknown(), children: z.array(z.unknown()) }).loose();

/** One guardian's export from the central (central/culture-kids/gdpr-routes.ts), read live with the user's session. */
async function fetchGuardianExport(centralUrl: string, token: string, guardianId: string, why: Pick<Input, 'purpose' | 'purposeText'>): Promise<Result<z.infer<typeof GuardianExport>>> {
  const query = new URLSearchParams({ purpose: why.purpose, ...(why.purposeText ? { purposeText: why.purposeText } : {}) });
  const path = `${API_PREFIX}/culture-kids/guardians/${encodeURIComponent(guardianId)}/gdpr-export?${query}`;
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${centralUrl.replace(/\/+$/, '')}${path}`, { headers: { accept: 'application/json', authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    text = await res.text();
  } catch (err) {
    const failure = failureFromThrown(err, path, TIMEOUT_MS);
    return fail(failure.code, failure.message);
  }
  if (!res.ok) {
    const failure = failureFromStatus(res.status, text, path, res.headers.get('retry-after'));
    return fail(failure.code, failure.message);
  }
  try {
    return ok(GuardianExport.parse(JSON.parse(text)));
  } catch {
    return fail('internal', `The central's GDPR export is not in the expected shape: ${text.slice(0, 120)}`);
  }
}

export interface GdprExportContext {
  dataDir: string;
  centralUrl: string;
  /** The user's session token; null: sign in again. */
  token: string | null;
  active: { user: StaffUser; cache: Cache } | null;
  now: Date;
}

/**
 * cultureKids.gdprExport: everything the registry holds about a child's family, fetched online
 * from the central (which holds more than any desk: every cohort, contacts, codes) — one export
 * per guardian, as the central makes it — and saved as one JSON file in the user's exports folder.
 * The central audits each guardian's export, with the person's purpose, before it answers; a
 * refused fetch leaves no file and no entry.
 */
export async function answerGdprExport(input: Input, ctx: GdprExportContext): Promise<Result<ExportedFile>> {
  const { active, now } = ctx;
  if (!active) return fail('not_signed_in', 'Sign in first.');
  if (!ctx.token) return fail('unauthorized', 'Sign in again to read from the central.');
  const subjects = active.cache.read(GDPR_SUBJECTS, { childId: input.childId }, active.user, now) as Result<Subjects>;
  if (!subjects.ok) return subjects;
  const guardians = [];
  for (const guardianId of subjects.value.guardianIds) {
    const fetched = await fetchGuardianExport(ctx.centralUrl, ctx.token, guardianId, input);
    if (!fetched.ok) return fetched;
    guardians.push(fetched.value);
  }
  const document = { childId: input.childId, exportedAt: now.toISOString(), exportedBy: active.user.name, guardians };
  return ok(saveJsonExport(ctx.dataDir, active.user.id, 'gdpr-export', document, guardians.length, now));
}
