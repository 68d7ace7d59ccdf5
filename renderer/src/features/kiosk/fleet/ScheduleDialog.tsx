import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFleetRow } from '../../../../../domain/kiosk/contract.ts';
import type { KioskSchedule } from '../../../../../domain/kiosk/schedule.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { asLanguage } from '../../../format/locale.ts';
import { formOf, scheduleOf, WEEKDAYS, type SpanRow } from './schedule-form.ts';

/** Opening and closing of one kiosk: a week of hours and dated exceptions (holidays). */
export function ScheduleDialog({ row, onSave, onClose }: { row: KioskFleetRow; onSave: (schedule: KioskSchedule) => Promise<AppError | null>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(() => formOf(row.schedule, asLanguage(i18n.language)));
  const setDay = (day: (typeof WEEKDAYS)[number], change: Partial<SpanRow>) => setForm((f) => ({ ...f, weekly: { ...f.weekly, [day]: { ...f.weekly[day], ...change } } }));
  const setException = (i: number, change: Partial<SpanRow & { date: string }>) => setForm((f) => ({ ...f, exceptions: f.exceptions.map((e, j) => (j === i ? { ...e, ...change } : e)) }));

  const spanFields = (label: string, span: SpanRow, change: (c: Partial<SpanRow>) => void, testId: string) => (
    <>
      <label className="kiosk-fleet__open">
        <input type="checkbox" checked={span.open} onChange={(e) => change({ open: e.target.checked })} data-testid={`${testId}-open`} />
        {t('kiosk.fleet.openThatDay', { day: label })}
      </label>
      <label>
        <span className="visually-hidden">{t('kiosk.fleet.opensAt', { day: label })}</span>
        <input className="native-input kiosk-fleet__time" value={span.opens} disabled={!span.open} onChange={(e) => change({ opens: e.target.value })} data-testid={`${testId}-opens`} />
      </label>
      <span aria-hidden="true">–</span>
      <label>
        <span className="visually-hidden">{t('kiosk.fleet.closesAt', { day: label })}</span>
        <input className="native-input kiosk-fleet__time" value={span.closes} disabled={!span.open} onChange={(e) => change({ closes: e.target.value })} data-testid={`${testId}-closes`} />
      </label>
    </>
  );

  return (
    <ConfirmDialog
      isOpen
      title={t('kiosk.fleet.scheduleTitle', { name: row.name })}
      confirmLabel={t('kiosk.fleet.saveSchedule')}
      testId="kiosk-schedule-dialog"
      confirmTestId="kiosk-schedule-save"
      onConfirm={async () => {
        const parsed = scheduleOf(form);
        if (!parsed.success) return { code: 'bad_request', message: parsed.error.issues[0]?.message ?? 'invalid' };
        return onSave(parsed.data);
      }}
      onClose={onClose}
    >
      <fieldset className="kiosk-fleet__week">
        <legend>{t('kiosk.fleet.week')}</legend>
        {WEEKDAYS.map((d) => (
          <div key={d} className="kiosk-fleet__span">
            {spanFields(t(`kiosk.weekdaysLong.${d}`), form.weekly[d], (c) => setDay(d, c), `kiosk-schedule-${d}`)}
          </div>
        ))}
      </fieldset>
      <fieldset className="kiosk-fleet__week">
        <legend>{t('kiosk.fleet.exceptions')}</legend>
        {form.exceptions.map((e, i) => (
          <div key={i} className="kiosk-fleet__span">
            <label>
              <span className="visually-hidden">{t('kiosk.fleet.exceptionDate')}</span>
              <input className="native-input kiosk-fleet__date" placeholder="2026-12-24" value={e.date} onChange={(ev) => setException(i, { date: ev.target.value })} data-testid="kiosk-exception-date" />
            </label>
            {spanFields(e.date || t('kiosk.fleet.exceptionDate'), e, (c) => setException(i, c), `kiosk-exception-${i}`)}
            <button type="button" className="link-button" onClick={() => setForm((f) => ({ ...f, exceptions: f.exceptions.filter((_, j) => j !== i) }))}>
              {t('kiosk.fleet.removeException')}
            </button>
          </div>
        ))}
        <button type="button" className="link-button" onClick={() => setForm((f) => ({ ...f, exceptions: [...f.exceptions, { date: '', open: false, opens: '10:00', closes: '16:00' }] }))} data-testid="kiosk-add-exception">
          {t('kiosk.fleet.addException')}
        </button>
      </fieldset>
    </ConfirmDialog>
  );
}
