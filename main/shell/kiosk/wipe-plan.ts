import type { ClearStorageDataOptions } from 'electron';
import type { WipeItemId } from '../../../domain/kiosk/wipe.ts';

type Storage = NonNullable<ClearStorageDataOptions['storages']>[number];

/**
 * How the Electron shell carries out each item of the wipe checklist. A record over every item,
 * so an item added to the checklist does not compile until the shell knows how to clear it.
 * - storage: `session.clearStorageData({ storages })` on the customer's partition;
 * - http_cache: `session.clearCache()`;
 * - clipboard: `clipboard.clear()` (the OS clipboard outlives any partition);
 * - renderer: the renderer resets it when the window loads the attract screen in a new partition;
 * - central: the central forgets the token (`revoke`), the shell drops its copy.
 */
export type ElectronWipeStep = { kind: 'storage'; storages: readonly Storage[] } | { kind: 'http_cache' } | { kind: 'clipboard' } | { kind: 'renderer' } | { kind: 'revoke' };

export const ELECTRON_WIPE_PLAN: Readonly<Record<WipeItemId, ElectronWipeStep>> = {
  cookies: { kind: 'storage', storages: ['cookies'] },
  local_storage: { kind: 'storage', storages: ['localstorage'] },
  indexed_db: { kind: 'storage', storages: ['indexdb', 'filesystem'] },
  service_workers: { kind: 'storage', storages: ['serviceworkers', 'cachestorage'] },
  http_cache: { kind: 'http_cache' },
  form_state: { kind: 'renderer' },
  clipboard: { kind: 'clipboard' },
  accessibility_settings: { kind: 'renderer' },
  language: { kind: 'renderer' },
  zoom: { kind: 'renderer' },
  auth_tokens: { kind: 'revoke' },
};

/** The storages of one `clearStorageData` call that covers every storage item. */
export function storagesToClear(): Storage[] {
  return [...new Set(Object.values(ELECTRON_WIPE_PLAN).flatMap((step) => (step.kind === 'storage' ? step.storages : [])))];
}
