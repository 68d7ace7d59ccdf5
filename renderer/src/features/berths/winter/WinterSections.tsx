import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { formatMetres, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { CustomerLink } from '../customers/CustomerLink.tsx';

function useLang() {
  const { t, i18n } = useTranslation();
  return { t, lang: asLanguage(i18n.language) };
}

function Fact({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

/** One titled part of the panel; the title names the section for screen readers. */
export function WinterSection({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

export function WinterApplicantSection({ detail }: { detail: WinterApplicationDetail }) {
  const { t } = useLang();
  const a = detail.application.applicant;
  return (
    <WinterSection id="winter-applicant" title={t('winter.detail.applicant')} testId="winter-applicant">
      <dl className="facts">
        <Fact label={t('detail.name')} value={`${a.firstName} ${a.lastName}`.trim()} testId="winter-applicant-name" />
        <Fact label={t('detail.company')} value={a.companyName} />
        <Fact label={t('detail.email')} value={a.email} />
        <Fact label={t('detail.phone')} value={a.phone} />
        <Fact label={t('detail.address')} value={[a.address, `${a.zipCode} ${a.municipality}`.trim()].filter(Boolean).join(', ')} />
        <Fact label={t('detail.language')} value={t(`languages.${a.language}`)} />
        <Fact label={t('detail.customerKind')} value={detail.customer ? t(`customerKinds.${detail.customer.kind}`, { defaultValue: detail.customer.kind }) : null} />
      </dl>
      <CustomerLink customerId={detail.application.customerId} />
    </WinterSection>
  );
}

/** The boat, and the length it takes the way it is stored (a trailer adds a metre, brief 2.3). */
export function WinterBoatSection({ detail }: { detail: WinterApplicationDetail }) {
  const { t, lang } = useLang();
  const { boat, storageMethod, trailerRegistrationNumber } = detail.application;
  const onTrailer = detail.storedLength > boat.length;
  return (
    <WinterSection id="winter-boat" title={t('winter.detail.boat')} testId="winter-boat">
      <dl className="facts">
        <Fact label={t('detail.boatType')} value={t(`boatTypes.t${boat.boatType}`)} />
        <Fact label={t('detail.registration')} value={boat.registrationNumber} />
        <Fact label={t('detail.boatName')} value={boat.name} />
        <Fact label={t('detail.model')} value={boat.model} />
        <Fact label={t('detail.length')} value={formatMetres(boat.length, lang)} />
        <Fact label={t('detail.width')} value={formatMetres(boat.width, lang)} />
        <Fact label={t('winter.detail.storageMethod')} value={t(`winter.detail.storageMethods.${storageMethod}`)} />
        <Fact label={t('winter.detail.trailer')} value={trailerRegistrationNumber} />
        <Fact label={t('winter.detail.storedLength')} value={formatMetres(detail.storedLength, lang)} testId="winter-stored-length" />
      </dl>
      {onTrailer ? (
        <p className="winter-note" data-testid="winter-trailer-note">
          {t('winter.detail.trailerExtra', { boat: formatMetres(boat.length, lang), stored: formatMetres(detail.storedLength, lang) })}
        </p>
      ) : null}
    </WinterSection>
  );
}

export function WinterAreasSection({ detail }: { detail: WinterApplicationDetail }) {
  const { t, lang } = useLang();
  const areas = [...detail.areas].sort((x, y) => x.choice - y.choice);
  const unmarked = detail.application.areaType === 'unmarked';
  return (
    <WinterSection id="winter-areas" title={unmarked ? t('winter.detail.area') : t('winter.detail.areas')}>
      {unmarked ? (
        <p data-testid="winter-area">{areas.map((a) => localized(a.name, lang)).join(', ')}</p>
      ) : (
        <ol className="choices" data-testid="winter-areas">
          {areas.map((a) => (
            <li key={a.id}>{localized(a.name, lang)}</li>
          ))}
        </ol>
      )}
    </WinterSection>
  );
}
