import { Checkbox, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarView, SlotView } from '../../../../domain/assist/contract.ts';
import { CONTACT_RETENTION_DAYS } from '../../../../domain/assist/retention.ts';
import { SERVICE_LANGUAGES, TOPICS, type ServiceLanguage, type Topic } from '../../../../domain/assist/vocabulary.ts';
import { commandError } from '../../api/command-error.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsBookMutation } from './assist-api.ts';
import { useAssistSession } from './assist-session.ts';
import { timeOf, weekdayLabel } from './assist-time.ts';
import { contactProblem } from './contact.ts';

const NEEDS_MAX = 500;

/**
 * Books a free slot with the short intake (topic, own device, language, accessibility needs) and
 * an optional contact used for reminders only, erased after the appointment. A follow-up asked
 * for from the queue fills the topic and language in.
 */
export function BookDialog({ ctx, calendar, slot, onClose }: { ctx: AsContext; calendar: CalendarView; slot: SlotView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const session = useAssistSession(ctx.user.id);
  const [book] = useAsBookMutation();
  const [topic, setTopic] = useState<Topic>(session.followUp?.topic ?? 'device_basics');
  const [language, setLanguage] = useState<ServiceLanguage>(session.followUp?.language ?? (lang as ServiceLanguage));
  const [ownDevice, setOwnDevice] = useState(true);
  const [needs, setNeeds] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const problem = contactProblem(email, phone);
  const when = `${weekdayLabel(calendar.calendar.date, lang)} ${timeOf(slot.startsAt, lang)}–${timeOf(slot.endsAt, lang)}`;
  return (
    <ConfirmDialog
      isOpen
      title={t('assist.book.title', { when })}
      confirmLabel={t('assist.book.confirm')}
      testId="as-book-dialog"
      confirmTestId="as-book-confirm"
      confirmDisabled={problem !== null}
      blockedReason={problem ? t(`assist.book.problems.${problem}`) : null}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(
          await book({
            calendarId: calendar.calendar.id,
            startsAt: slot.startsAt,
            intake: { topic, ownDevice, language, accessibilityNeeds: needs.trim() === '' ? null : needs.trim() },
            contact: email.trim() === '' && phone.trim() === '' ? null : { email: email.trim() === '' ? null : email.trim(), phone: phone.trim() === '' ? null : phone.trim() },
            bookedVia: 'desk',
            followUpOfSessionId: null,
          }),
        );
        if (!err) {
          session.askFollowUp(null);
          dispatch(announce({ key: 'assist.book.done', params: { when } }));
        }
        return err;
      }}
    >
      <fieldset className="as-fieldset">
        <legend>{t('assist.book.intake')}</legend>
        <SelectField id="as-book-topic" label={t('assist.intake.topic')} value={topic} onChange={(v) => setTopic(v as Topic)} options={TOPICS.map((x) => ({ value: x, label: t(`assist.topics.${x}`) }))} />
        <SelectField id="as-book-language" label={t('assist.intake.language')} value={language} onChange={(v) => setLanguage(v as ServiceLanguage)} options={SERVICE_LANGUAGES.map((x) => ({ value: x, label: t(`assist.languages.${x}`) }))} />
        <Checkbox id="as-book-own-device" data-testid="as-book-own-device" label={t('assist.intake.ownDevice')} checked={ownDevice} onChange={(e) => setOwnDevice(e.target.checked)} />
        <TextAreaWithCounter id="as-book-needs" label={t('assist.intake.accessibility')} value={needs} max={NEEDS_MAX} onValueChange={setNeeds} rows={2} />
      </fieldset>
      <fieldset className="as-fieldset">
        <legend>{t('assist.book.contact')}</legend>
        <p className="muted">{t('assist.book.contactHelp', { days: CONTACT_RETENTION_DAYS })}</p>
        <TextInput id="as-book-email" type="email" autoComplete="off" label={t('assist.book.email')} value={email} onChange={(e) => setEmail(e.target.value)} invalid={problem === 'email'} errorText={problem === 'email' ? t('assist.book.problems.email') : undefined} />
        <TextInput id="as-book-phone" type="tel" autoComplete="off" label={t('assist.book.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} invalid={problem === 'phone'} errorText={problem === 'phone' ? t('assist.book.problems.phone') : undefined} />
      </fieldset>
    </ConfirmDialog>
  );
}
