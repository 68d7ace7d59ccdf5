import { Button, ButtonSize } from 'hds-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { asAppError } from '../../api/base-query.ts';
import { useAddNoteMutation } from '../../api/kuva-api.ts';
import { useErrorText } from '../../components/StateViews.tsx';
import { formatDateTime, formatMetres, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { berthLabel } from './berth-label.ts';
import { recordedNote, splitHistory } from './event-times.ts';
import { CustomerLink } from './customers/CustomerLink.tsx';
import { EditedChanges } from './edit/EditedChanges.tsx';
import { OrderLineChanges } from './orders/OrderLineChanges.tsx';
import { useActorLabel } from '../../i18n/actor-label.ts';

function useLang() {
  const { t, i18n } = useTranslation();
  return { t, lang: asLanguage(i18n.language) };
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** One titled part of the detail panel; the title names the section for screen readers. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

/** A list of events, or a quiet sentence when there are none. */
function EventList<T extends { id: string }>({ items, empty, className, render }: { items: T[]; empty: string; className: string; render: (item: T) => ReactNode }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className={className}>
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </ol>
  );
}

export function ApplicantSection({ detail }: { detail: ApplicationDetail }) {
  const { t } = useLang();
  const a = detail.application.applicant;
  return (
    <Section id="applicant" title={t('detail.applicant')}>
      <dl className="facts">
        <Fact label={t('detail.name')} value={`${a.firstName} ${a.lastName}`.trim()} />
        <Fact label={t('detail.company')} value={a.companyName} />
        <Fact label={t('detail.email')} value={a.email} />
        <Fact label={t('detail.phone')} value={a.phone} />
        <Fact label={t('detail.address')} value={[a.address, `${a.zipCode} ${a.municipality}`.trim()].filter(Boolean).join(', ')} />
        <Fact label={t('detail.language')} value={t(`languages.${a.language}`)} />
        {/* The register's customer, when it is not the applicant as they applied (a linked application). */}
        {detail.customerName && detail.customerName !== (a.companyName?.trim() || `${a.firstName} ${a.lastName}`.trim()) ? <Fact label={t('detail.customer')} value={detail.customerName} /> : null}
        <Fact label={t('detail.customerKind')} value={detail.customerKind ? t(`customerKinds.${detail.customerKind}`, { defaultValue: detail.customerKind }) : null} />
      </dl>
      {detail.application.accessibilityRequired ? <p className="tag-like">{t('detail.accessibility')}</p> : null}
      <CustomerLink customerId={detail.application.customerId} />
    </Section>
  );
}

export function BoatSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const b = detail.application.boat;
  return (
    <Section id="boat" title={t('detail.boat')}>
      <dl className="facts">
        <Fact label={t('detail.boatType')} value={t(`boatTypes.t${b.boatType}`)} />
        <Fact label={t('detail.registration')} value={b.registrationNumber} />
        <Fact label={t('detail.boatName')} value={b.name} />
        <Fact label={t('detail.model')} value={b.model} />
        <Fact label={t('detail.length')} value={formatMetres(b.length, lang)} />
        <Fact label={t('detail.width')} value={formatMetres(b.width, lang)} />
        <Fact label={t('detail.draught')} value={b.draught == null ? null : formatMetres(b.draught, lang)} />
      </dl>
    </Section>
  );
}

export function ChoicesSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  return (
    <Section id="choices" title={t('detail.choices')}>
      <ol className="choices">
        {[...detail.choices]
          .sort((x, y) => x.order - y.order)
          .map((c) => (
            <li key={c.harbourId}>{localized(c.name, lang)}</li>
          ))}
      </ol>
    </Section>
  );
}

export function SwitchSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const s = detail.switchDetails;
  if (!s) return null;
  return (
    <Section id="switch" title={t('detail.switch')}>
      <dl className="facts">
        <Fact
          label={t('detail.currentBerth')}
          value={berthLabel(t, lang, { harbourName: s.harbourName, pier: s.pier, number: s.berthNumber })}
        />
        <Fact label={t('detail.switchReason')} value={localized(s.reason, lang)} />
      </dl>
    </Section>
  );
}

