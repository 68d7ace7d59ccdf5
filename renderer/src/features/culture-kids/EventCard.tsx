import { Button, ButtonSize, ButtonVariant, IconPlus } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { CohortProgram, EventView } from '../../../../domain/culture-kids/contract.ts';
import { formatDateTime, formatInteger, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkSetEventReadyMutation } from './ck-api.ts';
import type { CkContext } from './CkFrame.tsx';
import { Pending } from './Pending.tsx';
import type { ProgramDialog } from './program-dialog.ts';

/** Fewer free codes than this share of the used ones (or none at all) is "running low". */
const codesLow = (codes: { free: number; used: number }) => codes.free === 0 || codes.free < Math.max(10, codes.used * 0.1);

/** One event: its state, ready/publish actions, its occurrences with their counts, or its ticket codes. */
export function EventCard({ view, group, ctx, onDialog }: { view: EventView; group: CohortProgram['eventGroups'][number] | null; ctx: CkContext; onDialog: (d: ProgramDialog) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [setReady] = useCkSetEventReadyMutation();
  const e = view.event;
  const published = e.publishedAt ?? group?.publishedAt ?? null;
  const name = localized(e.name, lang);
  return (
    <article className="ck-event" aria-label={name} data-testid="ck-event" data-event-id={e.id} data-published={published !== null} data-ready={e.ready}>
      <div className="ck-section__head">
        <h3 className="ck-event__name">{name}</h3>
        <span className={`ck-state${published ? ' ck-state--published' : ''}`} data-testid="ck-event-state">
          {published ? t('cultureKids.program.published', { time: formatDateTime(published, lang) }) : group ? (e.ready ? t('cultureKids.program.ready') : t('cultureKids.program.unfinished')) : t('cultureKids.program.notPublished')}
        </span>
        {view.pending ? <Pending /> : null}
        <div className="ck-actions">
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDialog({ kind: 'event', event: view })} aria-label={`${t('cultureKids.program.edit')}: ${name}`} data-testid="ck-event-edit">
            {t('cultureKids.program.edit')}
          </Button>
          {group && !published ? (
            <Button
              size={ButtonSize.Small}
              variant={ButtonVariant.Secondary}
              data-testid="ck-event-ready"
              onClick={() =>
                void setReady({ eventId: e.id, ready: !e.ready }).then((r) => {
                  if (!('error' in r)) dispatch(announce({ key: 'cultureKids.program.readyDone' }));
                })
              }
            >
              {e.ready ? t('cultureKids.program.markUnfinished') : t('cultureKids.program.markReady')}
            </Button>
          ) : null}
          {!group && !published && ctx.rights.publish ? (
            <Button size={ButtonSize.Small} onClick={() => onDialog({ kind: 'publishEvent', event: view })} disabled={ctx.offline} data-testid="ck-event-publish">
              {t('cultureKids.program.publish')}
            </Button>
          ) : null}
        </div>
      </div>
      {e.ticketingMode === 'external' ? (
        <div className="ck-codes" data-testid="ck-codes" data-free={view.codes?.free ?? 0}>
          <span>{t('cultureKids.program.codesFree', { free: formatInteger(view.codes?.free ?? 0, lang) })}</span> · <span>{t('cultureKids.program.codesUsed', { used: formatInteger(view.codes?.used ?? 0, lang) })}</span>
          {view.codes && codesLow(view.codes) ? (
            <p className="ck-warning" role="status" data-testid="ck-codes-low">
              {view.codes.free === 0 ? t('cultureKids.program.codesOut') : t('cultureKids.program.codesLow', { free: formatInteger(view.codes.free, lang) })}
            </p>
          ) : null}
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDialog({ kind: 'codes', event: view })} disabled={ctx.offline} data-testid="ck-import-codes">
            {t('cultureKids.program.importCodes')}
          </Button>
        </div>
      ) : (
        <>
          {view.occurrences.length === 0 ? (
            <p className="muted">{t('cultureKids.program.noOccurrences')}</p>
          ) : (
            <table className="ck-table" data-testid="ck-occurrences">
              <caption className="visually-hidden">{`${t('cultureKids.program.occurrences')}: ${name}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cultureKids.program.occurrenceColumns.time')}</th>
                  <th scope="col">{t('cultureKids.program.occurrenceColumns.venue')}</th>
                  <th scope="col" className="num">{t('cultureKids.program.occurrenceColumns.capacity')}</th>
                  <th scope="col" className="num">{t('cultureKids.program.occurrenceColumns.enrolled')}</th>
                  <th scope="col" className="num">{t('cultureKids.program.occurrenceColumns.attended')}</th>
                  <th scope="col" className="num">{t('cultureKids.program.occurrenceColumns.queue')}</th>
                  <th scope="col">{t('cultureKids.program.occurrenceColumns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {view.occurrences.map((o) => {
                  const cancelled = o.occurrence.cancelledAt !== null;
                  return (
                    <tr key={o.occurrence.id} className={cancelled ? 'is-cancelled' : undefined} data-testid="ck-occurrence-row" data-occurrence-id={o.occurrence.id}>
                      <td>
                        {formatDateTime(o.occurrence.startsAt, lang)}
                        {cancelled ? ` · ${t('cultureKids.program.cancelled')}` : ''}
                      </td>
                      <td>{localized(o.venueName, lang)}</td>
                      <td className="num">{formatInteger(o.counts.capacity, lang)}</td>
                      <td className="num">{formatInteger(o.counts.enrolled + o.counts.attended + o.counts.noShow, lang)}</td>
                      <td className="num">{formatInteger(o.counts.attended, lang)}</td>
                      <td className="num">{formatInteger(o.counts.queued, lang)}</td>
                      <td>
                        {!cancelled ? (
                          <span className="ck-actions">
                            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDialog({ kind: 'occurrence', event: view, occurrence: o })} data-testid="ck-occurrence-edit">
                              {t('cultureKids.program.edit')}
                            </Button>
                            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDialog({ kind: 'cancelOccurrence', event: view, occurrence: o })} disabled={ctx.offline} data-testid="ck-occurrence-cancel">
                              {t('cultureKids.program.cancelOccurrence')}
                            </Button>
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconPlus aria-hidden />} onClick={() => onDialog({ kind: 'occurrence', event: view, occurrence: null })} data-testid="ck-new-occurrence">
            {t('cultureKids.program.newOccurrence')}
          </Button>
        </>
      )}
    </article>
  );
}
