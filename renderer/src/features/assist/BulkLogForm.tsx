import { Button, ButtonSize, ButtonVariant, IconCross, IconPlus, Notification } from 'hds-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_MAX, CHANNELS, DURATION_BUCKETS, OUTCOMES, REFERRALS, SERVICE_LANGUAGES, TOPICS, type ServiceLanguage } from '../../../../domain/assist/vocabulary.ts';
import type { AppError } from '../../../../domain/result.ts';
import { addDays, toWallClock } from '../../../../domain/wall-clock.ts';
import { commandError } from '../../api/command-error.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useWideEnough } from '../../components/useWideEnough.ts';
import { useErrorText } from '../../components/StateViews.tsx';
import { formatIsoDate } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsLogBulkMutation } from './assist-api.ts';
import { addRows, bulkInput, hourStart, newRow, rowsWithPersonalData, type BulkRowFields } from './bulk-rows.ts';
import { helperTypeOf } from './ethics.ts';
import { useNow } from './use-now.ts';

/** The days a bulk log may be for: the week behind (older help is no longer remembered well). */
const DAYS_BACK = 7;

type BulkField = 'duration' | 'channel' | 'topic' | 'language' | 'outcome' | 'referral' | 'note';
/** In two lines: what the customer came with, then how it went. */
const FIRST_LINE: readonly BulkField[] = ['duration', 'channel', 'topic', 'language'];
const SECOND_LINE: readonly BulkField[] = ['outcome', 'referral', 'note'];
const FIELD_LABEL: Record<BulkField, string> = {
  duration: 'assist.bulk.duration',
  channel: 'assist.session.channel',
  topic: 'assist.bulk.topic',
  language: 'assist.session.language',
  outcome: 'assist.session.outcome',
  referral: 'assist.session.referral',
  note: 'assist.bulk.note',
};

/**
 * Sessions of a busy drop-in hour logged afterwards (issue 9, item 2): one row per customer with
 * a duration bucket instead of a timer, a new row copying the last one. Every control is native,
 * so Tab moves along a row and the arrows change a choice; the batch is taken whole or not at all.
 */
