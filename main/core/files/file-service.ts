import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ExportedFile, ParsedInput } from '../../../domain/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { can } from '../../../domain/roles.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.ts';
import type { ActiveSession } from '../session/session.ts';
import { PDF_DOCUMENTS, XLSX_EXPORTS } from './catalogue.ts';
import { exportsFolder, newFileName, PART_SUFFIX, sweepExports } from './export-folder.ts';
import { renderPdf } from './pdf-writer.ts';
import { ReadRefused, type FileSource } from './registry.ts';
import { writeXlsx } from './xlsx-writer.ts';

export type FileMethod = 'files.exportXlsx' | 'files.printPdf' | 'files.saveAs';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF_TYPE = 'application/pdf';

export interface FilesContext {
  dataDir: string;
  /** The signed-in user and their cache; null when nobody is signed in. */
  active: Pick<ActiveSession, 'user' | 'cache'> | null;
  now: Date;
}

/**
 * Makes a named export or printout from the signed-in user's cache into their exports folder:
 * role checked first, input checked by the export, written under a temporary name and renamed,
 * so a file the user can fetch is always whole.
 */
export async function answerFiles(method: FileMethod, input: unknown, ctx: FilesContext): Promise<Result<ExportedFile>> {
  if (method === 'files.saveAs') return fail('unknown_method', 'Saving with a dialog is for the desktop app; in a browser the file downloads.');
  const { active, now } = ctx;
  if (!active) return fail('not_signed_in', 'Sign in first.');
  const source: FileSource = { cache: active.cache, actor: active.user, now };
  if (method === 'files.exportXlsx') {
    const { exportId, params, language, purpose } = input as ParsedInput<'files.exportXlsx'>;
    const spec = XLSX_EXPORTS.get(exportId);
    if (!spec) return fail('not_found', `There is no export named ${exportId}.`);
    const checked = check(spec, active, params, purpose);
    if (!checked.ok) return checked;
    return make(ctx.dataDir, active.user.id, spec.fileStem[language], 'xlsx', now, (file) => {
      const written = writeXlsx(file, { sheetName: spec.sheetName[language], columns: spec.columns(language), rows: spec.rows(source, checked.value, language) }, now);
      return { rows: written.rows, mediaType: XLSX_TYPE };
    });
  }
  const { documentId, params, language, purpose } = input as ParsedInput<'files.printPdf'>;
  const spec = PDF_DOCUMENTS.get(documentId);
  if (!spec) return fail('not_found', `There is no printout named ${documentId}.`);
  const checked = check(spec, active, params, purpose);
  if (!checked.ok) return checked;
  let model;
  try {
    // Read in one turn of the thread; the layout after it touches no cache.
    model = spec.document(source, checked.value, language);
  } catch (error) {
    if (error instanceof ReadRefused) return { ok: false, error: error.error };
    throw error;
  }
  if (!model.ok) return model;
  const pdf = await renderPdf(model.value, now);
  const rows = model.value.sections.reduce((n, s) => n + s.table.rows.length, 0);
  return make(ctx.dataDir, active.user.id, spec.fileStem[language], 'pdf', now, (file) => {
    writeFileSync(file, pdf, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    return { rows, mediaType: PDF_TYPE };
  });
}

function check<P>(
  spec: { id: string; permission: Parameters<typeof can>[1]; params: z.ZodType<P>; needsPurpose?: boolean },
  active: Pick<ActiveSession, 'user'>,
  params: unknown,
  purpose: string | undefined,
): Result<P> {
  if (!can(active.user.roles, spec.permission)) return fail('forbidden', `Your role may not make ${spec.id}.`);
  if (spec.needsPurpose && !purpose) return fail('bad_request', `${spec.id} needs a purpose: say why the data leaves the app.`);
  const parsed = spec.params.safeParse(params);
  if (!parsed.success) return fail('bad_request', `The input of ${spec.id} is not valid: ${z.prettifyError(parsed.error)}`);
  return ok(parsed.data);
}

function make(
  dataDir: string,
  userId: string,
  stem: string,
  extension: 'xlsx' | 'pdf',
  now: Date,
  write: (file: string) => { rows: number; mediaType: string },
): Result<ExportedFile> {
  const folder = exportsFolder(dataDir, userId);
  makePrivateDir(folder);
  sweepExports(folder, now);
  const name = newFileName(stem, extension, now);
  const final = path.join(folder, name);
  const part = `${final}${PART_SUFFIX}`;
  try {
    const { rows, mediaType } = write(part);
    renameSync(part, final);
    return ok({ name, size: statSync(final).size, rows, mediaType });
  } catch (error) {
    rmSync(part, { force: true });
    if (error instanceof ReadRefused) return { ok: false, error: error.error };
    throw error;
  }
}
