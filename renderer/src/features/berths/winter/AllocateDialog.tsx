import { Checkbox } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail, WinterPlaceSuggestion } from '../../../../../domain/berths/winter-contract.ts';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatMetres, formatMoney, formatNumber2, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useCreateWinterLeaseMutation } from './winter-api.ts';
import { placeName } from './place-name.ts';

/** Allocate one marked place; a place shorter than the boat needs is given only once confirmed. */
export function AllocateDialog({ detail, place, onClose }: { detail: WinterApplicationDetail; place: WinterPlaceSuggestion; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCreateWinterLeaseMutation();
  const [ack, setAck] = useState(false);
  const short = place.fit === 'too_short';
  const area = localized(place.areaName, lang);
  const name = placeName(place);
  const price = place.priceCents == null ? t('winter.suggestions.noPrice') : formatMoney(place.priceCents, lang);
  return (
    <ConfirmDialog
      isOpen
      title={t('winter.suggestions.confirmTitle', { place: name })}
      text={t('winter.suggestions.confirmText', { place: name, area, season: stickerSeason(detail.application.winter).replace('_', '–'), price })}
      confirmLabel={t('winter.suggestions.confirm')}
      cancelLabel={t('winter.suggestions.keep')}
      confirmDisabled={short && !ack}
      blockedReason={short && !ack ? t('winter.suggestions.ackFirst') : null}
      testId="winter-allocate-dialog"
      confirmTestId="winter-allocate-confirm"
      onClose={onClose}
      onConfirm={async () => {
        const error = commandError(await create({ input: { applicationId: detail.application.id, placeId: place.placeId }, applicationId: detail.application.id }));
        if (!error) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.createWinterLease' } }));
        return error;
      }}
    >
      <dl className="facts facts--dialog">
        <dt>{t('winter.suggestions.place')}</dt>
        <dd>
          {area} {name}
        </dd>
        <dt>{t('winter.suggestions.size')}</dt>
        <dd>
          {formatNumber2(place.width, lang)} × {formatMetres(place.length, lang)}
        </dd>
        <dt>{t('winter.detail.storedLength')}</dt>
        <dd>{formatMetres(detail.storedLength, lang)}</dd>
        <dt>{t('winter.suggestions.price')}</dt>
        <dd>{price}</dd>
      </dl>
      {short ? (
        <div className="shorter-warning" role="note">
          <p>
            <strong>{t('winter.suggestions.tooShort')}.</strong>{' '}
            {t('winter.suggestions.tooShortWarning', { place: formatMetres(place.length, lang), boat: formatMetres(detail.storedLength, lang) })}
          </p>
          <Checkbox id="winter-allocate-ack" data-testid="winter-allocate-ack" label={t('winter.suggestions.tooShortAck')} checked={ack} onChange={(e) => setAck(e.target.checked)} />
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
