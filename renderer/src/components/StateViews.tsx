import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';

export function LoadingState({ text, small }: { text: string; small?: boolean }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <LoadingSpinner small={small} loadingText={text} loadingFinishedText="" />
      <span className="state__text">{text}</span>
    </div>
  );
}

export function EmptyState({ title, text, children, testId }: { title: string; text?: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="state state--empty" data-testid={testId}>
      <div className="state__icon" aria-hidden="true">
        <svg viewBox="0 0 48 48" width="48" height="48">
          <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M16 24h16" stroke="currentColor" strokeWidth="3" />
        </svg>
      </div>
      <h2 className="state__title">{title}</h2>
      {text ? <p className="state__text">{text}</p> : null}
      {children}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: AppError | null; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{t('states.errorTitle')}</h2>
      <p className="state__text">{t(`errors.${error?.code ?? 'internal'}`)}</p>
      {error?.message ? <p className="state__detail">{error.message}</p> : null}
      {onRetry ? (
        <Button variant={ButtonVariant.Secondary} onClick={onRetry}>
          {t('states.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** The translated text of an error, with the server's own words when they add something. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: AppError | null | undefined) => (error ? t(`errors.${error.code}`, { defaultValue: t('errors.internal') }) : '');
}