export function BulkLogForm({ ctx }: { ctx: AsContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const errorText = useErrorText();
  const dispatch = useAppDispatch();
  const [log, logging] = useAsLogBulkMutation();
  const now = toWallClock(useNow(60_000));
  const [date, setDate] = useState(now.date);
  // The hour just gone is the usual one to log.
  const [hour, setHour] = useState(Math.max(0, Math.floor(now.minutes / 60) - 1));
  const [rows, setRows] = useState<BulkRowFields[]>(() => [newRow(undefined, lang as ServiceLanguage)]);
  const [error, setError] = useState<AppError | null>(null);
  const personal = rowsWithPersonalData(rows);
  const lastHour = date === now.date ? Math.floor(now.minutes / 60) : 23;
  const setRow = (key: number, patch: Partial<BulkRowFields>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  // Nine columns need about 1,400 px; on a narrower screen each customer takes two lines rather than a sideways scroll.
  const [measure, wide] = useWideEnough<HTMLDivElement>(i18n.language);
  const label = (f: BulkField) => t(FIELD_LABEL[f]);
  const rowCells = (r: BulkRowFields, n: number): Record<BulkField, ReactNode> => {
    const cell = (f: BulkField) => ({ id: `as-bulk-${r.key}-${f}`, 'aria-label': t('assist.bulk.cellLabel', { n, field: label(f) }) });
    return {
      duration: <Cell {...cell('duration')} value={r.durationBucket} onChange={(v) => setRow(r.key, { durationBucket: v as BulkRowFields['durationBucket'] })} options={DURATION_BUCKETS.map((b) => [b, t(`assist.durations.${b}`)])} />,
      channel: <Cell {...cell('channel')} value={r.channel} onChange={(v) => setRow(r.key, { channel: v as BulkRowFields['channel'] })} options={CHANNELS.map((c) => [c, t(`assist.channels.${c}`)])} />,
      topic: <Cell {...cell('topic')} value={r.topic} onChange={(v) => setRow(r.key, { topic: v as BulkRowFields['topic'] })} options={TOPICS.map((x) => [x, t(`assist.topics.${x}`)])} />,
      language: <Cell {...cell('language')} value={r.serviceLanguage} onChange={(v) => setRow(r.key, { serviceLanguage: v as ServiceLanguage })} options={SERVICE_LANGUAGES.map((l) => [l, t(`assist.languages.${l}`)])} />,
      outcome: <Cell {...cell('outcome')} value={r.outcome} onChange={(v) => setRow(r.key, { outcome: v as BulkRowFields['outcome'] })} options={OUTCOMES.map((o) => [o, t(`assist.outcomes.${o}`)])} />,
      referral: <Cell {...cell('referral')} value={r.referral} onChange={(v) => setRow(r.key, { referral: v as BulkRowFields['referral'] })} options={REFERRALS.map((x) => [x, t(`assist.referrals.${x}`)])} />,
      note: <input {...cell('note')} className="as-bulk-note" value={r.note} maxLength={500} aria-invalid={personal.includes(n) ? true : undefined} onChange={(e) => setRow(r.key, { note: e.target.value })} />,
    };
  };

  const save = async () => {
    const err = commandError(await log(bulkInput(ctx.servicePoint.id, hourStart(date, Math.min(hour, lastHour)), rows, helperTypeOf(ctx.user.roles))));
    setError(err);
    if (!err) {
      dispatch(announce({ key: 'assist.bulk.saved', params: { count: rows.length } }));
      setRows([newRow(undefined, lang as ServiceLanguage)]);
    }
  };
  return (
    <section className="as-card" aria-labelledby="as-bulk-h" data-testid="as-bulk">
      <h2 id="as-bulk-h" className="as-card__title">
        {t('assist.bulk.title')}
      </h2>
      <p className="muted">{t('assist.bulk.intro', { max: BULK_MAX })}</p>
      <div className="as-row">
        <SelectField
          id="as-bulk-day"
          label={t('assist.bulk.day')}
          value={date}
          onChange={setDate}
          options={Array.from({ length: DAYS_BACK }, (_, i) => addDays(now.date, -i)).map((d, i) => ({ value: d, label: i === 0 ? `${t('calendar.today')} ${formatIsoDate(d, lang)}` : formatIsoDate(d, lang) }))}
        />
        <SelectField
          id="as-bulk-hour"
          label={t('assist.bulk.hour')}
          value={String(Math.min(hour, lastHour))}
          onChange={(v) => setHour(Number(v))}
          options={Array.from({ length: lastHour + 1 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')}` }))}
        />
      </div>
      <div className="as-table-scroll" ref={measure}>
        <table className={`as-table as-bulk-table${wide ? '' : ' as-bulk-table--two-line'}`} data-testid="as-bulk-rows" data-count={rows.length} data-layout={wide ? 'one-line' : 'two-line'}>
          <caption className="visually-hidden">{t('assist.bulk.caption', { count: rows.length })}</caption>
          <thead>
            {wide ? (
              <tr>
                <th scope="col">#</th>
                {[...FIRST_LINE, ...SECOND_LINE].map((f) => (
                  <th key={f} scope="col">
                    {label(f)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('assist.bulk.remove')}</span>
                </th>
              </tr>
            ) : (
              <>
                <tr>
                  <th scope="col" rowSpan={2}>
                    #
                  </th>
                  {FIRST_LINE.map((f) => (
                    <th key={f} scope="col">
                      {label(f)}
                    </th>
                  ))}
                  <th scope="col" rowSpan={2}>
                    <span className="visually-hidden">{t('assist.bulk.remove')}</span>
                  </th>
                </tr>
                <tr>
                  {SECOND_LINE.map((f) => (
                    <th key={f} scope="col" colSpan={f === 'note' ? 2 : 1}>
                      {label(f)}
                    </th>
                  ))}
                </tr>
              </>
            )}
          </thead>
          {rows.map((r, i) => {
            const n = i + 1;
            const cells = rowCells(r, n);
            const remove = (
              <td>
                <button type="button" className="as-icon-button" disabled={rows.length === 1} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} aria-label={t('assist.bulk.removeRow', { n })}>
                  <IconCross aria-hidden />
                </button>
              </td>
            );
            const number = (
              <th scope="row" rowSpan={wide ? 1 : 2}>
                {n}
              </th>
            );
            // One tbody per customer: in two lines its rows stay one group, to the eye and to a screen reader's table navigation.
            return (
              <tbody key={r.key} data-testid="as-bulk-row">
                {wide ? (
                  <tr>
                    {number}
                    {[...FIRST_LINE, ...SECOND_LINE].map((f) => (
                      <td key={f}>{cells[f]}</td>
                    ))}
                    {remove}
                  </tr>
                ) : (
                  <>
                    <tr>
                      {number}
                      {FIRST_LINE.map((f) => (
                        <td key={f}>{cells[f]}</td>
                      ))}
                      {/* The remove button ends the second line, so Tab still reaches it after the note. */}
                      <td />
                    </tr>
                    <tr>
                      {SECOND_LINE.map((f) => (
                        <td key={f} colSpan={f === 'note' ? 2 : 1}>
                          {cells[f]}
                        </td>
                      ))}
                      {remove}
                    </tr>
                  </>
                )}
              </tbody>
            );
          })}
        </table>
      </div>
      {personal.length > 0 ? (
        <Notification type="error" label={t('assist.bulk.personalTitle')} data-testid="as-bulk-personal">
          {t('assist.bulk.personal', { rows: personal.join(', ') })}
        </Notification>
      ) : null}
      <div className="as-actions">
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconPlus aria-hidden />} disabled={rows.length >= BULK_MAX} onClick={() => setRows((rs) => addRows(rs, 1, lang as ServiceLanguage))} data-testid="as-bulk-add">
          {t('assist.bulk.addRow')}
        </Button>
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={rows.length >= BULK_MAX} onClick={() => setRows((rs) => addRows(rs, 5, lang as ServiceLanguage))} data-testid="as-bulk-add5">
          {t('assist.bulk.addFive')}
        </Button>
        <Button variant={ButtonVariant.Primary} disabled={personal.length > 0 || logging.isLoading} onClick={() => void save()} data-testid="as-bulk-save">
          {t('assist.bulk.save', { count: rows.length })}
        </Button>
      </div>
      {error ? (
        <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="as-bulk-error" data-code={error.code}>
          {errorText(error)}
        </Notification>
      ) : null}
    </section>
  );
}

function Cell({ id, value, onChange, options, ...rest }: { id: string; 'aria-label': string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <select id={id} className="native-select as-bulk-select" value={value} onChange={(e) => onChange(e.target.value)} aria-label={rest['aria-label']}>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}
