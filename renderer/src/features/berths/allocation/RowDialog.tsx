import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationBerth } from '../../../../../domain/berths/allocation-contract.ts';
import { alternativeBerths } from '../../../../../domain/berths/allocation-proposal.ts';
import type { Localized } from '../../../../../domain/languages.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { asLanguage } from '../../../format/locale.ts';
import { berthLabel } from '../berth-label.ts';
import { formatSize } from '../harbours/harbour-columns.tsx';
import type { Adjustment, ReviewRow } from './adjusted-rows.ts';

/** A long list helps nobody: the best ones are first, as in the suggestion list. */
const MAX_CHOICES = 200;
const DROP = 'drop';

/**
 * Change a row's berth to another free one that suits the boat (none of them proposed to another
 * row), or drop the row so no offer is sent for it. The list is the suggestion list's order.
 */
export function RowDialog({
  row,
  freeBerths,
  heldByOthers,
  harbourName,
  onApply,
  onClose,
}: {
  row: ReviewRow;
  freeBerths: readonly AllocationBerth[];
  heldByOthers: ReadonlySet<string>;
  harbourName: (id: string) => Localized | null;
  onApply: (adjustment: Adjustment) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const options = useMemo(() => {
    const piers = new Map(freeBerths.map((b) => [b.pierId, { identifier: b.pier }]));
    const app = { id: row.applicationId, harbourChoices: row.harbourChoices, boat: { width: row.boatWidth, length: row.boatLength }, switch: row.currentBerthId ? { currentBerthId: row.currentBerthId } : null, accessibilityRequired: row.accessibilityRequired };
    return alternativeBerths(app, freeBerths, heldByOthers, piers)
      .slice(0, MAX_CHOICES)
      .map((s) => {
        const b = s.berth as AllocationBerth;
        const label = [
          berthLabel(t, lang, { harbourName: harbourName(b.harbourId), pier: b.pier, number: b.number }),
          formatSize(b.width, b.length, lang),
          t('allocation.choiceRank', { rank: s.choiceOrder }),
          ...(s.shorterThanBoat ? [t('allocation.flag.shorter')] : []),
        ].join(' · ');
        return { value: b.id, label };
      });
  }, [freeBerths, heldByOthers, row, t, lang, harbourName]);
  const [value, setValue] = useState(row.berthId ?? options[0]?.value ?? DROP);
  const chosen = freeBerths.find((b) => b.id === value) ?? null;
  const shorter = chosen !== null && chosen.length + 1e-9 < row.boatLength;

  return (
    <ConfirmDialog
      isOpen
      title={t('allocation.row.title', { reference: row.reference })}
      text={t('allocation.row.intro', { name: row.applicantName, boat: formatSize(row.boatWidth, row.boatLength, lang) })}
      confirmLabel={t('allocation.row.apply')}
      cancelLabel={t('allocation.row.cancel')}
      testId="allocation-row-dialog"
      confirmTestId="allocation-row-apply"
      onClose={onClose}
      onConfirm={async () => {
        onApply(value === DROP ? { kind: 'drop' } : { kind: 'berth', berthId: value });
        return null;
      }}
    >
      <SelectField
        id="allocation-row-berth"
        label={t('allocation.row.berth')}
        value={value}
        onChange={setValue}
        options={[...options, { value: DROP, label: t('allocation.row.drop') }]}
      />
      {options.length === 0 ? <p data-testid="allocation-row-none">{t('allocation.row.noneFree')}</p> : null}
      {shorter ? (
        <p className="shorter-warning" role="note" data-testid="allocation-row-shorter">
          {t('allocation.row.shorterNote')}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
