import { Button, ButtonSize, ButtonVariant, IconCross, IconPen } from 'hds-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarbourBerthRow, HarbourOverviewRow } from '../../../../../domain/contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useListBerthsQuery } from '../../../api/kuva-api.ts';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatInteger, formatMetres, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { formatSize } from './harbour-columns.tsx';
import { groupByPier, type PierGroup } from './harbour-filter.ts';
import type { HarbourMasterData } from '../../../../../domain/berths/master-data-contract.ts';
import { useHarbourMasterDataQuery } from './master-data-api.ts';
import { useCanEditMasterData } from './useCanEditMasterData.ts';
import { BerthEditDialog } from './BerthEditDialog.tsx';
import { PierEditDialog } from './PierEditDialog.tsx';
import { HarbourEditDialog } from './HarbourEditDialog.tsx';
import { AddButton } from './AddButton.tsx';

type Editing = { kind: 'harbour' } | { kind: 'addPier' } | { kind: 'pier'; id: string } | { kind: 'berth'; id: string } | { kind: 'addBerth'; pierId: string };

/**
 * One harbour's berths, pier by pier; occupancy for the season when the role may read cases.
 * `season` undefined = the season offers are made for today.
 */
export function HarbourDetail({ harbour, season, onClose }: { harbour: HarbourOverviewRow; season: number | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useListBerthsQuery({ harbourId: harbour.id, season });
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // currentData, not data: after a season change the last season's berths must not show as this one's.
  const data = q.currentData;
  const name = localized(harbour.name, lang);
  const canEdit = useCanEditMasterData();
  // The full records with their versions, for the edit dialogs: read only for the roles that edit.
  const master = useHarbourMasterDataQuery(harbour.id, { skip: !canEdit }).data ?? null;
  const groups = useMemo(() => withEmptyPiers(groupByPier(data?.berths ?? []), master), [data, master]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const onEdit = canEdit && master ? setEditing : null;

  // Focus moves into the panel when it opens, so a keyboard user reads on from there.
  useEffect(() => {
    headingRef.current?.focus();
  }, [harbour.id]);

  const n = (value: number) => formatInteger(value, lang);
  const o = harbour.occupancy;
  return (
    <aside className="detail-panel harbour-detail" aria-labelledby="harbour-detail-title" data-testid="harbour-detail" data-harbour-id={harbour.id}>
      <div className="detail-panel__bar">
        <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconCross />} onClick={onClose} data-testid="harbour-detail-close">
          {t('harbourDetail.close')}
        </Button>
      </div>
      <div className="detail-panel__body">
        <header className="detail-head">
          <h2 id="harbour-detail-title" ref={headingRef} tabIndex={-1}>
            {name}
          </h2>
          <p className="detail-head__meta">
            {t(`regions.${harbour.region}`)}
            {data ? ` · ${t('harbours.season', { season: data.season })}` : ''}
          </p>
          {onEdit ? (
            <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} iconStart={<IconPen />} onClick={() => onEdit({ kind: 'harbour' })} data-testid="harbour-edit">
              {t('berthsMaster.editHarbour')}
            </Button>
          ) : null}
          {onEdit ? (
            <AddButton text={t('berthsMaster.addPierShort')} label={t('berthsMaster.addPier', { harbour: name })} onClick={() => onEdit({ kind: 'addPier' })} testId="pier-add" />
          ) : null}
        </header>
        <section className="detail-section" aria-labelledby="harbour-summary-title">
          <h3 id="harbour-summary-title" className="visually-hidden">
            {t('harbourDetail.summary')}
          </h3>
          <dl className="harbour-facts">
            {o ? (
              <>
                <Fact label={t('harbours.free')} value={n(o.free)} free />
                <Fact label={t('harbours.offered')} value={n(o.offered)} />
                <Fact label={t('harbours.leased')} value={n(o.leased)} />
                <Fact label={t('harbours.renewal')} value={n(o.renewal)} />
              </>
            ) : null}
            <Fact label={t('harbours.piers')} value={n(harbour.pierCount)} />
            <Fact label={t('harbours.berths')} value={n(harbour.berthCount)} />
            <Fact label={t('harbours.active')} value={n(harbour.activeBerths)} />
            <Fact label={t('harbours.inactive')} value={n(harbour.inactiveBerths)} />
            <Fact label={t('harbours.maxSize')} value={formatSize(harbour.maxWidth, harbour.maxLength, lang)} />
          </dl>
        </section>
        {q.isError ? (
          <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
        ) : !data ? (
          <LoadingState text={t('harbourDetail.loading')} />
        ) : groups.length === 0 ? (
          <p className="muted" data-testid="harbour-detail-empty">
            {t('harbourDetail.empty')}
          </p>
        ) : (
          groups.map((g) => <PierTable key={g.pierId} group={g} season={data.includesOccupancy ? data.season : null} onEdit={onEdit} />)
        )}
      </div>
      {editing && master ? <EditDialog editing={editing} master={master} harbourName={name} onClose={() => setEditing(null)} /> : null}
    </aside>
  );
}

