import { describe, expect, it } from 'vitest';
import { commandIssued, commandSettled, commandsForgotten, commandsSlice } from './commands-slice.ts';

const reduce = commandsSlice.reducer;

describe("a window's commands", () => {
  it('are all forgotten at a kiosk wipe, so the list does not grow customer after customer', () => {
    let state = reduce(undefined, commandIssued({ commandId: 'c1', type: 'assist.issueTicket', applicationId: null }));
    state = reduce(state, commandSettled({ commandId: 'c1', commandType: 'assist.issueTicket', status: 'applied' }));
    state = reduce(state, commandIssued({ commandId: 'c2', type: 'assist.issueTicket', applicationId: null }));
    expect(Object.keys(state.byId)).toEqual(['c1', 'c2']);
    state = reduce(state, commandsForgotten());
    expect(state.byId).toEqual({});
  });
});
