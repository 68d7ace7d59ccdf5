import { useTranslation } from 'react-i18next';

/**
 * What the core or the central said in their own words (English, for support staff): kept, but
 * folded away. What the user reads comes from the error's code, in their language.
 */
export function TechnicalDetails({ message, summary, testId }: { message: string | null | undefined; summary?: string; testId?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <details className="tech-details" data-testid={testId}>
      <summary>{summary ?? t('states.technicalDetails')}</summary>
      <p lang="en">{message}</p>
    </details>
  );
}
