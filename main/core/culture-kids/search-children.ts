import type { ChildPage, ChildRow, RegistryFilter } from '../../../domain/culture-kids/contract.ts';
import type { Child } from '../../../domain/culture-kids/entities.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { helsinkiPostalArea } from '../../../domain/culture-kids/postal-codes.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { SqlValue } from '../cache/entity-table.ts';
import { searchMatch } from '../cache/search-text.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows, guardiansOf, records, type CkRows } from './rows.ts';

type Input = ParsedInput<'cultureKids.searchChildren'>;

const ORDER: Record<Input['sort']['column'], string[]> = {
  lastName: ['c.last_sort', 'c.first_sort', 'c.id'],
  firstName: ['c.first_sort', 'c.last_sort', 'c.id'],
  birthYear: ['c.birth_year', 'c.last_sort', 'c.id'],
  postalCode: ['c.postal_code', 'c.last_sort', 'c.id'],
  createdAt: ['c.created_ms', 'c.id'],
};

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * WHERE terms of a registry search: the cohorts the user administers, then each filter. The name
 * search reads the two FTS indexes (children's names, guardians' names), whose tokenizer folds
 * diacritics, so "ahtiainen" finds "Ähtiäinen" and no row is scanned for it.
 */
export function registryWhere(filter: RegistryFilter, rights: CultureKidsRights): { sql: string; params: SqlValue[] } | null {
  const terms: string[] = [];
  const params: SqlValue[] = [];
  const cohorts = rights.cohortsSql('c.cohort_id');
  terms.push(cohorts.sql);
  params.push(...cohorts.params);
  const match = searchMatch(filter.text);
  if (match.kind === 'none') return null;
  if (match.kind === 'match') {
    terms.push(`(c.rowid IN (SELECT rowid FROM ck_child_fts WHERE ck_child_fts MATCH ?)
      OR c.id IN (SELECT gs.child_id FROM ck_guardian_fts f JOIN ck_guardian g ON g.rowid = f.rowid JOIN ck_guardianship gs ON gs.guardian_id = g.guardian_id AND gs.cohort_id = g.cohort_id WHERE ck_guardian_fts MATCH ?))`);
    params.push(match.query, match.query);
  }
  if (filter.cohortIds?.length) {
    terms.push(`c.cohort_id IN (${marks(filter.cohortIds.length)})`);
    params.push(...filter.cohortIds);
  }
  if (filter.birthYears?.length) {
    terms.push(`c.birth_year IN (${marks(filter.birthYears.length)})`);
    params.push(...filter.birthYears);
  }
  if (filter.postalCodes?.length) {
    terms.push(`c.postal_code IN (${marks(filter.postalCodes.length)})`);
    params.push(...filter.postalCodes);
  }
  if (filter.homeLanguages?.length) {
    terms.push(`EXISTS (SELECT 1 FROM ck_guardianship gs JOIN ck_guardian g ON g.guardian_id = gs.guardian_id AND g.cohort_id = c.cohort_id
      WHERE gs.child_id = c.id AND (${filter.homeLanguages.map(() => 'g.home_languages LIKE ?').join(' OR ')}))`);
    params.push(...filter.homeLanguages.map((l) => `% ${l} %`));
  }
  if (filter.participation?.length) {
    const ors = filter.participation.map((p) => {
      if (p === 'never') return 'NOT EXISTS (SELECT 1 FROM ck_enrolment e WHERE e.child_id = c.id)';
      params.push(p);
      return 'EXISTS (SELECT 1 FROM ck_enrolment e WHERE e.child_id = c.id AND e.status = ?)';
    });
    terms.push(`(${ors.join(' OR ')})`);
  }
  return { sql: terms.join(' AND '), params };
}

export function childRow(rows: CkRows, child: Child): ChildRow {
  const guardians = guardiansOf(rows, child).map((g) => g.guardian);
  const enrolments = records(rows.childEnrolments(child.id));
  const count = (status: string) => enrolments.filter((e) => e.status === status).length;
  return {
    id: child.id,
    cohortId: child.cohortId,
    birthYear: child.birthYear,
    firstName: child.firstName,
    lastName: child.lastName,
    postalCode: child.postalCode,
    postalArea: helsinkiPostalArea(child.postalCode)?.area ?? null,
    guardianNames: guardians.map((g) => `${g.firstName} ${g.lastName}`).sort(),
    homeLanguages: [...new Set(guardians.flatMap((g) => g.homeLanguages))].sort(),
    enrolled: count('enrolled'),
    attended: count('attended'),
    cancelled: count('cancelled'),
    noShow: count('no_show'),
    createdAt: child.createdAt,
    erased: child.erasedAt !== null,
  };
}

/** The matching children's ids in order (an export takes them all; a grid one page). */
export function searchChildIds(db: SqliteDatabase, input: Pick<Input, 'filter' | 'sort'>, rights: CultureKidsRights, page: { limit: number; offset: number } | null): { ids: string[]; total: number } {
  const where = registryWhere(input.filter, rights);
  if (!where) return { ids: [], total: 0 };
  const dir = input.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const order = ORDER[input.sort.column].map((c) => `${c} ${dir}`).join(', ');
  const total = db.prepare<SqlValue[], { n: number }>(`SELECT count(*) AS n FROM ck_child c WHERE ${where.sql}`).get(...where.params)!.n;
  const limit = page ? ' LIMIT ? OFFSET ?' : '';
  const params = page ? [...where.params, page.limit, page.offset] : where.params;
  const ids = db.prepare<SqlValue[], { id: string }>(`SELECT c.id FROM ck_child c WHERE ${where.sql} ORDER BY ${order}${limit}`).all(...params).map((r) => r.id);
  return { ids, total };
}

/** One page of the registry: names only, never contact details. */
export function searchChildren(db: SqliteDatabase, input: Input, rights: CultureKidsRights): ChildPage {
  const { ids, total } = searchChildIds(db, input, rights, { limit: input.limit, offset: input.offset });
  const rows = ckRows(db);
  return { rows: ids.flatMap((id) => { const c = rows.child(id); return c ? [childRow(rows, c.record)] : []; }), total };
}
