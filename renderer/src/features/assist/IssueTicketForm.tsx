import { Button, ButtonVariant, Notification } from 'hds-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_LANGUAGES, TOPICS, type ServiceLanguage, type Topic } from '../../../../domain/assist/vocabulary.ts';
import type { AppError } from '../../../../domain/result.ts';
import { commandError } from '../../api/command-error.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useErrorText } from '../../components/StateViews.tsx';
import type { AsContext } from './as-context.ts';
import { useAsIssueTicketMutation, useAsQueueQuery } from './assist-api.ts';
import { useKey } from './use-key.ts';

/**
 * A ticket issued at the desk for a customer without a kiosk (I jumps here): a topic hint and a
 * language, both optional. The number to tell the customer shows once the queue has the ticket.
 */
export function IssueTicketForm({ ctx }: { ctx: AsContext }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [issue, issuing] = useAsIssueTicketMutation();
  const [topic, setTopic] = useState<Topic | ''>('');
  const [language, setLanguage] = useState<ServiceLanguage | ''>('');
  const [issuedFrom, setIssuedFrom] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const first = useRef<HTMLDivElement | null>(null);
  useKey('i', () => first.current?.querySelector('select')?.focus());
  const queue = useAsQueueQuery({ servicePointId: ctx.servicePoint.id });
  const issued = issuedFrom ? newestDeskTicket(queue.data, issuedFrom) : null;

  const submit = async () => {
    const at = new Date(Date.now() - 1000).toISOString();
    const err = commandError(await issue({ servicePointId: ctx.servicePoint.id, source: 'desk', topicHint: topic === '' ? null : topic, language: language === '' ? null : language }));
    setError(err);
    if (!err) {
      setIssuedFrom(at);
      setTopic('');
      setLanguage('');
    }
  };
  return (
    <section className="as-card" aria-labelledby="as-issue-h" data-testid="as-issue">
      <h2 id="as-issue-h" className="as-card__title">
        {t('assist.issue.title')}
      </h2>
      <div ref={first}>
        <SelectField id="as-issue-topic" label={t('assist.issue.topic')} value={topic} onChange={(v) => setTopic(v as Topic | '')} options={[{ value: '', label: t('assist.ticket.notGiven') }, ...TOPICS.map((x) => ({ value: x, label: t(`assist.topics.${x}`) }))]} />
      </div>
      <SelectField id="as-issue-language" label={t('assist.issue.language')} value={language} onChange={(v) => setLanguage(v as ServiceLanguage | '')} options={[{ value: '', label: t('assist.ticket.notGiven') }, ...SERVICE_LANGUAGES.map((x) => ({ value: x, label: t(`assist.languages.${x}`) }))]} />
      <Button variant={ButtonVariant.Primary} onClick={() => void submit()} disabled={issuing.isLoading} data-testid="as-issue-submit" aria-keyshortcuts="I">
        {t('assist.issue.submit')}
      </Button>
      <p role="status" aria-live="polite" className="as-issued" data-testid="as-issued" data-label={issued?.label ?? ''}>
        {issued ? (issued.pending ? t('assist.issue.issuedPending', { label: issued.label }) : t('assist.issue.issued', { label: issued.label })) : ''}
      </p>
      {error ? (
        <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="as-issue-error" data-code={error.code}>
          {errorText(error)}
        </Notification>
      ) : null}
    </section>
  );
}

/** The newest ticket taken at the desk since `from`, wherever it has got to in the queue. */
function newestDeskTicket(queue: ReturnType<typeof useAsQueueQuery>['data'], from: string): { label: string; pending: boolean } | null {
  if (!queue) return null;
  const rows = [...queue.waiting, ...queue.called, ...queue.inService].filter((r) => r.ticket.source === 'desk' && r.ticket.issuedAt >= from);
  const newest = rows.sort((a, b) => (a.ticket.issuedAt < b.ticket.issuedAt ? 1 : -1))[0];
  return newest ? { label: newest.ticket.label, pending: newest.pending } : null;
}
