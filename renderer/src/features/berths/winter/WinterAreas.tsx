import { Button, ButtonSize, ButtonVariant, IconPen } from 'hds-react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { WinterAreaView, WinterPlaceCounts, WinterPlaceView, WinterSectionView } from '../../../../../domain/berths/winter-contract.ts';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { asAppError } from '../../../api/base-query.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatInteger, localized } from '../../../format/format.ts';
import { formatSize } from '../harbours/harbour-columns.tsx';
import { asLanguage } from '../../../format/locale.ts';
import { useCanEditMasterData } from '../harbours/useCanEditMasterData.ts';
import { useWinterAreasQuery } from './winter-api.ts';
import { WinterAreaDialog, WinterPlaceDialog, WinterSectionDialog } from './WinterEditDialogs.tsx';
import '../harbours/harbours.css';
import { AddButton } from '../harbours/AddButton.tsx';

type Editing = { kind: 'area' } | { kind: 'addSection' } | { kind: 'section'; id: string } | { kind: 'place'; sectionId: string; id: string } | { kind: 'addPlace'; sectionId: string };

function useLang() {
  const { t, i18n } = useTranslation();
  return { t, lang: asLanguage(i18n.language) };
}

const inUse = (r: { isActive?: boolean }) => r.isActive !== false;

/**
 * The winter storage areas ("Alueet"): each area's places free, occupied and not in use for the
 * winter offers are made for (free: in use and held by no lease), and one area's sections and
 * marked places beside the list. Whoever edits berth master data edits them here (decision 43);
 * everyone else reads.
 */
