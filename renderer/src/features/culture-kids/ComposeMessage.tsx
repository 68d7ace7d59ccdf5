import { Button } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trilingual } from '../../../../domain/culture-kids/entities.ts';
import { MESSAGE_PROTOCOLS, RECIPIENT_SELECTIONS, type RecipientSelection } from '../../../../domain/culture-kids/vocabulary.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useErrorText } from '../../components/StateViews.tsx';
import { formatDateTime, formatInteger, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkProgramQuery, useCkRecipientCountQuery, useCkSendMessageMutation } from './ck-api.ts';
import type { CkContext } from './CkFrame.tsx';
import { commandError } from '../../api/command-error.ts';
import { smsSegments } from '../../format/sms-segments.ts';
import { EMPTY_TRILINGUAL, TrilingualFields } from '../../components/TrilingualFields.tsx';

type Protocol = (typeof MESSAGE_PROTOCOLS)[number];

/**
 * A new email or SMS: recipients (all only with its permission; invited cannot be narrowed),
 * optionally one event and some of its occurrences, texts in three languages (Finnish required),
 * the live recipient count, and a send that asks once and cannot be undone.
 */
export function ComposeMessage({ ctx }: { ctx: CkContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const program = useCkProgramQuery({ cohortId: ctx.cohort.id });
  const [send] = useCkSendMessageMutation();
  const [protocol, setProtocol] = useState<Protocol>('email');
  const [selection, setSelection] = useState<RecipientSelection>('enrolled');
  const [eventId, setEventId] = useState('');
  const [occurrenceIds, setOccurrenceIds] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<'subject' | 'body', Trilingual>>({ subject: EMPTY_TRILINGUAL, body: EMPTY_TRILINGUAL });
  const [confirming, setConfirming] = useState(false);
  const narrowable = selection !== 'invited' && selection !== 'all';
  const count = useCkRecipientCountQuery({ cohortId: ctx.cohort.id, selection, eventId: narrowable && eventId ? eventId : null, occurrenceIds: narrowable && eventId ? occurrenceIds : [] });
  const event = program.data?.events.find((e) => e.event.id === eventId);
  const recipients = count.data?.count;
  const ready = texts.body.fi.trim() !== '' && (protocol === 'sms' || texts.subject.fi.trim() !== '');
  const blocked = !ready ? t('cultureKids.messages.finnishRequired') : count.data?.refusal ? errorText(count.data.refusal) : recipients === 0 ? t('cultureKids.messages.noRecipients') : null;
  const sms = smsSegments(texts.body.fi);

  const reset = () => {
    setTexts({ subject: EMPTY_TRILINGUAL, body: EMPTY_TRILINGUAL });
    setOccurrenceIds([]);
  };

  return (
    <section className="ck-section" aria-labelledby="ck-compose-h" data-testid="ck-compose">
      <h2 id="ck-compose-h">{t('cultureKids.messages.compose')}</h2>
      <div className="ck-form">
        <SelectField id="ck-message-protocol" label={t('cultureKids.messages.protocol')} value={protocol} onChange={(v) => setProtocol(v as Protocol)} options={MESSAGE_PROTOCOLS.map((p) => ({ value: p, label: t(`cultureKids.messages.protocols.${p}`) }))} />
        <SelectField
          id="ck-message-selection"
          label={t('cultureKids.messages.recipients')}
          value={selection}
          onChange={(v) => setSelection(v as RecipientSelection)}
          options={RECIPIENT_SELECTIONS.filter((s) => s !== 'all' || ctx.rights.messageAll).map((s) => ({ value: s, label: t(`cultureKids.messages.selections.${s}`) }))}
        />
        {!ctx.rights.messageAll ? <p className="muted">{t('cultureKids.messages.allNeedsPermission')}</p> : null}
        {narrowable ? (
          <SelectField
            id="ck-message-event"
            label={t('cultureKids.messages.event')}
            value={eventId}
            onChange={(v) => {
              setEventId(v);
              setOccurrenceIds([]);
            }}
            options={[{ value: '', label: t('cultureKids.messages.allEvents') }, ...(program.data?.events ?? []).map((e) => ({ value: e.event.id, label: localized(e.event.name, lang) }))]}
          />
        ) : (
          <p className="muted">{selection === 'invited' ? t('cultureKids.messages.invitedNoNarrowing') : null}</p>
        )}
        {narrowable && event && event.occurrences.length > 0 ? (
          <fieldset className="ck-occurrence-picks" data-testid="ck-message-occurrences">
            <legend>{t('cultureKids.messages.occurrences')}</legend>
            <p className="muted">{occurrenceIds.length === 0 ? t('cultureKids.messages.allOccurrences') : null}</p>
            {event.occurrences.map((o) => (
              <label key={o.occurrence.id} className="ck-check">
                <input
                  type="checkbox"
                  checked={occurrenceIds.includes(o.occurrence.id)}
                  onChange={() => setOccurrenceIds((ids) => (ids.includes(o.occurrence.id) ? ids.filter((x) => x !== o.occurrence.id) : [...ids, o.occurrence.id]))}
                />{' '}
                {formatDateTime(o.occurrence.startsAt, lang)} · {localized(o.venueName, lang)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <TrilingualFields
          idPrefix="ck-message"
          fields={protocol === 'email' ? [{ key: 'subject', label: t('cultureKids.messages.subject'), max: 200 }, { key: 'body', label: t('cultureKids.messages.body'), max: 5000, long: true }] : [{ key: 'body', label: t('cultureKids.messages.body'), max: 1000, long: true }]}
          values={texts}
          onChange={(k, v) => setTexts((s) => ({ ...s, [k]: v }))}
        />
        {protocol === 'sms' ? (
          <p className="muted" data-testid="ck-sms-segments">
            {t('cultureKids.messages.smsSegments', { count: sms.characters, segments: sms.segments })}
          </p>
        ) : null}
        <p className="workspace__count" aria-live="polite" data-testid="ck-recipient-count" data-count={recipients ?? ''}>
          {count.isFetching || recipients === undefined ? t('cultureKids.messages.counting') : t('cultureKids.messages.recipientCount', { count: recipients, formatted: formatInteger(recipients, lang) })}
        </p>
        {blocked ? (
          <p className="dialog-blocked" id="ck-send-blocked">
            {blocked}
          </p>
        ) : null}
        <div>
          <Button onClick={() => setConfirming(true)} disabled={blocked !== null || ctx.offline || recipients === undefined} aria-describedby={blocked ? 'ck-send-blocked' : undefined} data-testid="ck-message-send">
            {t('cultureKids.messages.send')}
          </Button>
        </div>
      </div>
      {confirming && recipients !== undefined ? (
        <ConfirmDialog
          isOpen
          title={t('cultureKids.messages.sendTitle')}
          text={t('cultureKids.messages.sendText', { count: recipients, formatted: formatInteger(recipients, lang) })}
          confirmLabel={t('cultureKids.messages.sendConfirm')}
          testId="ck-send-dialog"
          confirmTestId="ck-send-confirm"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const err = commandError(
              await send({
                cohortId: ctx.cohort.id,
                protocol,
                subject: protocol === 'email' ? texts.subject : EMPTY_TRILINGUAL,
                body: texts.body,
                selection,
                eventId: narrowable && eventId ? eventId : null,
                occurrenceIds: narrowable && eventId ? occurrenceIds : [],
              }),
            );
            if (!err) {
              reset();
              dispatch(announce({ key: 'cultureKids.messages.sent' }));
            }
            return err;
          }}
        />
      ) : null}
    </section>
  );
}
