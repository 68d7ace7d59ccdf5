import type { CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import { ENTITY_NAMES, type EntityName } from '../../../domain/workspaces.ts';
import { commandNameKey } from '../i18n/i18n.ts';
import { commandSettled } from '../store/commands-slice.ts';
import type { AppStore } from '../store/store.ts';
import { announce, entitiesChanged } from '../store/ui-slice.ts';
import { hostLinkChanged, screenLockChanged, sessionChanged } from '../store/window-slice.ts';
import { kuvaApi, TAGS } from './kuva-api.ts';
import { statusIsFor } from './status-order.ts';
import { knownPending } from './window-call.ts';

type Tag = Parameters<typeof kuvaApi.util.invalidateTags>[0][number];

/** Which cached queries a changed entity makes stale. */
export function tagsForEntities(entities: readonly EntityName[]): Tag[] {
  const tags = new Set<Tag>();
  for (const e of entities) {
    if (e === 'application' || e === 'lease' || e === 'application_event' || e === 'customer' || e === 'boat') tags.add('Application');
    if (e === 'lease' || e === 'berth' || e === 'pier' || e === 'berth_product' || e === 'application') tags.add('Suggestions');
    if (e === 'harbour' || e === 'berth') tags.add('Harbours');
    if (e === 'harbour' || e === 'pier' || e === 'berth' || e === 'lease') tags.add('HarbourOverview');
    if (e === 'reservation' || e === 'reservation_event' || e === 'reservation_series' || e === 'booking_opening_hours') tags.add('Bookings');
    if (e.startsWith('booking_') || e === 'reservation_unit' || e === 'deny_reason') tags.add('BookingUnits');
    if (e === 'berth_message' || e === 'lease' || e === 'customer') tags.add('CustomerMessages');
    if (e.startsWith('winter_') || e === 'customer') tags.add('WinterStorage');
    if (e === 'berth_payment_issue' || e === 'customer') tags.add('PaymentIssues');
    if (e.startsWith('ck_')) tags.add('CultureKids');
    if (e.startsWith('as_')) tags.add('Assist');
  }
  return [...tags];
}

/** An event about one user reaches only a window that shows that user and may act. */
function isForThisWindow(store: AppStore, userId: string | null | undefined): boolean {
  const w = store.getState().window;
  return !w.locked && w.shown != null && (userId === undefined || userId === w.shown.id);
}

/** Every query on screen asks again, and the grid reloads its blocks. */
function refreshEverything(store: AppStore): void {
  store.dispatch(entitiesChanged([...ENTITY_NAMES]));
  store.dispatch(kuvaApi.util.invalidateTags([...TAGS]));
}

/** Feeds the backend's events into the store; returns the unsubscribe. */
export function startEventPump(api: KuvaApi, store: AppStore): () => void {
  let openConflicts: number | null = null;
  return api.onEvent((event: CoreEvent) => {
    switch (event.type) {
      case 'session.changed': {
        const shown = store.getState().window.shown;
        if (shown) store.dispatch(sessionChanged({ user: event.user, pending: knownPending(store.getState()) }));
        // A window on the sign-in page asks who is signed in now; one whose user came back asks
        // again for everything it shows (it heard nothing while it was locked).
        if (!shown) store.dispatch(kuvaApi.util.invalidateTags(['Session']));
        else if (event.user?.id === shown.id) refreshEverything(store);
        return;
      }
      case 'session.screenLock': {
        const w = store.getState().window;
        if (w.locked || !w.shown || event.userId !== w.shown.id) return;
        store.dispatch(screenLockChanged({ locked: event.locked, userId: event.userId }));
        // Open again: whatever was asked while it was locked was refused; ask again for all of it.
        if (!event.locked) refreshEverything(store);
        return;
      }
      case 'host.connection': {
        if (event.state === 'lost') {
          store.dispatch(hostLinkChanged(event.reason === 'key_rejected' ? 'key_rejected' : 'lost'));
          return;
        }
        store.dispatch(hostLinkChanged('up'));
        // Events may have gone by while the stream was down: ask again for everything shown.
        if (event.resumed) refreshEverything(store);
        return;
      }
      case 'sync.status': {
        if (!statusIsFor(event.status, store.getState().window.shown?.id) || store.getState().window.locked) return;
        store.dispatch(kuvaApi.util.upsertQueryData('syncStatus', undefined, event.status));
        if (openConflicts !== null && openConflicts !== event.status.openConflicts) {
          store.dispatch(kuvaApi.util.invalidateTags(['Conflicts']));
        }
        openConflicts = event.status.openConflicts;
        return;
      }
      case 'changed': {
        if (!isForThisWindow(store, event.userId)) return;
        store.dispatch(entitiesChanged(event.entities));
        const tags = tagsForEntities(event.entities);
        if (tags.length > 0) store.dispatch(kuvaApi.util.invalidateTags(tags));
        return;
      }
      case 'command.settled': {
        if (!isForThisWindow(store, event.userId)) return;
        store.dispatch(commandSettled(event));
        store.dispatch(kuvaApi.util.invalidateTags(['Application', 'Suggestions', 'Sync', 'Bookings', 'CaughtMessages', ...(event.status === 'applied' ? [] : (['Conflicts'] as const))]));
        store.dispatch(
          announce(
            event.status === 'applied'
              ? { key: 'commands.applied', params: { command: commandNameKey(event.commandType) } }
              : { key: 'commands.refused', params: { command: commandNameKey(event.commandType), reason: `errors.${event.code ?? 'internal'}` } },
          ),
        );
        return;
      }
    }
  });
}
