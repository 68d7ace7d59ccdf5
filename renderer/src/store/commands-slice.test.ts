import { describe, expect, it } from 'vitest';
import { commandIssued, commandSettled, commandsForgotten, commandsSlice, SETTLED_KEPT, SETTLED_SLACK } from './commands-slice.ts';

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

  it('keep the newest settled ones over a working day, and never drop one still pending', () => {
    let state = reduce(undefined, commandIssued({ commandId: 'still-pending', type: 'berths.addNote', applicationId: 'a' }));
    const issued = SETTLED_KEPT + SETTLED_SLACK + 10;
    for (let i = 0; i < issued; i++) {
      state = reduce(state, commandIssued({ commandId: `c${i}`, type: 'berths.addNote', applicationId: 'a' }));
      state = reduce(state, commandSettled({ commandId: `c${i}`, commandType: 'berths.addNote', status: 'applied' }));
    }
    const ids = Object.keys(state.byId);
    expect(ids.length).toBeLessThanOrEqual(SETTLED_KEPT + SETTLED_SLACK + 1);
    expect(ids.length).toBeLessThan(issued + 1);
    expect(state.byId['still-pending']?.state).toBe('pending');
    expect(state.byId.c0).toBeUndefined();
    for (let i = issued - SETTLED_KEPT; i < issued; i++) expect(state.byId[`c${i}`]?.state).toBe('applied');
  });
});
