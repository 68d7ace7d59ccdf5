import { Notification, NotificationSize } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../../domain/assist/vocabulary.ts';
import { remindersFor } from './ethics.ts';

/** The DVV reminders the topics call for (ethics.ts); nothing at all when none does. */
export function EthicsReminders({ topics }: { topics: readonly Topic[] }) {
  const { t } = useTranslation();
  const reminders = remindersFor(topics);
  if (reminders.length === 0) return null;
  return (
    <Notification size={NotificationSize.Small} type="info" label={t('assist.ethics.title')} className="as-ethics" data-testid="as-ethics">
      <ul className="as-ethics__list">
        {reminders.map((r) => (
          <li key={r} data-testid={`as-ethics-${r}`}>
            {t(`assist.ethics.${r}`)}
          </li>
        ))}
      </ul>
    </Notification>
  );
}
