import type { KioskSchedule } from '../../../../../domain/kiosk/schedule.ts';
import { shownTime, WEEKDAYS } from './schedule-form.ts';

/** "ma–pe 09.00–20.00, la 10.00–16.00": consecutive days with the same hours run together, times as the language writes them. */
export function scheduleSummary(schedule: KioskSchedule, t: (key: string) => string, lang: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const span = schedule.weekly[WEEKDAYS[i]!];
    let j = i;
    while (j + 1 < WEEKDAYS.length && sameSpan(schedule.weekly[WEEKDAYS[j + 1]!], span)) j++;
    if (span) {
      const days = i === j ? t(`kiosk.weekdays.${WEEKDAYS[i]}`) : `${t(`kiosk.weekdays.${WEEKDAYS[i]}`)}–${t(`kiosk.weekdays.${WEEKDAYS[j]}`)}`;
      parts.push(`${days} ${shownTime(span.opens, lang)}–${shownTime(span.closes, lang)}`);
    }
    i = j + 1;
  }
  return parts.length > 0 ? parts.join(', ') : t('kiosk.fleet.neverOpen');
}

function sameSpan(a: { opens: string; closes: string } | undefined, b: { opens: string; closes: string } | undefined): boolean {
  return a?.opens === b?.opens && a?.closes === b?.closes;
}
