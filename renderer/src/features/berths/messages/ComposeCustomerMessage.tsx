import { skipToken } from '@reduxjs/toolkit/query';
import { Button, Checkbox } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KINDS } from '../../../../../domain/berths/entities.ts';
import { MESSAGE_APPLICATION_STATUSES, MESSAGE_BODY_MAX, MESSAGE_CHANNELS, MESSAGE_LEASE_STATUSES, MESSAGE_SUBJECT_MAX, type MessageAudience, type MessageChannel } from '../../../../../domain/berths/message-entity.ts';
import { languagesFallingBack } from '../../../../../domain/berths/message-recipients.ts';
import { helsinkiDate, offerSeason } from '../../../../../domain/berths/seasons.ts';
import type { Localized } from '../../../../../domain/languages.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useListHarboursQuery } from '../../../api/kuva-api.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useErrorText } from '../../../components/StateViews.tsx';
import { EMPTY_TRILINGUAL, TrilingualFields } from '../../../components/TrilingualFields.tsx';
import { formatInteger, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { smsSegments } from '../../../format/sms-segments.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useMessageReachQuery, useSendCustomerMessageMutation } from './messages-api.ts';

type Texts = Record<'subject' | 'body', Localized>;
const toggled = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/**
 * A message to a group of customers (brief 5.7, the "send message" the old tool never sent): the
 * group by season, harbour, lease status, waiting applicants (by any harbour they chose) and
 * customer group; email, SMS or both; the texts in three languages (Finnish required); who it
 * reaches, counted from the desk's cache as the choice changes; a send that asks once. The central
 * counts the group again when it decides.
 */
export function ComposeCustomerMessage() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const harbours = useListHarboursQuery();
  const current = offerSeason(helsinkiDate(new Date()));
  const [audience, setAudience] = useState<MessageAudience>({ season: current, harbourIds: [], leaseStatuses: ['paid'], applicationStatuses: [], customerKinds: [] });
  const [channels, setChannels] = useState<MessageChannel[]>(['email']);
  const [texts, setTexts] = useState<Texts>({ subject: EMPTY_TRILINGUAL, body: EMPTY_TRILINGUAL });
  const [confirming, setConfirming] = useState(false);
  const [send] = useSendCustomerMessageMutation();
  const statusChosen = audience.leaseStatuses.length + (audience.applicationStatuses?.length ?? 0) > 0;
  const chosen = statusChosen && channels.length > 0;
  const reach = useMessageReachQuery(chosen ? { audience, channels } : skipToken);
  const counted = chosen ? reach.currentData : undefined;
  const messages = counted ? counted.emails + counted.sms : 0;
  const email = channels.includes('email');
  const sms = smsSegments(texts.body.fi);

  const blocked =
    !statusChosen
      ? t('berthMessages.chooseStatus')
      : channels.length === 0
        ? t('berthMessages.chooseChannel')
        : texts.body.fi.trim() === '' || (email && texts.subject.fi.trim() === '')
          ? t('berthMessages.finnishRequired')
          : reach.isError
            ? errorText(asAppError(reach.error))
            : counted && messages === 0
              ? t('berthMessages.nobodyReached')
              : null;

  const reset = () => setTexts({ subject: EMPTY_TRILINGUAL, body: EMPTY_TRILINGUAL });

  return (
    <section className="berth-messages__section" aria-labelledby="berth-compose-h" data-testid="berth-message-compose">
      <h2 id="berth-compose-h">{t('berthMessages.compose')}</h2>
      <div className="berth-messages__form">
        <fieldset className="berth-messages__group">
          <legend>{t('berthMessages.group')}</legend>
          <div className="form-row">
            <SelectField
              id="berth-message-season"
              label={t('berthMessages.season')}
              value={String(audience.season)}
              onChange={(v) => setAudience((a) => ({ ...a, season: Number(v) }))}
              options={[current - 1, current, current + 1].map((s) => ({ value: String(s), label: String(s) }))}
            />
            <SelectField
              id="berth-message-harbour"
              label={t('berthMessages.harbour')}
              value={audience.harbourIds[0] ?? ''}
              onChange={(v) => setAudience((a) => ({ ...a, harbourIds: v ? [v] : [] }))}
              options={[{ value: '', label: t('berthMessages.allHarbours') }, ...(harbours.data ?? []).map((h) => ({ value: h.id, label: localized(h.name, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang))]}
            />
            <SelectField
              id="berth-message-kind"
              label={t('berthMessages.customerKind')}
              value={audience.customerKinds[0] ?? ''}
              onChange={(v) => setAudience((a) => ({ ...a, customerKinds: v ? [v as MessageAudience['customerKinds'][number]] : [] }))}
              options={[{ value: '', label: t('berthMessages.allKinds') }, ...CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`customerKinds.${k}`) }))]}
            />
          </div>
          <fieldset className="berth-messages__checks">
            <legend>{t('berthMessages.statusesLegend')}</legend>
            {MESSAGE_LEASE_STATUSES.map((s) => (
              <Checkbox
                key={s}
                id={`berth-message-status-${s}`}
                data-testid={`berth-message-status-${s}`}
                label={t(`berthMessages.leaseStatus.${s}`)}
                checked={audience.leaseStatuses.includes(s)}
                onChange={() => setAudience((a) => ({ ...a, leaseStatuses: toggled(a.leaseStatuses, s) }))}
              />
            ))}
            {MESSAGE_APPLICATION_STATUSES.map((s) => (
              <Checkbox
                key={s}
                id={`berth-message-application-${s}`}
                data-testid={`berth-message-application-${s}`}
                label={t(`berthMessages.applicationStatus.${s}`)}
                checked={audience.applicationStatuses?.includes(s) ?? false}
                onChange={() => setAudience((a) => ({ ...a, applicationStatuses: toggled(a.applicationStatuses ?? [], s) }))}
              />
            ))}
          </fieldset>
        </fieldset>
        <fieldset className="berth-messages__checks">
          <legend>{t('berthMessages.channels')}</legend>
          {MESSAGE_CHANNELS.map((c) => (
            <Checkbox
              key={c}
              id={`berth-message-channel-${c}`}
              data-testid={`berth-message-channel-${c}`}
              label={t(`berthMessages.channel.${c}`)}
              checked={channels.includes(c)}
              onChange={() => setChannels((list) => toggled(list, c))}
            />
          ))}
        </fieldset>
        <TrilingualFields
          idPrefix="berth-message"
          fields={[...(email ? [{ key: 'subject', label: t('berthMessages.subject'), max: MESSAGE_SUBJECT_MAX }] : []), { key: 'body', label: t('berthMessages.body'), max: MESSAGE_BODY_MAX, long: true }]}
          values={texts}
          onChange={(k, v) => setTexts((s) => ({ ...s, [k]: v }))}
        />
        {channels.includes('sms') ? (
          <p className="muted" data-testid="berth-message-sms-segments">
            {t('berthMessages.smsSegments', { count: sms.characters, segments: sms.segments })}
          </p>
        ) : null}
        <div className="berth-messages__reach" aria-live="polite" data-testid="berth-message-reach" data-customers={counted?.customers ?? ''} data-messages={counted ? messages : ''}>
          {!chosen ? null : !counted ? (
            t('berthMessages.counting')
          ) : (
            <>
              <strong>{t('berthMessages.reachCustomers', { count: counted.customers, formatted: formatInteger(counted.customers, lang) })}</strong>
              <span>
                {[
                  email ? t('berthMessages.reachEmails', { count: counted.emails, formatted: formatInteger(counted.emails, lang) }) : null,
                  channels.includes('sms') ? t('berthMessages.reachSms', { count: counted.sms, formatted: formatInteger(counted.sms, lang) }) : null,
                  counted.unreachable > 0 ? t('berthMessages.unreachable', { count: counted.unreachable, formatted: formatInteger(counted.unreachable, lang) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {languagesFallingBack(texts.body, counted).map((l) => (
                <span key={l} className="berth-messages__fallback" data-testid="berth-message-fallback" data-language={l}>
                  {t('berthMessages.fallsBack', { count: counted.byLanguage[l], formatted: formatInteger(counted.byLanguage[l], lang), language: t(`languages.${l}`) })}
                </span>
              ))}
            </>
          )}
        </div>
        {blocked ? (
          <p className="dialog-blocked" id="berth-message-blocked">
            {blocked}
          </p>
        ) : null}
        <div>
          <Button onClick={() => setConfirming(true)} disabled={blocked !== null || !counted} aria-describedby={blocked ? 'berth-message-blocked' : undefined} data-testid="berth-message-send">
            {t('berthMessages.send')}
          </Button>
        </div>
      </div>
      {confirming && counted ? (
        <ConfirmDialog
          isOpen
          title={t('berthMessages.sendTitle')}
          text={t('berthMessages.sendText', { customers: formatInteger(counted.customers, lang), messages: formatInteger(messages, lang), count: messages })}
          confirmLabel={t('berthMessages.sendConfirm')}
          testId="berth-message-send-dialog"
          confirmTestId="berth-message-send-confirm"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const err = commandError(await send({ audience, channels, subject: email ? texts.subject : EMPTY_TRILINGUAL, body: texts.body }));
            if (!err) {
              reset();
              dispatch(announce({ key: 'berthMessages.sent' }));
            }
            return err;
          }}
        />
      ) : null}
    </section>
  );
}
