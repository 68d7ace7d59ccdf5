import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, ParticipationRow } from '../../../../domain/culture-kids/contract.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useErrorText } from '../../components/StateViews.tsx';
import { formatDateTime, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCancelEnrolmentMutation, useCkEnrolMutation, useCkMoveEnrolmentMutation, useCkProgramQuery, useCkSubscribeFreeSpotMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { enrollableOccurrences, freeSpotBlock } from './occurrence-options.ts';

export type EnrolmentAction = { kind: 'enrol' } | { kind: 'move'; row: ParticipationRow } | { kind: 'cancel'; row: ParticipationRow };

const REASON_MAX = 500;

/**
 * Enrol, move or cancel on a family's behalf: always with a reason, which the enrolment keeps.
 * Enrolling lists full occurrences too: choosing one offers the free-spot list instead.
 */
export function EnrolmentDialog({ detail, action, onClose }: { detail: ChildDetail; action: EnrolmentAction; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const program = useCkProgramQuery({ cohortId: detail.child.cohortId }, { skip: action.kind === 'cancel' });
  const [enrol] = useCkEnrolMutation();
  const [move] = useCkMoveEnrolmentMutation();
  const [cancel] = useCkCancelEnrolmentMutation();
  const [subscribe] = useCkSubscribeFreeSpotMutation();
  const errorText = useErrorText();
  const [occurrenceId, setOccurrenceId] = useState('');
  const [reason, setReason] = useState('');
  const choices = program.data ? enrollableOccurrences(program.data, new Date().toISOString(), action.kind === 'move' ? action.row.enrolment.occurrenceId : null, action.kind === 'enrol') : [];
  const chosen = choices.find((c) => c.occurrence.occurrence.id === occurrenceId);
  const waiting = chosen?.full === true;
  const block = chosen && waiting ? freeSpotBlock(detail, chosen) : null;
  const needsOccurrence = action.kind !== 'cancel';
  const ready = waiting ? block === null : reason.trim() !== '' && (!needsOccurrence || occurrenceId !== '');
  const prefix = action.kind === 'enrol' ? 'enrol' : action.kind === 'move' ? 'move' : 'cancelEnrolment';

  return (
    <ConfirmDialog
      isOpen
      title={action.kind === 'enrol' ? t('cultureKids.enrol.title') : action.kind === 'move' ? t('cultureKids.move.title') : t('cultureKids.cancelEnrolment.title')}
      text={action.kind === 'cancel' ? t('cultureKids.cancelEnrolment.text') : undefined}
      confirmLabel={waiting ? t('cultureKids.freeSpot.join') : action.kind === 'enrol' ? t('cultureKids.enrol.confirm') : action.kind === 'move' ? t('cultureKids.move.confirm') : t('cultureKids.cancelEnrolment.confirm')}
      cancelLabel={action.kind === 'cancel' ? t('cultureKids.cancelEnrolment.keep') : undefined}
      variant={action.kind === 'cancel' ? 'danger' : 'primary'}
      testId={`ck-${action.kind}-dialog`}
      confirmTestId={`ck-${action.kind}-confirm`}
      confirmDisabled={!ready}
      blockedReason={block ? errorText({ code: block, message: '' }) : needsOccurrence ? t('cultureKids.enrol.reasonRequired') : t('cultureKids.cancelEnrolment.reasonRequired')}
      onClose={onClose}
      onConfirm={async () => {
        const why = reason.trim();
        if (waiting) {
          const err = commandError(await subscribe({ childId: detail.child.id, occurrenceId }));
          if (!err) dispatch(announce({ key: 'cultureKids.freeSpot.joined' }));
          return err;
        }
        let err;
        if (action.kind === 'enrol') {
          if (!chosen) return null;
          err = commandError(await enrol({ childId: detail.child.id, eventId: chosen.eventId, occurrenceId, reason: why }));
        } else if (action.kind === 'move') {
          err = commandError(await move({ enrolmentId: action.row.enrolment.id, toOccurrenceId: occurrenceId, reason: why }));
        } else {
          err = commandError(await cancel({ enrolmentId: action.row.enrolment.id, reason: why }));
        }
        if (!err) dispatch(announce({ key: `cultureKids.${prefix}.done` }));
        return err;
      }}
    >
      {action.kind !== 'enrol' ? (
        <p>
          {localized(action.row.eventName, lang)}
          {action.row.occurrenceStartsAt ? ` · ${formatDateTime(action.row.occurrenceStartsAt, lang)}` : ''}
        </p>
      ) : null}
      {needsOccurrence ? (
        choices.length === 0 && !program.isLoading ? (
          <p data-testid="ck-enrol-none">{t('cultureKids.enrol.noOccurrences')}</p>
        ) : (
          <SelectField
            id="ck-enrol-occurrence"
            label={t('cultureKids.enrol.occurrence')}
            value={occurrenceId}
            onChange={setOccurrenceId}
            options={[
              { value: '', label: t('cultureKids.enrol.chooseOccurrence') },
              ...choices.map((c) => ({
                value: c.occurrence.occurrence.id,
                label: t(c.full ? 'cultureKids.enrol.fullOccurrenceOption' : 'cultureKids.enrol.occurrenceOption', {
                  event: localized(c.eventName, lang),
                  time: formatDateTime(c.occurrence.occurrence.startsAt, lang),
                  venue: localized(c.occurrence.venueName, lang),
                  free: c.occurrence.remaining,
                }),
              })),
            ]}
          />
        )
      ) : null}
      {waiting ? (
        <p data-testid="ck-free-spot-offer">{t('cultureKids.freeSpot.offer')}</p>
      ) : (
        <TextAreaWithCounter id="ck-enrol-reason" label={t(`cultureKids.${prefix === 'move' ? 'enrol' : prefix}.reason`)} value={reason} max={REASON_MAX} onValueChange={setReason} required />
      )}
    </ConfirmDialog>
  );
}
