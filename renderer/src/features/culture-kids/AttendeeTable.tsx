import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendeeList, AttendeeRow } from '../../../../domain/culture-kids/contract.ts';
import { formatDateTime, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkMarkAttendanceBulkMutation, useCkMarkAttendanceMutation } from './ck-api.ts';
import { Pending } from './Pending.tsx';

type Attendance = 'attended' | 'no_show' | null;
const ATTENDANCE_VALUE = (row: AttendeeRow): string => (row.status === 'attended' ? 'attended' : row.status === 'no_show' ? 'no_show' : '');

/** The occurrence's enrolled children with attendance marked inline (– / arrived / no-show) and in bulk. */
export function AttendeeTable({ list }: { list: AttendeeList }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [mark] = useCkMarkAttendanceMutation();
  const [markBulk] = useCkMarkAttendanceBulkMutation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const active = list.rows.filter((r) => r.status !== 'cancelled');
  const allSelected = active.length > 0 && active.every((r) => selected.has(r.enrolmentId));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  async function bulk(attendance: Attendance) {
    const marks = active.filter((r) => selected.has(r.enrolmentId)).map((r) => ({ enrolmentId: r.enrolmentId, attendance }));
    if (marks.length === 0) return;
    const r = await markBulk({ occurrenceId: list.occurrence.id, marks });
    if (!('error' in r)) {
      setSelected(new Set());
      dispatch(announce({ key: 'cultureKids.checkIn.bulkDone', params: { count: marks.length } }));
    }
  }

  return (
    <section className="ck-section" aria-labelledby="ck-attendees-h" data-testid="ck-attendees" data-occurrence-id={list.occurrence.id}>
      <div className="ck-section__head">
        <h2 id="ck-attendees-h">
          {localized(list.eventName, lang)} · {formatDateTime(list.occurrence.startsAt, lang)} · {localized(list.venueName, lang)}
        </h2>
        <span className="workspace__count" aria-live="polite" data-testid="ck-arrivals" data-attended={list.counts.attended} data-enrolled={active.length}>
          {t('cultureKids.checkIn.arrivals', { attended: list.counts.attended, enrolled: active.length })}
        </span>
        <div className="ck-actions">
          <span className="muted" aria-live="polite">
            {t('cultureKids.checkIn.selected', { count: selected.size })}
          </span>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={selected.size === 0} onClick={() => void bulk('attended')} data-testid="ck-bulk-attended">
            {t('cultureKids.checkIn.bulkAttended')}
          </Button>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={selected.size === 0} onClick={() => void bulk('no_show')} data-testid="ck-bulk-no-show">
            {t('cultureKids.checkIn.bulkNoShow')}
          </Button>
        </div>
      </div>
      {list.rows.length === 0 ? (
        <p className="muted" data-testid="ck-no-attendees">
          {t('cultureKids.checkIn.noEnrolments')}
        </p>
      ) : (
        <table className="ck-table" data-testid="ck-attendee-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('cultureKids.checkIn.selectAll')}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(active.map((r) => r.enrolmentId)))}
                  data-testid="ck-select-all"
                />
              </th>
              <th scope="col">{t('cultureKids.checkIn.columns.child')}</th>
              <th scope="col">{t('cultureKids.checkIn.columns.guardian')}</th>
              <th scope="col">{t('cultureKids.checkIn.columns.language')}</th>
              <th scope="col">{t('cultureKids.checkIn.columns.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              const cancelled = r.status === 'cancelled';
              return (
                <tr key={r.enrolmentId} className={cancelled ? 'is-cancelled' : undefined} data-testid="ck-attendee" data-enrolment-id={r.enrolmentId} data-status={r.status}>
                  <td>{cancelled ? null : <input type="checkbox" aria-label={t('cultureKids.checkIn.select', { name })} checked={selected.has(r.enrolmentId)} onChange={() => toggle(r.enrolmentId)} />}</td>
                  <td>
                    {name}
                    {r.pending ? <Pending /> : null}
                  </td>
                  <td>{r.guardianNames.join(', ')}</td>
                  <td>{r.guardianLanguage ? t(`cultureKids.languages.${r.guardianLanguage}`) : '–'}</td>
                  <td>
                    {cancelled ? (
                      t('cultureKids.statuses.cancelled')
                    ) : (
                      <select
                        className="native-select"
                        aria-label={`${t('cultureKids.checkIn.columns.attendance')}: ${name}`}
                        data-testid="ck-attendance"
                        value={ATTENDANCE_VALUE(r)}
                        onChange={(e) => void mark({ enrolmentId: r.enrolmentId, attendance: (e.target.value || null) as Attendance })}
                      >
                        <option value="">{t('cultureKids.checkIn.attendance.unset')}</option>
                        <option value="attended">{t('cultureKids.checkIn.attendance.attended')}</option>
                        <option value="no_show">{t('cultureKids.checkIn.attendance.no_show')}</option>
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
