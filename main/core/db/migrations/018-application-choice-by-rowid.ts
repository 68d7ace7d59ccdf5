/**
 * Level 18. An application's harbour choices are keyed by the application's rowid, not its id. A
 * first download appends rowids in order, so the choices went in at random places of their b-tree
 * by id and at its end by rowid: 200,000 choices in 0.31–0.35 s instead of 1.04–1.28 s (decision
 * 70). The choices are copied from the applications' own rows here, in one statement.
 */
export const sql = /* sql */ `
DROP TABLE application_choice;
CREATE TABLE application_choice (
  application_rowid INTEGER NOT NULL,
  choice_order INTEGER NOT NULL,
  harbour_id TEXT NOT NULL,
  PRIMARY KEY (application_rowid, choice_order)
) WITHOUT ROWID;
CREATE INDEX application_choice_harbour ON application_choice (harbour_id, application_rowid);
-- A download cut off before level 18 kept the old index's SQL to build at its end: it is here now.
DELETE FROM deferred_index WHERE name = 'application_choice_harbour';
INSERT INTO application_choice (application_rowid, choice_order, harbour_id)
  SELECT a.rowid, j.key + 1, j.value FROM application a, json_each(a.data, '$.harbourChoices') j;
`;
