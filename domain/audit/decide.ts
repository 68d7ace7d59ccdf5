/**
 * The audit command changes no synced record: accepted as it is (the payload schema already
 * refused bad input), so the desk applies nothing and the central appends its rows beside the
 * decision (central/audit/command-handler.ts).
 */
export function decideRecordReads(): { ok: true; puts: [] } {
  return { ok: true, puts: [] };
}
