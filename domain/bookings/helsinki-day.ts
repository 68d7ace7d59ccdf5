/**
 * The Helsinki calendar day of an instant. Prices change and payment windows count by the city's
 * days, whatever the time zone of the machine deciding.
 */
const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

export function helsinkiDate(instant: string | number): string {
  return HELSINKI_DAY.format(typeof instant === 'number' ? instant : Date.parse(instant));
}
