import { Button, ButtonVariant, LoadingSpinner } from 'hds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';
import { TechnicalDetails } from './TechnicalDetails.tsx';

export function LoadingState({ text, small }: { text: string; small?: boolean }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <LoadingSpinner small={small} loadingText={text} loadingFinishedText="" />
      <span className="state__text">{text}</span>
    </div>
  );
}

/**
 * A list the first download has not brought yet. No spinner: the download's banner above shows the
 * progress (rows, a bar and the time left), and a spinner turning for the whole download took the
 * window's renderer and compositor a fifth of a core from the download on a two-core desk.
 */
export function DownloadingState({ text }: { text: string }) {
  return (
    <div className="state state--loading" role="status" data-testid="downloading-state">
      <StateIcon icon="download" />
      <span className="state__text">{text}</span>
    </div>
  );
}

const EMPTY_ICONS = {
  // Still coming from the central: an arrow into a tray.
  download: (
    <>
      <path d="M24 6v24M14 21l10 10 10-10" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M8 32v8h32v-8" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  // Nothing matched a search: a magnifier.
  search: (
    <>
      <circle cx="21" cy="21" r="13" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M31 31l10 10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  // Nothing left to do: a tick.
  done: (
    <>
      <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M15 25l6 6 12-13" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  // Nothing here (yet).
  none: (
    <>
      <rect x="8" y="10" width="32" height="28" rx="2" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M8 20h32" stroke="currentColor" strokeWidth="3" />
    </>
  ),
};

function StateIcon({ icon }: { icon: keyof typeof EMPTY_ICONS }) {
  return (
    <div className="state__icon" aria-hidden="true">
      <svg viewBox="0 0 48 48" width="48" height="48">
        {EMPTY_ICONS[icon]}
      </svg>
    </div>
  );
}

export function EmptyState({
  title,
  text,
  children,
  testId,
  icon = 'none',
}: {
  title: string;
  text?: string;
  children?: ReactNode;
  testId?: string;
  icon?: keyof typeof EMPTY_ICONS;
}) {
  return (
    <div className="state state--empty" data-testid={testId}>
      <StateIcon icon={icon} />
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
      <p className="state__text" data-testid="error-text" data-code={error?.code ?? 'internal'}>
        {t(`errors.${error?.code ?? 'internal'}`, { defaultValue: t('errors.internal') })}
      </p>
      <TechnicalDetails message={error?.message} />
      {onRetry ? (
        <Button variant={ButtonVariant.Secondary} onClick={onRetry}>
          {t('states.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** The translated text of an error, from its code alone (the server's own words go to technical details). */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: AppError | null | undefined) => (error ? t(`errors.${error.code}`, { defaultValue: t('errors.internal') }) : '');
}
