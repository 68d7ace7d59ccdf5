import { OK, type Outcome, type SyncRun } from '../sync/sync-run.ts';

/**
 * The central's refusals of an upload that sending the same bytes again would only repeat: a bad
 * request or a sniff mismatch (400), a role without the purpose's write permission (403), the id
 * holding other bytes (409), too large (413), a type it does not take (415).
 */
const REFUSED_FOR_GOOD = new Set([400, 403, 409, 413, 415]);

/**
 * The push's first step: every document still waiting goes up, oldest first, before any command
 * that may name it. One at a time, so only one scan's bytes are in memory and the sync's stop
 * (`run.signal`) cuts off at most one transfer.
 *
 * - Stored (200): marked uploaded.
 * - Refused for good (above): marked refused and not sent again; the command that names it is
 *   then refused by the central and lands in the conflict inbox, which is where the user sees it.
 * - The central cannot be reached, fails (5xx, 429, a garbled answer) or no longer takes the
 *   token: the step ends with that failure, so no command is pushed in this run, and the engine's
 *   backoff (or new sign-in) tries again. A command must never arrive before its scan.
 * - Any other answer (a 404 from a central without the route): left waiting for the next sync,
 *   and the others go on.
 */
export async function uploadDocuments(run: SyncRun): Promise<Outcome> {
  const tried = new Set<string>();
  for (;;) {
    if (run.stopped()) return OK;
    // The oldest not yet tried in this run (one left waiting is tried again at the next sync).
    const next = run.cache.pendingDocuments(tried.size + 1).find((d) => !tried.has(d.ref.id));
    if (!next) return OK;
    tried.add(next.ref.id);
    const doc = run.cache.readDocument(next.ref.id);
    if (!doc) continue;
    run.setPhase('pushing');
    const r = await run.client.uploadDocument(run.token, { ref: doc.ref, purpose: doc.purpose, bytes: doc.bytes }, run.signal);
    if (r.ok) {
      run.cache.markDocumentUploaded(doc.ref.id);
      run.reached();
      continue;
    }
    const { failure } = r;
    if (failure.kind === 'transient' || failure.kind === 'auth') return r;
    run.reached();
    if (failure.status !== null && REFUSED_FOR_GOOD.has(failure.status)) run.cache.markDocumentRefused(doc.ref.id);
  }
}
