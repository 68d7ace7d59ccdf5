import type { z } from 'zod';
import type { AppError, Result } from '../../../domain/result.ts';
import type { Permission } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { Cache } from '../cache/cache-port.ts';
import type { PrintDocument } from './document-model.ts';
import type { CellValue, Language, TableColumn, Texts } from './table-model.ts';

/** What an export reads from: the signed-in user's cache, answered as that user (roles apply). */
export interface FileSource {
  cache: Cache;
  actor: StaffUser;
  now: Date;
}

interface FileSpec<P> {
  /** `workspace.name`, what the renderer asks for. */
  id: string;
  permission: Permission;
  /** The export's own input, checked before anything is read. */
  params: z.ZodType<P>;
  /** Exports of personal data may demand a stated purpose. */
  needsPurpose?: boolean;
  /** The file name's first part per language: lower-case a-z, 0-9 and dashes. */
  fileStem: Texts;
}

/** A list as a spreadsheet. `rows` is read once, as the file is written. */
export interface XlsxExportSpec<P = unknown> extends FileSpec<P> {
  sheetName: Texts;
  columns(language: Language): TableColumn[];
  rows(source: FileSource, params: P, language: Language): Iterable<readonly CellValue[]>;
}

/** A printable document. */
export interface PdfDocumentSpec<P = unknown> extends FileSpec<P> {
  document(source: FileSource, params: P, language: Language): Result<PrintDocument>;
}

/** Thrown by a rows iterator when the cache refuses a read halfway (the half-made file is removed). */
export class ReadRefused extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.error = error;
  }
}

/** Unwraps a cache answer inside an export; a refusal stops the file. */
export function mustRead<T>(result: Result<T>): T {
  if (!result.ok) throw new ReadRefused(result.error);
  return result.value;
}

export function registry<S extends { id: string }>(specs: readonly S[]): ReadonlyMap<string, S> {
  const map = new Map<string, S>();
  for (const spec of specs) {
    if (map.has(spec.id)) throw new Error(`Two files are registered as ${spec.id}.`);
    map.set(spec.id, spec);
  }
  return map;
}
