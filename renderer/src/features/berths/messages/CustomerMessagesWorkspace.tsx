import { useTranslation } from 'react-i18next';
import { ComposeCustomerMessage } from './ComposeCustomerMessage.tsx';
import { SentCustomerMessages } from './SentCustomerMessages.tsx';
import './messages.css';

/** Messages to groups of berth customers (issue 10, item 11): compose and send, and the ones sent. */
export function CustomerMessagesWorkspace() {
  const { t } = useTranslation();
  return (
    <div className="workspace" data-testid="berth-messages">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('berthMessages.title')}</h1>
      </div>
      <p className="berth-messages__intro">{t('berthMessages.intro')}</p>
      <div className="berth-messages">
        <ComposeCustomerMessage />
        <SentCustomerMessages />
      </div>
    </div>
  );
}
