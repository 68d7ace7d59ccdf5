/**
 * Level 12: applications by kind in queue order. Without it, the grid's "switch applications"
 * filter counted 100,000 applications by reading every row (about 160 ms, issue 11's budget for a
 * filter is 150 ms); with it the count and the first page come from this index alone.
 */
export const sql = /* sql */ `
CREATE INDEX application_kind_queue ON application (kind, priority DESC, received_ms, id);
`;
