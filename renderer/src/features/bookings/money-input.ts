/**
 * Euros as a handler types them ("12,50", "12.50 €", "1 200"), into whole cents. Null when the
 * text is no amount or has more than two decimals.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as the field shows them: "12,50" in Finnish and Swedish, "12.50" in English. */
export function eurosForInput(cents: number, lang: string): string {
  const text = (cents / 100).toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}
