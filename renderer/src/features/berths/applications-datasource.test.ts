import { describe, expect, it } from 'vitest';
import type { IGetRowsParams } from 'ag-grid-community';
import type { ApplicationRow, KuvaApi } from '../../../../domain/contract.ts';
import { createCacheDatasource } from '../../grid-views/cache-datasource.ts';
import { cleanFilter, queryApplicationsPage, sortFromModel } from './applications-datasource.ts';

describe('sortFromModel', () => {
  it('defaults to the queue order', () => {
    expect(sortFromModel([])).toEqual({ column: 'queue', direction: 'asc' });
  });
  it('maps grid columns to backend sort columns', () => {
    expect(sortFromModel([{ colId: 'receivedAt', sort: 'desc' }])).toEqual({ column: 'receivedAt', direction: 'desc' });
    expect(sortFromModel([{ colId: 'boatWidth', sort: 'asc' }])).toEqual({ column: 'boatWidth', direction: 'asc' });
  });
  it('ignores columns the backend cannot sort by', () => {
    expect(sortFromModel([{ colId: 'municipality', sort: 'asc' }, { colId: 'reference', sort: 'desc' }])).toEqual({ column: 'reference', direction: 'desc' });
  });
});

describe('cleanFilter', () => {
  it('drops empty parts and trims text', () => {
    // No season chosen = the season offers are made for now; 'all' = no season constraint.
    expect(cleanFilter({ statuses: [], text: '   ', kind: undefined })).toEqual({ season: 'current' });
    expect(cleanFilter({ statuses: ['pending'], text: ' Virtanen ', harbourId: 'h', season: 'all' })).toEqual({ statuses: ['pending'], text: 'Virtanen', harbourId: 'h' });
    expect(cleanFilter({ season: 2028, overdue: true })).toEqual({ season: 2028, overdue: true });
  });
});

describe('the applications page query in the cache datasource', () => {
  const row = (id: string) => ({ id }) as ApplicationRow;

  function run(answer: unknown, startRow = 100, endRow = 200) {
    const calls: unknown[] = [];
    const invoke = (async (method: string, input: unknown) => {
      calls.push({ method, input });
      return answer;
    }) as KuvaApi['invoke'];
    const seen: { rows?: unknown[]; last?: number; failed?: boolean; block?: number[]; error?: unknown } = {};
    const ds = createCacheDatasource(invoke, queryApplicationsPage, { text: ' boat ' }, {
      onPage: (page, offset) => (seen.block = [page.total, offset, page.rows.length]),
      onError: (e) => (seen.error = e),
    });
    return new Promise<{ calls: unknown[]; seen: typeof seen }>((resolve) => {
      ds.getRows({
        startRow,
        endRow,
        sortModel: [{ colId: 'applicantName', sort: 'asc' }],
        filterModel: {},
        successCallback: (rows: unknown[], last?: number) => {
          seen.rows = rows;
          seen.last = last;
          setTimeout(() => resolve({ calls, seen }));
        },
        failCallback: () => {
          seen.failed = true;
          setTimeout(() => resolve({ calls, seen }));
        },
      } as unknown as IGetRowsParams);
    });
  }

  it('asks for the block with offset, limit, sort and filter and reports the total as last row', async () => {
    const { calls, seen } = await run({ ok: true, value: { total: 100_000, rows: [row('a'), row('b')] } });
    expect(calls).toEqual([
      { method: 'berths.listApplications', input: { filter: { text: 'boat', season: 'current' }, sort: { column: 'applicantName', direction: 'asc' }, offset: 100, limit: 100 } },
    ]);
    expect(seen.last).toBe(100_000);
    expect(seen.rows).toHaveLength(2);
    expect(seen.block.slice(0, 3)).toEqual([100_000, 100, 2]);
  });

  it('fails the block and reports the error on an error result', async () => {
    const { seen } = await run({ ok: false, error: { code: 'not_signed_in', message: 'x' } });
    expect(seen.failed).toBe(true);
    expect(seen.error).toEqual({ code: 'not_signed_in', message: 'x' });
  });
});

