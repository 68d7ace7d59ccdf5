import type { CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import { commandNameKey } from '../i18n/i18n.ts';
import { commandSettled } from '../store/commands-slice.ts';
import type { AppStore } from '../store/store.ts';
import { announce, entitiesChanged } from '../store/ui-slice.ts';
import { kuvaApi } from './kuva-api.ts';

type Tag = Parameters<typeof kuvaApi.util.invalidateTags>[0][number];

/** Which cached queries a changed entity makes stale. */
export function tagsForEntities(entities: readonly EntityName[]): Tag[] {
  const tags = new Set<Tag>();
  for (const e of entities) {
    if (e === 'application' || e === 'lease' || e === 'application_event' || e === 'customer' || e === 'boat') tags.add('Application');
    if (e === 'lease' || e === 'berth' || e === 'pier' || e === 'berth_product' || e === 'application') tags.add('Suggestions');
    if (e === 'harbour' || e === 'berth') tags.add('Harbours');
    if (e === 'harbour' || e === 'pier' || e === 'berth' || e === 'lease') tags.add('HarbourOverview');
  }
  return [...tags];
}

/** Feeds the backend's events into the store; returns the unsubscribe. */
export function startEventPump(api: KuvaApi, store: AppStore): () => void {
  let openConflicts: number | null = null;
  return api.onEvent((event: CoreEvent) => {
    switch (event.type) {
      case 'sync.status': {
        store.dispatch(kuvaApi.util.upsertQueryData('syncStatus', undefined, event.status));
        if (openConflicts !== null && openConflicts !== event.status.openConflicts) {
          store.dispatch(kuvaApi.util.invalidateTags(['Conflicts']));
        }
        openConflicts = event.status.openConflicts;
        return;
      }
      case 'changed': {
        store.dispatch(entitiesChanged(event.entities));
        const tags = tagsForEntities(event.entities);
        if (tags.length > 0) store.dispatch(kuvaApi.util.invalidateTags(tags));
        return;
      }
      case 'command.settled': {
        store.dispatch(commandSettled(event));
        store.dispatch(kuvaApi.util.invalidateTags(['Application', 'Suggestions', 'Sync', ...(event.status === 'applied' ? [] : (['Conflicts'] as const))]));
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
