import { Button, ButtonSize, TextArea } from 'hds-react';
import { useState, type FormEvent } from 'react';
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

export function ApplicantSection({ detail }: { detail: ApplicationDetail }) {
  const { t } = useLang();
  const a = detail.application.applicant;
  return (
    <section className="detail-section" aria-labelledby="applicant-title">
      <h3 id="applicant-title">{t('detail.applicant')}</h3>
      <dl className="facts">
        <Fact label={t('detail.name')} value={`${a.firstName} ${a.lastName}`.trim()} />
        <Fact label={t('detail.company')} value={a.companyName} />
        <Fact label={t('detail.email')} value={a.email} />
        <Fact label={t('detail.phone')} value={a.phone} />
        <Fact label={t('detail.address')} value={[a.address, `${a.zipCode} ${a.municipality}`.trim()].filter(Boolean).join(', ')} />
        <Fact label={t('detail.language')} value={t(`languages.${a.language}`)} />
        <Fact label={t('detail.customerKind')} value={detail.customerKind ? t(`customerKinds.${detail.customerKind}`, { defaultValue: detail.customerKind }) : null} />
      </dl>
      {detail.application.accessibilityRequired ? <p className="tag-like">{t('detail.accessibility')}</p> : null}
    </section>
  );
}

export function BoatSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const b = detail.application.boat;
  return (
    <section className="detail-section" aria-labelledby="boat-title">
      <h3 id="boat-title">{t('detail.boat')}</h3>
      <dl className="facts">
        <Fact label={t('detail.boatType')} value={t(`boatTypes.t${b.boatType}`)} />
        <Fact label={t('detail.registration')} value={b.registrationNumber} />
        <Fact label={t('detail.boatName')} value={b.name} />
        <Fact label={t('detail.model')} value={b.model} />
        <Fact label={t('detail.length')} value={formatMetres(b.length, lang)} />
        <Fact label={t('detail.width')} value={formatMetres(b.width, lang)} />
        <Fact label={t('detail.draught')} value={b.draught == null ? null : formatMetres(b.draught, lang)} />
      </dl>
    </section>
  );
}

export function ChoicesSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  return (
    <section className="detail-section" aria-labelledby="choices-title">
      <h3 id="choices-title">{t('detail.choices')}</h3>
      <ol className="choices">
        {[...detail.choices]
          .sort((x, y) => x.order - y.order)
          .map((c) => (
            <li key={c.harbourId}>{localized(c.name, lang)}</li>
          ))}
      </ol>
    </section>
  );
}

export function SwitchSection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const s = detail.switchDetails;
  if (!s) return null;
  return (
    <section className="detail-section" aria-labelledby="switch-title">
      <h3 id="switch-title">{t('detail.switch')}</h3>
      <dl className="facts">
        <Fact
          label={t('detail.currentBerth')}
          value={t('detail.berthLabel', { harbour: localized(s.harbourName, lang) || '?', pier: s.pier || '–', number: s.berthNumber ?? '?' })}
        />
        <Fact label={t('detail.switchReason')} value={localized(s.reason, lang)} />
      </dl>
    </section>
  );
}

export function HistorySection({ detail }: { detail: ApplicationDetail }) {
  const { t, lang } = useLang();
  const events = detail.history;
  return (
    <section className="detail-section" aria-labelledby="history-title">
      <h3 id="history-title">{t('detail.history')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('detail.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {events.map((e) => (
            <li key={e.id}>
              <div className="history__head">
                <strong>{t(`eventKinds.${e.kind}`)}</strong>
                <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
              </div>
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? (
                <div className="history__change">{t('detail.statusChange', { from: t(`statuses.${e.fromStatus}`), to: t(`statuses.${e.toStatus}`) })}</div>
              ) : null}
              {e.note && e.kind !== 'note' ? <div className="history__note">{e.note}</div> : null}
              {e.actorName ? <div className="history__actor">{t('detail.by', { name: e.actorName })}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function NotesSection({ detail, canWrite }: { detail: ApplicationDetail; canWrite: boolean }) {
  const { t, lang } = useLang();
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [addNote, { isLoading }] = useAddNoteMutation();
  const notes = detail.history.filter((e) => e.kind === 'note');

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
    <section className="detail-section" aria-labelledby="notes-title">
      <h3 id="notes-title">{t('detail.notes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('detail.notesEmpty')}</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => (
            <li key={n.id}>
              <p>{n.note}</p>
              <span className="muted">
                {n.actorName ?? ''} · <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form className="note-form" onSubmit={submit}>
          <TextArea
            id="note-text"
            data-testid="note-text"
            label={t('detail.noteLabel')}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            invalid={Boolean(error)}
            errorText={error ? errorText(error) : undefined}
          />
          <Button type="submit" size={ButtonSize.Small} data-testid="add-note" disabled={isLoading || !note.trim()}>
            {t('detail.addNote')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
