import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { CkFrame } from './CkFrame.tsx';
import { ComposeMessage } from './ComposeMessage.tsx';
import { MessageHistory } from './MessageHistory.tsx';

/** Messages to the cohort's families (issue 8, build 7): compose, count, send once; the history with delivery. */
export function MessagesWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <CkFrame user={user} title={t('cultureKids.messages.title')} testId="ck-messages">
      {(ctx) => (
        <div className="ck-two-cols">
          <ComposeMessage key={ctx.cohort.id} ctx={ctx} />
          <MessageHistory cohortId={ctx.cohort.id} />
        </div>
      )}
    </CkFrame>
  );
}
