import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardianView } from '../../../../domain/culture-kids/contract.ts';
import { homeLanguageName } from './home-languages.ts';
import { UnsubscribeAllDialog } from './UnsubscribeAllDialog.tsx';

/**
 * One guardian on a child's page: contact details only when the user may view families (null
 * otherwise); with that right, staff can unsubscribe the family from everything on its behalf.
 */
export function GuardianCard({ guardian: g, canUnsubscribe = false }: { guardian: GuardianView; canUnsubscribe?: boolean }) {
  const { t, i18n } = useTranslation();
  const [unsubscribing, setUnsubscribing] = useState(false);
  return (
    <div className="ck-guardian" data-testid="ck-guardian" data-has-contact={g.contact !== null}>
      <h4>
        {g.firstName} {g.lastName}
        {g.relationship ? <span className="muted"> · {t(`cultureKids.relationships.${g.relationship}`)}</span> : null}
        {!g.active ? <span className="muted"> · {t('cultureKids.child.inactive')}</span> : null}
      </h4>
      <dl>
        {g.contact ? (
          <>
            <dt>{t('cultureKids.child.email')}</dt>
            <dd data-testid="ck-guardian-email">{g.contact.email}</dd>
            <dt>{t('cultureKids.child.phone')}</dt>
            <dd data-testid="ck-guardian-phone">{g.contact.phone}</dd>
          </>
        ) : null}
        <dt>{t('cultureKids.child.contactLanguage')}</dt>
        <dd>{t(`cultureKids.languages.${g.language}`)}</dd>
        <dt>{t('cultureKids.child.homeLanguages')}</dt>
        <dd>{g.homeLanguages.map((l) => homeLanguageName(l, i18n.language, t('cultureKids.registry.otherLanguage'))).join(', ') || '–'}</dd>
        <dt>{t('cultureKids.child.consent')}</dt>
        <dd data-testid="ck-guardian-consent" data-accepts={g.acceptsCommunication}>
          {g.acceptsCommunication ? t('cultureKids.child.consentYes') : t('cultureKids.child.consentNo')}
        </dd>
      </dl>
      {canUnsubscribe ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setUnsubscribing(true)} data-testid="ck-guardian-unsubscribe-all">
          {t('cultureKids.unsubscribeAll.open')}
        </Button>
      ) : null}
      {unsubscribing ? <UnsubscribeAllDialog guardian={g} onClose={() => setUnsubscribing(false)} /> : null}
    </div>
  );
}
