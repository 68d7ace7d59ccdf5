/**
 * What a kiosk reset must clear before the next customer (brief assistance-kiosk 2.5 item 3 and
 * the kiosk feature list). The Electron shell and the browser host each carry out every item in
 * their own way and report the ids they did; the kiosk returns to the attract screen only when
 * the report is complete, and restarts through the watchdog otherwise.
 */
export const WIPE_ITEMS = [
  { id: 'cookies', clears: 'Cookies of the customer session, log-ins to web services included.' },
  { id: 'local_storage', clears: 'localStorage and sessionStorage.' },
  { id: 'indexed_db', clears: 'IndexedDB databases.' },
  { id: 'service_workers', clears: 'Registered service workers and their Cache Storage.' },
  { id: 'http_cache', clears: 'The HTTP cache.' },
  { id: 'form_state', clears: 'Typed form fields, drafts and autofill history: the renderer starts from a fresh page.' },
  { id: 'clipboard', clears: 'The system clipboard, which outlives any browser session.' },
  { id: 'accessibility_settings', clears: 'Text size, contrast, plain-language mode and the on-screen keyboard back to their defaults.' },
  { id: 'language', clears: 'The UI language back to the attract screen choice.' },
  { id: 'zoom', clears: 'Page zoom back to 100 %.' },
  { id: 'auth_tokens', clears: 'Any token the customer session was given, revoked and forgotten.' },
] as const;

export type WipeItemId = (typeof WIPE_ITEMS)[number]['id'];
export const WIPE_ITEM_IDS: readonly WipeItemId[] = WIPE_ITEMS.map((item) => item.id);

/** The items a wipe report is missing, in checklist order; empty when the wipe is complete. */
export function missingWipeItems(done: Iterable<string>): WipeItemId[] {
  const doneSet = new Set(done);
  return WIPE_ITEM_IDS.filter((id) => !doneSet.has(id));
}
