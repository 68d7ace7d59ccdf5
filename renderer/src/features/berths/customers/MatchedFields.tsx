import { useTranslation } from 'react-i18next';
import type { CustomerMatch } from '../../../../../domain/berths/customer-contract.ts';
import { asLanguage } from '../../../format/locale.ts';
import { berthLabel } from '../berth-label.ts';

/** What made a customer a hit, beyond the name shown above it: "Matched: registration FIN-12345". */
export function MatchedFields({ matched }: { matched: readonly CustomerMatch[] }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const shown = matched.filter((m) => m.field !== 'name');
  if (shown.length === 0) return null;
  return (
    <span className="customer-hit__matched" data-testid="customer-hit-matched">
      {shown.map((m, i) => {
        const value =
          m.field === 'berth'
            ? t('berthCustomers.berthMatch', { berth: berthLabel(t, lang, { harbourName: m.harbourName, pier: m.pier, number: m.number }), season: m.season })
            : m.value;
        return (
          <span key={i} className="customer-hit__match" data-field={m.field}>
            {t('berthCustomers.matchedBy', { field: t(`berthCustomers.fields.${m.field}`), value })}
          </span>
        );
      })}
    </span>
  );
}
