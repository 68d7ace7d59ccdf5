import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StickerLetterRow } from '../../../../../domain/berths/winter-contract.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';

/** The letters to post with a check box each and one for all (mixed while only some are chosen). */
export function LettersTable({ rows, selected, onSelect }: { rows: StickerLetterRow[]; selected: ReadonlySet<string>; onSelect: (next: ReadonlySet<string>) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const allRef = useRef<HTMLInputElement | null>(null);
  const chosen = rows.filter((r) => selected.has(r.leaseId)).length;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && chosen < rows.length;
  }, [chosen, rows.length]);

  function toggle(leaseId: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(leaseId);
    else next.delete(leaseId);
    onSelect(next);
  }

  return (
    <div className="winter-letters__table table-scroll">
      <table className="data-table" data-testid="sticker-letters-table">
        <caption className="visually-hidden">{t('winter.letters.gridLabel')}</caption>
        <thead>
          <tr>
            <th scope="col" className="winter-letters__check">
              <input
                ref={allRef}
                type="checkbox"
                data-testid="sticker-letters-select-all"
                aria-label={t('winter.letters.selectAll')}
                checked={rows.length > 0 && chosen === rows.length}
                onChange={(e) => onSelect(e.target.checked ? new Set(rows.map((r) => r.leaseId)) : new Set())}
              />
            </th>
            <th scope="col" className="num">{t('winter.letters.sticker')}</th>
            <th scope="col">{t('winter.letters.season')}</th>
            <th scope="col">{t('winter.letters.customer')}</th>
            <th scope="col">{t('winter.letters.address')}</th>
            <th scope="col">{t('winter.letters.area')}</th>
            <th scope="col">{t('winter.letters.boat')}</th>
            <th scope="col">{t('winter.letters.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.leaseId} data-testid="sticker-letter-row" data-lease-id={r.leaseId} data-sticker={r.stickerNumber} data-pending={String(r.pending)} className={selected.has(r.leaseId) ? 'row--chosen' : undefined}>
              <td className="winter-letters__check">
                <input
                  type="checkbox"
                  data-testid="sticker-letter-select"
                  aria-label={t('winter.letters.selectRow', { number: r.stickerNumber, name: r.customerName })}
                  checked={selected.has(r.leaseId)}
                  onChange={(e) => toggle(r.leaseId, e.target.checked)}
                />
              </td>
              <td className="num">
                <strong>{r.stickerNumber}</strong>
                {r.pending ? (
                  <span className="pending-marker winter-letters__pending" title={t('winter.letters.pending')}>
                    <PendingIcon />
                    <span className="visually-hidden">{t('winter.letters.pending')}</span>
                  </span>
                ) : null}
              </td>
              <td>{r.stickerSeason}</td>
              <td className="winter-letters__wrap">{r.customerName}</td>
              <td className="winter-letters__wrap">{[r.address, `${r.zipCode} ${r.municipality}`.trim()].filter(Boolean).join(', ')}</td>
              <td className="winter-letters__wrap">{localized(r.areaName, lang)}</td>
              <td>{r.boatRegistration}</td>
              <td>{r.reference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
