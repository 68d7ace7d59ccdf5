/** The set with the date added, or taken out when it was there: a skip box's click. */
export function toggled(set: ReadonlySet<string>, date: string): Set<string> {
  const next = new Set(set);
  if (next.has(date)) next.delete(date);
  else next.add(date);
  return next;
}
