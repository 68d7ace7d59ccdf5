/**
 * Level 2. Secondary indexes of the read model set aside during a first download (rebuilt once at
 * its end, which is much faster than growing them row by row). Rows here = a download is running
 * or was cut off; opening the cache puts them back.
 */
export const sql = /* sql */ `
CREATE TABLE deferred_index (
  name TEXT PRIMARY KEY,
  sql TEXT NOT NULL
);
`;
