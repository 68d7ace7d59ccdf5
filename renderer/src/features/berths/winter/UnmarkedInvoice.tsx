import { Button, ButtonSize } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatMoney, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useCreateWinterLeaseMutation } from './winter-api.ts';
import { WinterSection } from './WinterSections.tsx';

/**
 * A waiting unmarked notice: the boat is on its area already, so it takes no place; what the
 * winter costs, and the invoice made from it. An area without a price is said, never guessed.
 */
export function UnmarkedInvoice({ detail, canAct }: { detail: WinterApplicationDetail; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCreateWinterLeaseMutation();
  const [open, setOpen] = useState(false);
  const area = localized(detail.areas[0]?.name, lang);
  const cents = detail.unmarkedPriceCents;
  return (
    <WinterSection id="winter-unmarked" title={t('winter.unmarked.title')} testId="winter-unmarked">
      <p>{t('winter.unmarked.text', { area })}</p>
      {cents === null ? (
        <p className="winter-note winter-note--warning" data-testid="winter-unmarked-no-price">
          {t('winter.unmarked.noPrice')}
        </p>
      ) : (
        <dl className="facts">
          <dt>{t('winter.unmarked.price')}</dt>
          <dd data-testid="winter-unmarked-price">{formatMoney(cents, lang)}</dd>
        </dl>
      )}
      {canAct && cents !== null ? (
        <div className="detail-actions detail-actions--flat" role="group" aria-label={t('winter.unmarked.title')}>
          <Button size={ButtonSize.Small} data-testid="winter-create-invoice" onClick={() => setOpen(true)}>
            {t('winter.unmarked.create')}
          </Button>
        </div>
      ) : null}
      {open && cents !== null ? (
        <ConfirmDialog
          isOpen
          title={t('winter.unmarked.confirmTitle')}
          text={t('winter.unmarked.confirmText', { price: formatMoney(cents, lang) })}
          confirmLabel={t('winter.unmarked.create')}
          cancelLabel={t('winter.unmarked.keep')}
          testId="winter-create-dialog"
          confirmTestId="winter-create-confirm"
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            const error = commandError(await create({ input: { applicationId: detail.application.id, placeId: null }, applicationId: detail.application.id }));
            if (!error) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.createWinterLease' } }));
            return error;
          }}
        />
      ) : null}
    </WinterSection>
  );
}
