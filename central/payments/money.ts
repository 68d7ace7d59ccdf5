/** How each customer language writes numbers and dates. */
export const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** Euro amounts the way each language writes them: 290,00 € in Finnish and Swedish, €290.00 in English. */
export function formatEuro(cents: number, lang: 'fi' | 'sv' | 'en'): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
