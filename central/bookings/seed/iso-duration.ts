/** Seconds in an ISO 8601 duration of days and time (PnDTnHnMnS), as the Varaamo data writes them. */
export function isoDurationSeconds(text: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) throw new Error(`"${text}" is not an ISO 8601 duration of days, hours, minutes and seconds.`);
  const [, d, h, min, s] = m.map((part) => Number(part ?? 0));
  return d! * 86_400 + h! * 3600 + min! * 60 + s!;
}
