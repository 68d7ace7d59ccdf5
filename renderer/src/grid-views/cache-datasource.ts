import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { KuvaApi } from '../../../domain/contract.ts';
import type { AppError, Result } from '../../../domain/result.ts';

/** One block the grid asks for: its sort, and where it starts and how many rows it holds. */
export interface PageRequest {
  sortModel: readonly SortModelItem[];
  offset: number;
  limit: number;
}

/** What a list query of the core answers: a page of rows and how many match in all (plus its own extras). */
export interface Page<Row> {
  rows: Row[];
  total: number;
}

/**
 * A workspace's list query: one core call for one block under the filter. Kept at module level
 * by the workspace, so that the grid builds a new source only when the filter changes.
 */
export type PageQuery<F, P> = (invoke: KuvaApi['invoke'], filter: F, request: PageRequest) => Promise<Result<P>>;

export interface PageHooks<P> {
  onPage(page: P, offset: number): void;
  onError(error: AppError): void;
}

/** The core never asks for more than this in one call. */
const MAX_LIMIT = 1000;

/**
 * Infinite row model source over the core's cache: each block the grid asks for is one page query
 * (offset/limit), and the total becomes the last row so the scrollbar is right from the start.
 */
export function createCacheDatasource<F, Row, P extends Page<Row>>(invoke: KuvaApi['invoke'], query: PageQuery<F, P>, filter: F, hooks: PageHooks<P>): IDatasource {
  return {
    getRows(params) {
      const request: PageRequest = {
        sortModel: params.sortModel,
        offset: params.startRow,
        limit: Math.max(1, Math.min(MAX_LIMIT, params.endRow - params.startRow)),
      };
      query(invoke, filter, request).then(
        (result) => {
          if (result.ok) {
            params.successCallback(result.value.rows, result.value.total);
            hooks.onPage(result.value, params.startRow);
          } else {
            params.failCallback();
            hooks.onError(result.error);
          }
        },
        (err: unknown) => {
          params.failCallback();
          hooks.onError({ code: 'internal', message: String(err) });
        },
      );
    },
  };
}
