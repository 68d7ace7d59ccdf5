import { Checkbox } from 'hds-react';
import { berthLabel } from './berth-label.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BerthSuggestionRow } from '../../../../domain/contract.ts';
import { asAppError } from '../../api/base-query.ts';
import { useGetApplicationQuery, useOfferBerthMutation } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatMetres, formatMoney } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce, setSuggestionsOpen } from '../../store/ui-slice.ts';
import { DueDateField, useDueDate } from './DueDateField.tsx';

/**
 * Offer a berth. The due date is checked as it is typed against the same window the central
 * decides with; while it or the shorter-berth confirmation is missing, the offer cannot be sent
 * and the dialog says why. A plain text field: the calendar widget validated only on blur, with
 * its own parser, and contradicted this check.
 */
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
  const season = useGetApplicationQuery(applicationId).data?.application.season ?? null;
  const due = useDueDate(season);
  const [ack, setAck] = useState(false);
  const [offerBerth] = useOfferBerthMutation();
  const dueError = due.error;
  const needsAck = berth.shorterThanBoat && !ack;
  const blockedReason = dueError ? t('offer.fixDueDate') : needsAck ? t('offer.ackFirst') : null;
  const berthText = berthLabel(t, lang, { harbourName: berth.harbourName, pier: berth.pier, number: berth.number });

  return (
    <ConfirmDialog
      isOpen
      title={t('offer.title')}
      text={t('offer.intro')}
      confirmLabel={t('offer.confirm')}
      cancelLabel={t('offer.cancel')}
      testId="offer-dialog"
      confirmTestId="offer-confirm"
      confirmDisabled={!due.iso || needsAck}
      blockedReason={blockedReason ? t('offer.cannotSend', { reason: blockedReason }) : null}
      onClose={onClose}
      onConfirm={async () => {
        if (!due.iso) return { code: 'bad_request', message: 'No valid due date' };
        const r = await offerBerth({ applicationId, berthId: berth.berthId, dueDate: due.iso, acceptShorter: berth.shorterThanBoat && ack });
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
      <DueDateField id="offer-due-date" label={t('offer.dueDate')} due={due} />
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
