/** Refusals of the audit command. */
export const AUDIT_ERROR_CODES = [
  /** An entry id the audit holds already, recorded by another person: never overwritten, never merged. */
  'audit_entry_id_taken',
] as const;