function Fact({ label, value, free }: { label: string; value: string; free?: boolean }) {
  return (
    <div className={`harbour-fact${free ? ' harbour-fact--free' : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * The piers the berths list, then (for the roles that edit, who read the master data) the
 * harbour's piers without a berth yet, such as one just added: berths are added on them.
 */
function withEmptyPiers(groups: PierGroup[], master: HarbourMasterData | null): PierGroup[] {
  if (!master) return groups;
  const listed = new Set(groups.map((g) => g.pierId));
  return [...groups, ...master.piers.filter((p) => !listed.has(p.record.id)).map((p) => ({ pierId: p.record.id, pier: p.record.identifier, berths: [] }))];
}

/** The dialog for what is being edited, from the records the master data query read. */
function EditDialog({ editing, master, harbourName, onClose }: { editing: Editing; master: HarbourMasterData; harbourName: string; onClose: () => void }) {
  if (editing.kind === 'harbour') return <HarbourEditDialog harbour={master.harbour.record} onClose={onClose} />;
  if (editing.kind === 'pier' || editing.kind === 'addPier') {
    const pier = editing.kind === 'pier' ? master.piers.find((p) => p.record.id === editing.id) : null;
    if (pier === undefined) return null;
    const others = master.piers.filter((p) => p !== pier).map((p) => p.record.identifier);
    return <PierEditDialog pier={pier?.record ?? null} harbourId={master.harbour.record.id} harbour={harbourName} otherIdentifiers={others} onClose={onClose} />;
  }
  const berth = editing.kind === 'berth' ? master.berths.find((b) => b.record.id === editing.id) : null;
  if (berth === undefined) return null;
  const pierId = editing.kind === 'addBerth' ? editing.pierId : (berth?.record.pierId ?? '');
  const pier = master.piers.find((p) => p.record.id === pierId)?.record.identifier ?? '';
  const onPier = master.berths.filter((b) => b !== berth && b.record.pierId === pierId);
  const others = onPier.map((b) => b.record.number);
  return <BerthEditDialog berth={berth} pierId={pierId} pier={pier} otherNumbers={others} newMooring={onPier.at(-1)?.record.mooringType} onClose={onClose} />;
}

/** A pier's berths as a table; `season` null = no occupancy column (harbour services). `onEdit` only for roles that edit. */
function PierTable({ group, season, onEdit }: { group: PierGroup; season: number | null; onEdit: ((e: Editing) => void) | null }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const titleId = `pier-${group.pierId}`;
  const free = group.berths.filter((b) => b.occupancy === 'free').length;
  return (
    <section className="detail-section pier-section" aria-labelledby={titleId} data-testid="pier-section" data-pier-id={group.pierId}>
      <h3 id={titleId} className="pier-section__title">
        <span>{group.pier ? t('harbourDetail.pier', { pier: group.pier }) : t('harbourDetail.pierUnnamed')}</span>
        <span className="pier-section__meta">
          {t('harbourDetail.pierBerths', { count: group.berths.length })}
          {season != null ? ` · ${t('harbourDetail.pierFree', { count: free })}` : ''}
        </span>
        {onEdit ? (
          <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconPen />} onClick={() => onEdit({ kind: 'pier', id: group.pierId })} data-testid="pier-edit">
            {t('berthsMaster.editPier', { pier: group.pier })}
          </Button>
        ) : null}
        {onEdit ? (
          <AddButton text={t('berthsMaster.addBerthShort')} label={t('berthsMaster.addBerth', { pier: group.pier })} onClick={() => onEdit({ kind: 'addBerth', pierId: group.pierId })} testId="berth-add" />
        ) : null}
      </h3>
      {group.berths.length === 0 ? (
        <p className="muted" data-testid="pier-no-berths">
          {t('berthsMaster.pierNoBerths')}
        </p>
      ) : (
      <div className="table-scroll">
        <table className="data-table berths-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('harbourDetail.number')}
              </th>
              <th scope="col" className="num">
                {t('harbourDetail.width')}
              </th>
              <th scope="col" className="num">
                {t('harbourDetail.length')}
              </th>
              <th scope="col">{t('harbourDetail.mooring')}</th>
              {season != null ? <th scope="col">{t('harbourDetail.occupancy', { season })}</th> : <th scope="col">{t('harbourDetail.inUse')}</th>}
              {onEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t('berthsMaster.edit')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {group.berths.map((b) => (
              <BerthRow key={b.id} berth={b} withOccupancy={season != null} lang={lang} onEdit={onEdit} />
            ))}
          </tbody>
        </table>
      </div>
      )}
    </section>
  );
}

function BerthRow({ berth, withOccupancy, lang, onEdit }: { berth: HarbourBerthRow; withOccupancy: boolean; lang: ReturnType<typeof asLanguage>; onEdit: ((e: Editing) => void) | null }) {
  const { t } = useTranslation();
  const state = withOccupancy ? (berth.occupancy ?? 'free') : berth.isActive ? 'active' : 'inactive';
  return (
    <tr data-testid="berth-row" data-berth-id={berth.id} data-occupancy={berth.occupancy ?? ''} className={berth.isActive ? undefined : 'berth-row--inactive'}>
      <th scope="row" className="num">
        {berth.number}
      </th>
      <td className="num">{formatMetres(berth.width, lang)}</td>
      <td className="num">{formatMetres(berth.length, lang)}</td>
      <td>{t(`mooring.${berth.mooringType}`)}</td>
      <td>
        {withOccupancy ? (
          <span className={`occupancy occupancy--${state}`}>{t(`occupancy.${berth.occupancy ?? 'free'}`)}</span>
        ) : (
          <span className={`occupancy occupancy--${state}`}>{berth.isActive ? t('harbourDetail.yes') : t('harbourDetail.no')}</span>
        )}
      </td>
      {onEdit ? (
        <td>
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => onEdit({ kind: 'berth', id: berth.id })} aria-label={t('berthsMaster.editBerth', { number: berth.number })} data-testid="berth-edit">
            {t('berthsMaster.edit')}
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
