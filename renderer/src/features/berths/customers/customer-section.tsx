import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../../../format/locale.ts';

/** The pieces every section of the customer's 360° view is built from. */
export function useLang() {
  const { t, i18n } = useTranslation();
  return { t, lang: asLanguage(i18n.language) };
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="customer-section" aria-labelledby={`customer-${id}-title`} data-testid={`customer-${id}`}>
      <h3 id={`customer-${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

export function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
