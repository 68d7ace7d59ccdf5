import { useTranslation } from 'react-i18next';
import type { QueueTicket } from '../../../../domain/assist/entities.ts';
import { asLanguage } from '../../format/locale.ts';
import { timeOf } from './assist-time.ts';

/** What the desk knows of a ticket: where it came from, when, the topic hint and the language. */
export function TicketFacts({ ticket }: { ticket: QueueTicket }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const at = (iso: string) => timeOf(iso, lang);
  return (
    <dl className="as-facts">
      <div>
        <dt>{t('assist.ticket.queuedAt')}</dt>
        <dd>
          {at(ticket.queuedAt)} · {t(`assist.sources.${ticket.source}`)}
        </dd>
      </div>
      <div>
        <dt>{t('assist.ticket.topicHint')}</dt>
        <dd>{ticket.topicHint ? t(`assist.topics.${ticket.topicHint}`) : t('assist.ticket.notGiven')}</dd>
      </div>
      <div>
        <dt>{t('assist.ticket.language')}</dt>
        <dd>{ticket.language ? t(`assist.languages.${ticket.language}`) : t('assist.ticket.notGiven')}</dd>
      </div>
    </dl>
  );
}
