import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The berth renewal's own texts, and where the renewal components look when a screen names none. */
export const RENEWAL_TEXTS = 'renewal';

/** The keys to look a renewal text up by: the screen's own first (e.g. `winter.renewal`), then the berth renewal's. */
export function renewalTextKeys(textsAt: string, key: string): string[] {
  return textsAt === RENEWAL_TEXTS ? [`${RENEWAL_TEXTS}.${key}`] : [`${textsAt}.${key}`, `${RENEWAL_TEXTS}.${key}`];
}

/**
 * A renewal component's texts in its screen's words: the berth renewal's preview, counts and
 * failures also serve the winter renewal, which words (under `textsAt`) what is berth-specific
 * there ("Kauden 2027 kausilaskut", a berth's width without a price) and keeps the rest.
 */
export function useRenewalText(textsAt: string = RENEWAL_TEXTS) {
  const { t } = useTranslation();
  return useCallback((key: string, params?: Record<string, unknown>) => t(renewalTextKeys(textsAt, key), params ?? {}), [t, textsAt]);
}
