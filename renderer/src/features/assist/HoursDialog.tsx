import { TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOURS_WEEKS_MAX, SLOT_LENGTHS_MIN } from '../../../../domain/assist/vocabulary.ts';
import { parseTimeOfDay } from '../../../../domain/wall-clock.ts';
import { commandError } from '../../api/command-error.ts';
import { clockFor } from '../../calendar/time-grid.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { dayForInput } from '../../format/dates.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsOpenHoursMutation } from './assist-api.ts';
import { weekdayLabel } from './assist-time.ts';
import { planHours, type HoursDraft } from './hours-form.ts';
import { useNow } from './use-now.ts';

/**
 * A helper opens their own bookable hours at the service point: a day, or the same weekday for up
 * to twelve weeks, cut into times of one length. What is wrong is said at its field as the helper
 * types; an overlap with their hours elsewhere, which the desk may not see, comes back from the
 * central into the dialog or, offline, into the conflict inbox.
 */
export function HoursDialog({ ctx, firstDay, onClose }: { ctx: AsContext; firstDay: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [openHours] = useAsOpenHoursMutation();
  const nowMs = useNow(60_000);
  const [draft, setDraft] = useState<HoursDraft>({ dateText: dayForInput(firstDay, lang), startText: clockFor(10 * 60, lang), endText: clockFor(12 * 60, lang), slotLengthMin: 30, weeks: 1 });
  const set = (patch: Partial<HoursDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const plan = planHours(draft, lang, nowMs);
  const problem = plan.ok ? null : plan.problem;
  const problemText = problem ? t(`assist.hours.problems.${problem.key}`, { min: draft.slotLengthMin }) : null;
  const fieldError = (field: 'date' | 'start' | 'end') => (problem?.field === field ? problemText! : undefined);
  const summary = plan.ok
    ? t('assist.hours.summary', {
        count: plan.value.dates.length,
        first: weekdayLabel(plan.value.dates[0]!, lang),
        last: weekdayLabel(plan.value.dates.at(-1)!, lang),
        start: clockFor(parseTimeOfDay(plan.value.startTime) ?? 0, lang),
        end: clockFor(parseTimeOfDay(plan.value.endTime) ?? 0, lang),
        slots: plan.value.slots,
      })
    : null;
  return (
    <ConfirmDialog
      isOpen
      title={t('assist.hours.title')}
      text={t('assist.hours.intro', { point: localized(ctx.servicePoint.name, lang) })}
      confirmLabel={t('assist.hours.confirm')}
      testId="as-hours-dialog"
      confirmTestId="as-hours-confirm"
      confirmDisabled={!plan.ok}
      blockedReason={problemText}
      onClose={onClose}
      onConfirm={async () => {
        if (!plan.ok) return null;
        const { dates, startTime, endTime, slotLengthMin } = plan.value;
        const err = commandError(await openHours({ servicePointId: ctx.servicePoint.id, dates, startTime, endTime, slotLengthMin }));
        if (!err) dispatch(announce({ key: 'assist.hours.done', params: { count: dates.length } }));
        return err;
      }}
    >
      <div className="as-hours-form">
        <div className="as-hours-pair">
          <TextInput id="as-hours-date" label={t('assist.hours.day')} value={draft.dateText} onChange={(e) => set({ dateText: e.target.value })} invalid={problem?.field === 'date'} errorText={fieldError('date')} autoComplete="off" required />
          <SelectField
            id="as-hours-length"
            label={t('assist.hours.slotLength')}
            value={String(draft.slotLengthMin)}
            onChange={(v) => set({ slotLengthMin: Number(v) as HoursDraft['slotLengthMin'] })}
            options={SLOT_LENGTHS_MIN.map((n) => ({ value: String(n), label: t('assist.hours.minutes', { count: n }) }))}
          />
        </div>
        <div className="as-hours-pair">
          <TextInput id="as-hours-start" label={t('assist.hours.start')} value={draft.startText} onChange={(e) => set({ startText: e.target.value })} invalid={problem?.field === 'start'} errorText={fieldError('start')} autoComplete="off" required />
          <TextInput id="as-hours-end" label={t('assist.hours.end')} value={draft.endText} onChange={(e) => set({ endText: e.target.value })} invalid={problem?.field === 'end'} errorText={fieldError('end')} autoComplete="off" required />
        </div>
        <SelectField
          id="as-hours-weeks"
          label={t('assist.hours.repeat')}
          value={String(draft.weeks)}
          onChange={(v) => set({ weeks: Number(v) })}
          options={Array.from({ length: HOURS_WEEKS_MAX }, (_, i) => ({ value: String(i + 1), label: i === 0 ? t('assist.hours.once') : t('assist.hours.weekly', { count: i + 1 }) }))}
        />
      </div>
      {summary ? (
        <p className="as-hours-summary" role="status" data-testid="as-hours-summary">
          {summary}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
