import { Notification } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { commandNameKey } from '../../../i18n/i18n.ts';
import type { TrackedCommand } from '../../../store/commands-slice.ts';
import { useAppSelector } from '../../../store/store.ts';
import { WINTER_COMMANDS } from './winter-api.ts';

/** The newest winter command this window issued for the application (issue order is insertion order). */
function latestWinterCommand(byId: Record<string, TrackedCommand>, applicationId: string): TrackedCommand | null {
  let found: TrackedCommand | null = null;
  for (const c of Object.values(byId)) if (c.applicationId === applicationId && (WINTER_COMMANDS as readonly string[]).includes(c.type)) found = c;
  return found;
}

/**
 * When the central refused this window's last change to the case (another handler took the place
 * first, say), the panel says so in the user's language; the conflict inbox keeps it too.
 */
export function WinterRefusal({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const last = useAppSelector((s) => latestWinterCommand(s.commands.byId, applicationId));
  if (!last || (last.state !== 'rejected' && last.state !== 'conflict')) return null;
  return (
    <Notification type="error" label={t('winter.refused.title')} className="winter-refusal" data-testid="winter-refused" data-code={last.code ?? 'internal'}>
      {t('winter.refused.text', { command: t(commandNameKey(last.type)), reason: t(`errors.${last.code ?? 'internal'}`, { defaultValue: t('errors.internal') }) })}
    </Notification>
  );
}
