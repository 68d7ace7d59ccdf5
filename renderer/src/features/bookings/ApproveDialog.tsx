import { RadioButton, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { useApproveReservationMutation } from '../../api/kuva-api.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatMoney } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { commandError } from '../../api/command-error.ts';
import { eurosForInput, parseEuros } from './money-input.ts';

type PriceChoice = 'asPriced' | 'subsidy' | 'free';

/**
 * Approve with a required note and, when the handler changes it, a final price: a subsidy or free
 * of charge. The undiscounted price stays on the booking for statistics, and the dialog says so.
 */
export function ApproveDialog({ detail, onClose }: { detail: ReservationDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [approve] = useApproveReservationMutation();
  const r = detail.reservation;
  const [note, setNote] = useState('');
  const [choice, setChoice] = useState<PriceChoice>(r.applyingForFreeOfCharge ? 'subsidy' : 'asPriced');
  const [priceText, setPriceText] = useState(eurosForInput(r.priceCents, lang));
  const typed = parseEuros(priceText);
  const priceError =
    choice !== 'subsidy' ? null : typed === null ? t('bookings.approve.priceFormat') : typed > r.undiscountedPriceCents ? t('bookings.approve.priceTooHigh', { max: formatMoney(r.undiscountedPriceCents, lang) }) : null;
  const finalPriceCents = choice === 'free' ? 0 : choice === 'subsidy' && typed !== null ? typed : undefined;
  const blocked = !note.trim() ? t('bookings.approve.noteRequired') : priceError ? t('bookings.approve.fixPrice') : null;
  const subsidyAsked = r.applyingForFreeOfCharge;
  return (
    <ConfirmDialog
      isOpen
      title={subsidyAsked ? t('bookings.approve.titleSubsidy') : t('bookings.approve.title')}
      confirmLabel={t('bookings.approve.confirm')}
      cancelLabel={t('bookings.approve.cancel')}
      testId="approve-dialog"
      confirmTestId="approve-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await approve({ reservationId: r.id, note: note.trim(), ...(finalPriceCents === undefined ? {} : { finalPriceCents }) }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.approveReservation' } }));
        return err;
      }}
    >
      <dl className="facts facts--dialog">
        <dt>{t('bookings.detail.priceGross')}</dt>
        <dd>{formatMoney(r.priceCents, lang)}</dd>
        <dt>{t('bookings.detail.undiscounted')}</dt>
        <dd data-testid="approve-undiscounted">{formatMoney(r.undiscountedPriceCents, lang)}</dd>
        {subsidyAsked ? (
          <>
            <dt>{t('bookings.detail.freeOfCharge')}</dt>
            <dd>{r.freeOfChargeReason || '–'}</dd>
          </>
        ) : null}
      </dl>
      <fieldset className="radio-group">
        <legend>{t('bookings.approve.finalPrice')}</legend>
        {(['asPriced', 'subsidy', 'free'] as const).map((c) => (
          <RadioButton
            key={c}
            id={`approve-price-${c}`}
            data-testid={`approve-price-${c}`}
            name="approve-price"
            value={c}
            label={c === 'asPriced' ? t('bookings.approve.asPriced', { price: formatMoney(r.priceCents, lang) }) : t(`bookings.approve.${c}`)}
            checked={choice === c}
            onChange={() => setChoice(c)}
          />
        ))}
      </fieldset>
      {choice === 'subsidy' ? (
        <TextInput
          id="approve-price"
          data-testid="approve-price"
          label={t('bookings.approve.priceLabel')}
          helperText={t('bookings.approve.priceHelp', { max: formatMoney(r.undiscountedPriceCents, lang) })}
          value={priceText}
          onChange={(e) => setPriceText(e.target.value)}
          invalid={priceError !== null}
          errorText={priceError ?? undefined}
          inputMode="decimal"
          autoComplete="off"
        />
      ) : null}
      <p className="muted">{t('bookings.approve.undiscountedKept')}</p>
      <TextAreaWithCounter id="approve-note" data-testid="approve-note" label={t('bookings.approve.note')} required value={note} max={LONG_TEXT_MAX} onValueChange={setNote} />
    </ConfirmDialog>
  );
}
