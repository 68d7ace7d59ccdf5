import { Checkbox, DateInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, DEFAULT_DUE_DAYS } from '../../../../domain/berths/seasons.ts';
import type { BerthSuggestionRow } from '../../../../domain/contract.ts';
import { asAppError } from '../../api/base-query.ts';
import { useOfferBerthMutation } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { dayAsLocalDate, finnishDay, parseDay } from '../../format/dates.ts';
import { formatMetres, formatMoney, helsinkiToday, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce, setSuggestionsOpen } from '../../store/ui-slice.ts';

export function OfferDialog({
  applicationId,
  berth,
  boatLength,
  onClose,
}: {
  applicationId: string;
  berth: BerthSuggestionRow;
  boatLength: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const today = helsinkiToday();
  const [dueText, setDueText] = useState(() => finnishDay(addDays(today, DEFAULT_DUE_DAYS)));
  const [ack, setAck] = useState(false);
  const [offerBerth] = useOfferBerthMutation();
  const parsed = parseDay(dueText);
  const dueDate = parsed.ok ? parsed.iso : null;
  const dueError = !parsed.ok
    ? t(parsed.reason === 'empty' ? 'offer.dueDateMissing' : 'offer.dueDateFormat')
    : parsed.iso < today
      ? t('errors.due_date_in_past')
      : null;
  const dueValid = dueDate !== null && dueError === null;
  const berthText = t('detail.berthLabel', { harbour: localized(berth.harbourName, lang), pier: berth.pier || '–', number: berth.number });

  return (
    <ConfirmDialog
      isOpen
      title={t('offer.title')}
      text={t('offer.intro')}
      confirmLabel={t('offer.confirm')}
      testId="offer-dialog"
      confirmTestId="offer-confirm"
      confirmDisabled={!dueValid || (berth.shorterThanBoat && !ack)}
      onClose={onClose}
      onConfirm={async () => {
        if (!dueDate) return { code: 'bad_request', message: 'No due date' };
        const r = await offerBerth({ applicationId, berthId: berth.berthId, dueDate, acceptShorter: berth.shorterThanBoat && ack });
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(setSuggestionsOpen(false));
        dispatch(announce({ key: 'commands.pending', params: { command: 'commands.offerBerth' } }));
        return null;
      }}
    >
      <dl className="facts facts--dialog">
        <dt>{t('offer.berth')}</dt>
        <dd data-testid="offer-berth-label">{berthText}</dd>
        <dt>{t('suggest.width')} / {t('suggest.length')}</dt>
        <dd>
          {formatMetres(berth.width, lang)} × {formatMetres(berth.length, lang)}
        </dd>
        <dt>{t('offer.price')}</dt>
        <dd>{berth.priceCents == null ? t('offer.noPrice') : formatMoney(berth.priceCents, lang)}</dd>
      </dl>
      <DateInput
        id="offer-due-date"
        data-testid="offer-due-date"
        label={t('offer.dueDate')}
        helperText={t('offer.dueDateHelp')}
        language={lang}
        value={dueText}
        onChange={(value) => setDueText(value)}
        minDate={dayAsLocalDate(today)}
        initialMonth={dueDate ? dayAsLocalDate(dueDate) : undefined}
        disableConfirmation
        openButtonAriaLabel={t('offer.calendar')}
        selectButtonLabel={t('offer.calendarSelect')}
        closeButtonLabel={t('offer.calendarClose')}
        invalid={dueError !== null}
        errorText={dueError ?? undefined}
        autoComplete="off"
        required
      />
      {berth.shorterThanBoat ? (
        <div className="shorter-warning" role="note">
          <p>
            <strong>{t('suggest.shorter')}.</strong> {t('offer.shorterWarning', { berth: formatMetres(berth.length, lang), boat: formatMetres(boatLength, lang) })}
          </p>
          <Checkbox id="offer-shorter-ack" data-testid="offer-shorter-ack" label={t('offer.shorterAck')} checked={ack} onChange={(e) => setAck(e.target.checked)} />
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
