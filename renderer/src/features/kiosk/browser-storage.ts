import type { WipeItemId } from '../../../../domain/kiosk/wipe.ts';

/**
 * What the page itself can clear of a customer's traces, and check afterwards: an item counts only
 * when the check finds it empty. The host's Clear-Site-Data covers the rest (HttpOnly cookies, the
 * HTTP cache) before this runs; clearing twice costs nothing.
 */
export async function clearBrowserStorage(): Promise<WipeItemId[]> {
  const done: WipeItemId[] = [];
  localStorage.clear();
  sessionStorage.clear();
  if (localStorage.length === 0 && sessionStorage.length === 0) done.push('local_storage');

  const dbs = await indexedDB.databases();
  await Promise.all(dbs.map((db) => (db.name ? deleteDatabase(db.name) : Promise.resolve())));
  if ((await indexedDB.databases()).length === 0) done.push('indexed_db');

  const registrations = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
  await Promise.all(registrations.map((r) => r.unregister()));
  if ('caches' in window) await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  const workersLeft = navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0;
  if (workersLeft === 0 && (!('caches' in window) || (await caches.keys()).length === 0)) done.push('service_workers');

  expireCookies();
  if (document.cookie === '') done.push('cookies');
  return done;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} could not be deleted`));
    // Another tab holding it open: the delete waits, and the check afterwards tells.
    request.onblocked = () => resolve();
  });
}

/** Every cookie the page can see, expired on every path above the current one. */
function expireCookies(): void {
  const paths = ['/', ...location.pathname.split('/').filter(Boolean).map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)];
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name) continue;
    for (const path of paths) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}`;
  }
}

/**
 * The clipboard outlives the page. Written over with nothing; where the browser refuses the write
 * (no permission), a copy event with empty data does it.
 */
export async function clearClipboard(): Promise<WipeItemId[]> {
  try {
    await navigator.clipboard.writeText('');
    return ['clipboard'];
  } catch {
    let cleared = false;
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', '');
      e.preventDefault();
      cleared = e.clipboardData !== null;
    };
    document.addEventListener('copy', onCopy, { once: true });
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', onCopy);
    }
    return cleared ? ['clipboard'] : [];
  }
}