/** Beside the time the person acted: when the central recorded it, if that tells anything. */
function RecordedAt({ at, recordedAt }: { at: string; recordedAt: string | null | undefined }) {
  const { t, lang } = useLang();
  const note = recordedNote(at, recordedAt, lang);
  if (note.kind === 'none') return null;
  if (note.kind === 'pending') return <div className="history__change muted">{t('detail.notRecorded')}</div>;
  return (
    <div className="history__change muted" data-testid="history-recorded">
      <time dateTime={recordedAt ?? undefined}>{t('detail.recordedAt', { time: note.time })}</time>
    </div>
  );
}

export function HistorySection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const actorLabel = useActorLabel();
  return (
    <Section id="history" title={t('detail.history')}>
      <EventList
        items={splitHistory(detail.history).statusEvents}
        empty={t('detail.historyEmpty')}
        className="history"
        render={(e) => (
          <>
            <div className="history__head">
              <strong>{t(`eventKinds.${e.kind}`)}</strong>
              <time dateTime={e.at} data-testid="history-at">
                {formatDateTime(e.at, lang)}
              </time>
            </div>
            <RecordedAt at={e.at} recordedAt={e.recordedAt} />
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? (
              <div className="history__change">{t('detail.statusChange', { from: t(`statuses.${e.fromStatus}`), to: t(`statuses.${e.toStatus}`) })}</div>
            ) : null}
            {e.note ? <div className="history__note">{e.note}</div> : null}
            {e.changes && e.changes.length > 0 ? <EditedChanges changes={e.changes} choiceNames={detail.choices} /> : null}
            {e.lineChanges && e.lineChanges.length > 0 ? <OrderLineChanges changes={e.lineChanges} /> : null}
            {e.customerLink ? (
              <div className="history__change" data-testid="history-customer-link">
                {t('applicationLink.logLine', { from: e.customerLink.fromName, to: e.customerLink.toName })}
              </div>
            ) : null}
            {actorLabel(e.actorId, e.actorName) ? <div className="history__actor">{t('detail.by', { name: actorLabel(e.actorId, e.actorName) })}</div> : null}
          </>
        )}
      />
    </Section>
  );
}

export function NotesSection({ detail, canWrite }: { detail: ApplicationDetail; canWrite: boolean }) {
  const { t, lang } = useLang();
  const actorLabel = useActorLabel();
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [addNote, { isLoading }] = useAddNoteMutation();
  const { notes } = splitHistory(detail.history);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = note.trim();
    if (!text) return;
    const r = await addNote({ applicationId: detail.application.id, note: text });
    if ('error' in r && r.error) setError(asAppError(r.error));
    else {
      setError(null);
      setNote('');
      dispatch(announce({ key: 'commands.pending', params: { command: 'commands.addNote' } }));
    }
  }

  return (
    <Section id="notes" title={t('detail.notes')}>
      <EventList
        items={notes}
        empty={t('detail.notesEmpty')}
        className="notes"
        render={(n) => (
          <>
            <p>{n.note}</p>
            <span className="muted">
              {actorLabel(n.actorId, n.actorName) ?? ''} · <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
            </span>
          </>
        )}
      />
      {canWrite ? (
        <form className="note-form" onSubmit={submit}>
          <TextAreaWithCounter
            id="note-text"
            data-testid="note-text"
            label={t('detail.noteLabel')}
            value={note}
            max={LONG_TEXT_MAX}
            onValueChange={setNote}
            invalid={Boolean(error)}
            errorText={error ? errorText(error) : undefined}
          />
          <Button type="submit" size={ButtonSize.Small} data-testid="add-note" disabled={isLoading || !note.trim()}>
            {t('detail.addNote')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}
