import type { Input, Output } from '../../../domain/contract.ts';
import { kuvaApi } from '../api/kuva-api.ts';

type Change = 'gridViews.keep' | 'gridViews.save' | 'gridViews.rename' | 'gridViews.remove';

/**
 * Saved grid views over the contract. Every answer is the grid's whole set, so a change writes it
 * straight into the list's cache entry instead of asking again.
 */
export const gridViewsApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    const change = <M extends Change>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          const { data } = await queryFulfilled.catch(() => ({ data: null }));
          if (data) dispatch(gridViewsApi.util.upsertQueryData('gridViewsList', input.gridId, { ...data, setAside: null }));
        },
      });
    return {
      gridViewsList: build.query<Output<'gridViews.list'>, string>({ query: (gridId) => ({ method: 'gridViews.list', input: { gridId } }) }),
      gridViewsKeep: change('gridViews.keep'),
      gridViewsSave: change('gridViews.save'),
      gridViewsRename: change('gridViews.rename'),
      gridViewsRemove: change('gridViews.remove'),
    };
  },
});

export const { useGridViewsListQuery, useGridViewsKeepMutation, useGridViewsSaveMutation, useGridViewsRenameMutation, useGridViewsRemoveMutation } = gridViewsApi;