export function WinterAreas({ headSlot }: { headSlot: HTMLElement | null }) {
  const { t, lang } = useLang();
  const q = useWinterAreasQuery();
  const canEdit = useCanEditMasterData();
  const [chosen, setChosen] = useState<string | null>(null);
  const data = q.data;
  if (q.isError) return <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  if (!data) return <LoadingState text={t('winter.areas.loading')} />;
  const area = data.areas.find((a) => a.area.record.id === chosen) ?? data.areas[0] ?? null;
  const n = (v: number) => formatInteger(v, lang);
  return (
    <div className="winter-areas" data-testid="winter-areas">
      {headSlot
        ? createPortal(
            <span className="season-tag" data-testid="winter-areas-season">
              {t('winter.season', { season: stickerSeason(data.winter).replace('_', '–') })}
            </span>,
            headSlot,
          )
        : null}
      <section className="winter-areas__list" aria-labelledby="winter-areas-list-title">
        <h2 id="winter-areas-list-title" className="visually-hidden">
          {t('winter.areas.listTitle')}
        </h2>
        <table className="data-table winter-areas-table" aria-labelledby="winter-areas-list-title">
          <Head columns={[['winter.areas.area', false], ['winter.areas.places', true], ['winter.areas.free', true], ['winter.areas.occupied', true]]} />
          <tbody>
            {data.areas.map((a) => {
              const current = a === area;
              return (
                <tr key={a.area.record.id} data-testid="winter-area-row" data-area-id={a.area.record.id} className={current ? 'winter-areas-table__current' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-pressed={current} onClick={() => setChosen(a.area.record.id)} data-testid="winter-area-open">
                      {localized(a.area.record.name, lang)}
                    </button>
                    {inUse(a.area.record) ? null : <span className="occupancy occupancy--inactive">{t('winter.areas.notInUse')}</span>}
                  </th>
                  <td className="num">{n(a.counts.places)}</td>
                  <td className="num" data-testid="winter-area-free">
                    {n(a.counts.free)}
                  </td>
                  <td className="num">{n(a.counts.occupied)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {area ? <AreaDetail key={area.area.record.id} view={area} canEdit={canEdit} /> : <p className="muted">{t('winter.areas.empty')}</p>}
    </div>
  );
}

/** A table's column headers from their text keys (true: a number column, aligned right); the edit column is named for screen readers only. */
function Head({ columns, editColumn = false }: { columns: readonly (readonly [string, boolean])[]; editColumn?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map(([key, num]) => (
          <th key={key} scope="col" className={num ? 'num' : undefined}>
            {t(key)}
          </th>
        ))}
        {editColumn ? <EditHeader label={t('berthsMaster.edit')} /> : null}
      </tr>
    </thead>
  );
}

const EditHeader = ({ label }: { label: string }) => (
  <th scope="col">
    <span className="visually-hidden">{label}</span>
  </th>
);

function Counts({ counts, testId }: { counts: WinterPlaceCounts; testId: string }) {
  const { t, lang } = useLang();
  const fact = (key: keyof WinterPlaceCounts, label: string, free = false) => (
    <div className={`harbour-fact${free ? ' harbour-fact--free' : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={`${testId}-${key}`}>{formatInteger(counts[key], lang)}</dd>
    </div>
  );
  return (
    <>
      {fact('places', t('winter.areas.places'))}
      {fact('free', t('winter.areas.free'), true)}
      {fact('occupied', t('winter.areas.occupied'))}
      {fact('inactive', t('winter.areas.inactive'))}
    </>
  );
}

function AreaDetail({ view, canEdit }: { view: WinterAreaView; canEdit: boolean }) {
  const { t, lang } = useLang();
  const [editing, setEditing] = useState<Editing | null>(null);
  const a = view.area.record;
  const close = () => setEditing(null);
  const editingSection = editing && editing.kind !== 'area' && editing.kind !== 'addSection' ? view.sections.find((s) => s.section.record.id === (editing.kind === 'section' ? editing.id : editing.sectionId)) : undefined;
  return (
    // Focusable: it scrolls on its own, and a reader without edit actions has nothing else in it to reach it by.
    <section className="winter-areas__detail" aria-labelledby="winter-area-title" data-testid="winter-area-detail" data-area-id={a.id} tabIndex={0}>
      <header className="detail-head">
        <h2 id="winter-area-title">
          {localized(a.name, lang)}
          {view.pending ? <PendingIcon /> : null}
        </h2>
        <p className="detail-head__meta">
          {[a.streetAddress, a.zipCode].filter(Boolean).join(', ')}
          {a.estimatedUnmarkedSpaces !== null ? ` · ${t('winter.areas.unmarkedCount', { count: a.estimatedUnmarkedSpaces })}` : ''}
          {inUse(a) ? '' : ` · ${t('winter.areas.notInUse')}`}
        </p>
        {canEdit ? (
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} iconStart={<IconPen />} onClick={() => setEditing({ kind: 'area' })} data-testid="winter-area-edit">
            {t('winter.areas.editArea')}
          </Button>
        ) : null}
        {canEdit ? (
          <AddButton text={t('winter.areas.addSectionShort')} label={t('winter.areas.addSection', { area: localized(a.name, lang) })} onClick={() => setEditing({ kind: 'addSection' })} testId="winter-section-add" />
        ) : null}
      </header>
      <dl className="harbour-facts" data-testid="winter-area-counts">
        <Counts counts={view.counts} testId="winter-area-count" />
      </dl>
      {view.sections.length === 0 ? <p className="muted">{t('winter.areas.noSections')}</p> : null}
      {view.sections.map((s) => (
        <SectionTable key={s.section.record.id} view={s} onEdit={canEdit ? setEditing : null} />
      ))}
      {editing?.kind === 'area' ? <WinterAreaDialog area={a} onClose={close} /> : null}
      {(editing?.kind === 'section' && editingSection) || editing?.kind === 'addSection' ? (
        <WinterSectionDialog
          section={editingSection?.section.record ?? null}
          area={a}
          otherIdentifiers={view.sections.filter((s) => s !== editingSection).map((s) => s.section.record.identifier)}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'place' && editingSection ? <PlaceDialog section={editingSection} placeId={editing.id} onClose={close} /> : null}
      {editing?.kind === 'addPlace' && editingSection ? <PlaceDialog section={editingSection} placeId={null} onClose={close} /> : null}
    </section>
  );
}

/** The place dialog on a place of the section, or (`placeId` null) on a new one. */
function PlaceDialog({ section, placeId, onClose }: { section: WinterSectionView; placeId: string | null; onClose: () => void }) {
  const place = placeId === null ? null : section.places.find((p) => p.place.record.id === placeId);
  if (place === undefined) return null;
  const others = section.places.filter((p) => p !== place).map((p) => p.place.record.number);
  const s = section.section.record;
  return <WinterPlaceDialog place={place?.place.record ?? null} sectionId={s.id} section={s.identifier} otherNumbers={others} onClose={onClose} />;
}

function SectionTable({ view, onEdit }: { view: WinterSectionView; onEdit: ((e: Editing) => void) | null }) {
  const { t, lang } = useLang();
  const s = view.section.record;
  const titleId = `winter-section-${s.id}`;
  const c = view.counts;
  return (
    <section className="detail-section pier-section" aria-labelledby={titleId} data-testid="winter-section" data-section-id={s.id}>
      <h3 id={titleId} className="pier-section__title">
        <span>
          {t('winter.areas.section', { section: s.identifier })}
          {view.pending ? <PendingIcon /> : null}
        </span>
        <span className="pier-section__meta" data-testid="winter-section-meta">
          {t('winter.areas.sectionMeta', { places: formatInteger(c.places, lang), free: formatInteger(c.free, lang) })}
          {inUse(s) ? '' : ` · ${t('winter.areas.notInUse')}`}
        </span>
        {onEdit ? (
          <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconPen />} onClick={() => onEdit({ kind: 'section', id: s.id })} data-testid="winter-section-edit">
            {t('winter.areas.editSection', { section: s.identifier })}
          </Button>
        ) : null}
        {onEdit ? (
          <AddButton text={t('winter.areas.addPlaceShort')} label={t('winter.areas.addPlace', { section: s.identifier })} onClick={() => onEdit({ kind: 'addPlace', sectionId: s.id })} testId="winter-place-add" />
        ) : null}
      </h3>
      {s.services.length > 0 ? <p className="winter-areas__services">{s.services.map((x) => t(`winter.areas.services.${x}`)).join(', ')}</p> : null}
      {view.places.length === 0 ? (
        <p className="muted">{t('winter.areas.noPlaces')}</p>
      ) : (
        <table className="data-table berths-table winter-places-table" aria-labelledby={titleId}>
          <Head
            columns={[['winter.areas.number', true], ['winter.areas.size', true], ['winter.areas.state', false], ['berthsMaster.fields.comment', false]]}
            editColumn={onEdit !== null}
          />
          <tbody>
            {view.places.map((p) => (
              <PlaceRow key={p.place.record.id} view={p} section={s.identifier} onEdit={onEdit ? () => onEdit({ kind: 'place', sectionId: s.id, id: p.place.record.id }) : null} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PlaceRow({ view, section, onEdit }: { view: WinterPlaceView; section: string; onEdit: (() => void) | null }) {
  const { t, lang } = useLang();
  const p = view.place.record;
  const state = view.held ? 'occupied' : p.isActive ? 'free' : 'inactive';
  const tone = { occupied: 'leased', free: 'free', inactive: 'inactive' }[state];
  return (
    <tr data-testid="winter-place-row" data-place-id={p.id} data-number={p.number} data-state={state} className={p.isActive ? undefined : 'berth-row--inactive'}>
      <th scope="row" className="num">
        {p.number}
        {view.pending ? <PendingIcon /> : null}
      </th>
      <td className="num" data-testid="winter-place-size">
        {formatSize(p.width, p.length, lang)}
      </td>
      <td>
        <span className={`occupancy occupancy--${tone}`}>{t(`winter.areas.states.${state}`)}</span>
        {p.isInvoiceable ? null : <span className="occupancy occupancy--inactive winter-areas__tag">{t('winter.areas.notInvoiced')}</span>}
      </td>
      <td className="winter-areas__comment">{p.comment}</td>
      {onEdit ? (
        <td>
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={onEdit} aria-label={t('winter.areas.editPlace', { place: `${section}-${p.number}` })} data-testid="winter-place-edit">
            {t('berthsMaster.edit')}
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
