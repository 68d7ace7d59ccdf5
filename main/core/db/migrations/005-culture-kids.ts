/**
 * Level 5. The Culture Kids workspace's read model (domain/culture-kids/entities.ts). Every row
 * keeps its cohort in `cohort_id`, so each query narrows to the cohorts the user holds a right on.
 * The registry search reads two contentless FTS5 indexes (children's names, guardians' names) that
 * fold diacritics, so 50,000 children answer a name search from the index, not from a scan.
 */
export const sql = /* sql */ `
CREATE TABLE ck_cohort (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  year INTEGER NOT NULL
);

CREATE TABLE ck_venue (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL
);
CREATE INDEX ck_venue_cohort ON ck_venue (cohort_id);

CREATE TABLE ck_event_group (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL
);
CREATE INDEX ck_event_group_cohort ON ck_event_group (cohort_id);

CREATE TABLE ck_event (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  event_group_id TEXT
);
CREATE INDEX ck_event_cohort ON ck_event (cohort_id);
CREATE INDEX ck_event_group_member ON ck_event (event_group_id);

CREATE TABLE ck_occurrence (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  starts_ms INTEGER NOT NULL
);
CREATE INDEX ck_occurrence_event ON ck_occurrence (event_id, starts_ms);
CREATE INDEX ck_occurrence_cohort ON ck_occurrence (cohort_id, starts_ms);

CREATE TABLE ck_ticket_code (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  child_id TEXT
);
CREATE INDEX ck_ticket_code_event ON ck_ticket_code (event_id, child_id);

CREATE TABLE ck_message (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE INDEX ck_message_cohort ON ck_message (cohort_id, created_ms, id);

-- last_sort, first_sort: Finnish sort keys (main/core/cache/search-text.ts).
CREATE TABLE ck_child (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  family_id TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  postal_code TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  last_sort TEXT NOT NULL,
  first_sort TEXT NOT NULL
);
CREATE INDEX ck_child_last ON ck_child (cohort_id, last_sort, first_sort, id);
CREATE INDEX ck_child_sort_last ON ck_child (last_sort, first_sort, id);
CREATE INDEX ck_child_sort_first ON ck_child (first_sort, last_sort, id);
CREATE INDEX ck_child_created ON ck_child (created_ms, id);
CREATE INDEX ck_child_postal ON ck_child (postal_code, cohort_id);
CREATE INDEX ck_child_family ON ck_child (family_id);

-- home_languages: the codes between spaces (' fin swe '), for a LIKE '% fin %' filter.
CREATE TABLE ck_guardian (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  guardian_id TEXT NOT NULL,
  home_languages TEXT NOT NULL
);
CREATE INDEX ck_guardian_person ON ck_guardian (guardian_id, cohort_id);
CREATE INDEX ck_guardian_cohort ON ck_guardian (cohort_id);

CREATE TABLE ck_guardianship (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  guardian_id TEXT NOT NULL
);
CREATE INDEX ck_guardianship_child ON ck_guardianship (child_id, guardian_id);
CREATE INDEX ck_guardianship_guardian ON ck_guardianship (guardian_id, child_id);

CREATE TABLE ck_enrolment (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  occurrence_id TEXT,
  status TEXT NOT NULL
);
CREATE INDEX ck_enrolment_child ON ck_enrolment (child_id, status);
CREATE INDEX ck_enrolment_occurrence ON ck_enrolment (occurrence_id, status);
CREATE INDEX ck_enrolment_event ON ck_enrolment (event_id);
CREATE INDEX ck_enrolment_cohort ON ck_enrolment (cohort_id, status, child_id);

CREATE TABLE ck_free_spot_subscription (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  occurrence_id TEXT NOT NULL
);
CREATE INDEX ck_free_spot_child ON ck_free_spot_subscription (child_id, occurrence_id);
CREATE INDEX ck_free_spot_occurrence ON ck_free_spot_subscription (occurrence_id);

CREATE TABLE ck_guardian_contact (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  guardian_id TEXT NOT NULL
);
CREATE INDEX ck_guardian_contact_guardian ON ck_guardian_contact (guardian_id, cohort_id);

CREATE TABLE ck_child_notes (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL,
  child_id TEXT NOT NULL
);
CREATE INDEX ck_child_notes_child ON ck_child_notes (child_id);

CREATE TABLE ck_ticket_key (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  cohort_id TEXT NOT NULL
);
CREATE INDEX ck_ticket_key_cohort ON ck_ticket_key (cohort_id);

-- The registry's name search: rowid = ck_child.rowid (names) and ck_guardian.rowid (names).
CREATE VIRTUAL TABLE ck_child_fts USING fts5 (
  names,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE ck_guardian_fts USING fts5 (
  names,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
`;
