import type { TFunction } from 'i18next';
import type { SlotAnswerView } from '../../../../domain/bookings/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { localized } from '../../format/format.ts';
import { timeRange } from './booking-time.ts';
import type { Blocker as PlainBlocker } from '../../../../domain/bookings/conflicts.ts';
/** The slot check names the booking and its unit; a series preview gives the bare blocker. */
export type BlockerView = PlainBlocker & Partial<Pick<SlotAnswerView['blockers'][number], 'label' | 'reservationUnitName'>>;

/**
 * Why a slot is taken, in words (pain point 3): which booking, on which unit and how it is
 * related, and whether its time or a buffer (whose, which side, how long) is in the way.
 */
export function blockerText(b: BlockerView, t: TFunction, lang: Language): string {
  const params = {
    booking: b.label ? t('bookings.why.quoted', { label: b.label }) : t('bookings.why.bookingId', { id: b.reservationId }),
    time: timeRange(b.beginsAt, b.endsAt, lang),
    unit: b.reservationUnitName ? localized(b.reservationUnitName, lang) : t('bookings.why.relatedUnit'),
    relation: t(`bookings.relations.${b.relation}`),
  };
  const cause = b.cause;
  if (cause.kind === 'time') return t('bookings.why.time', params);
  if (cause.wholeDay) return t('bookings.why.wholeDay', params);
  const side = t(`bookings.why.side_${cause.side}`);
  return cause.whose === 'existing'
    ? t('bookings.why.theirBuffer', { ...params, minutes: cause.minutes, side })
    : t('bookings.why.ourBuffer', { ...params, minutes: cause.minutes, side });
}
