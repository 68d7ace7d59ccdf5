import { Notification, NotificationSize } from 'hds-react';
import type { AppError } from '../../../domain/result.ts';
import { useErrorText } from './StateViews.tsx';

/**
 * What a bulk run (offers, renewals) did: how many went, which were refused and why, and that the
 * central has the last word. The texts come translated; `data` carries a test's attributes.
 */
export function RunResult({
  title,
  doneText,
  refusedText,
  refused,
  laterText,
  data,
}: {
  title: string;
  doneText: string;
  refusedText: string;
  refused: readonly { key: string; label: string; error: AppError }[];
  laterText: string;
  data: Record<`data-${string}`, string | number>;
}) {
  const errorText = useErrorText();
  return (
    <Notification type={refused.length > 0 ? 'alert' : 'success'} size={NotificationSize.Small} label={title} {...data}>
      <p>{doneText}</p>
      {refused.length > 0 ? (
        <>
          <p>{refusedText}</p>
          <ul className="alloc-refusals">
            {refused.map((r) => (
              <li key={r.key}>
                {r.label}: {errorText(r.error)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{laterText}</p>
    </Notification>
  );
}
