import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { formatMetres } from '../../../format/format.ts';
import { Section, useLang } from './customer-section.tsx';

/** The customer's boats with their sizes. */
export function Boats({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
  return (
    <Section id="boats" title={t('berthCustomers.sections.boats')}>
      {view.boats.length === 0 ? (
        <p className="muted">{t('berthCustomers.boats.none')}</p>
      ) : (
        <table className="customer-table">
          <thead>
            <tr>
              <th scope="col">{t('berthCustomers.boats.registration')}</th>
              <th scope="col">{t('berthCustomers.boats.name')}</th>
              <th scope="col">{t('berthCustomers.boats.type')}</th>
              <th scope="col">{t('berthCustomers.boats.size')}</th>
            </tr>
          </thead>
          <tbody>
            {view.boats.map((b) => (
              <tr key={b.id}>
                <td>{b.registrationNumber || <span className="muted">{t('berthCustomers.boats.noRegistration')}</span>}</td>
                <td>{b.name}</td>
                <td>{t(`boatTypes.t${b.boatType}`)}</td>
                <td>{t('berthCustomers.boats.sizeValue', { length: formatMetres(b.length, lang), width: formatMetres(b.width, lang) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
