import { Checkbox, RadioButton } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CHANNELS, NOTE_MAX, NOTE_RETENTION_DAYS, OUTCOMES, REFERRALS, SERVICE_LANGUAGES, TOPICS, type Topic } from '../../../../domain/assist/vocabulary.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { EthicsReminders } from './EthicsReminders.tsx';
import { notePersonalData, type SessionFields } from './session-form.ts';

/**
 * The session's fields, in the order a helper thinks of them: how and about what, in which
 * language, how it ended, then the optional descriptors and the note. Every choice is a native
 * control, so the form is filled with Tab, arrows and Space alone.
 */
export function SessionFieldsForm({ fields, onChange, noteExpires }: { fields: SessionFields; onChange: (f: SessionFields) => void; noteExpires: string }) {
  const { t } = useTranslation();
  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) => onChange({ ...fields, [key]: value });
  const toggleTopic = (topic: Topic, on: boolean) => set('topics', on ? TOPICS.filter((x) => x === topic || fields.topics.includes(x)) : fields.topics.filter((x) => x !== topic));
  const personal = notePersonalData(fields.note);
  const triState = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');
  return (
    <div className="as-session-form" data-testid="as-session-form">
      <SelectField id="as-session-channel" label={t('assist.session.channel')} value={fields.channel} onChange={(v) => set('channel', v as SessionFields['channel'])} options={CHANNELS.map((c) => ({ value: c, label: t(`assist.channels.${c}`) }))} />
      <fieldset className="as-fieldset" data-testid="as-session-topics">
        <legend>{t('assist.session.topics')}</legend>
        <div className="as-topic-grid">
          {TOPICS.map((topic) => (
            <Checkbox key={topic} id={`as-topic-${topic}`} data-testid={`as-topic-${topic}`} label={t(`assist.topics.${topic}`)} checked={fields.topics.includes(topic)} onChange={(e) => toggleTopic(topic, e.target.checked)} />
          ))}
        </div>
      </fieldset>
      <EthicsReminders topics={fields.topics} />
      <div className="as-row">
        <SelectField id="as-session-language" label={t('assist.session.language')} value={fields.serviceLanguage} onChange={(v) => set('serviceLanguage', v as SessionFields['serviceLanguage'])} options={SERVICE_LANGUAGES.map((l) => ({ value: l, label: t(`assist.languages.${l}`) }))} />
        <Checkbox id="as-session-interpreted" data-testid="as-session-interpreted" label={t('assist.session.interpreted')} checked={fields.interpreted} onChange={(e) => set('interpreted', e.target.checked)} />
      </div>
      <fieldset className="as-fieldset" data-testid="as-session-outcome">
        <legend>{t('assist.session.outcome')}</legend>
        <div className="as-radio-row">
          {OUTCOMES.map((o) => (
            <RadioButton key={o} id={`as-outcome-${o}`} data-testid={`as-outcome-${o}`} name="as-outcome" value={o} label={t(`assist.outcomes.${o}`)} checked={fields.outcome === o} onChange={() => set('outcome', o)} />
          ))}
        </div>
      </fieldset>
      <SelectField id="as-session-referral" label={t('assist.session.referral')} value={fields.referral} onChange={(v) => set('referral', v as SessionFields['referral'])} options={REFERRALS.map((r) => ({ value: r, label: t(`assist.referrals.${r}`) }))} />
      <fieldset className="as-fieldset as-fieldset--optional">
        <legend>{t('assist.session.optional')}</legend>
        <div className="as-row">
          <SelectField
            id="as-session-age"
            label={t('assist.session.ageBand')}
            value={fields.ageBand ?? ''}
            onChange={(v) => set('ageBand', v === '' ? null : (v as (typeof AGE_BANDS)[number]))}
            options={[{ value: '', label: t('assist.session.notAsked') }, ...AGE_BANDS.map((a) => ({ value: a, label: t(`assist.ageBands.${a}`) }))]}
          />
          <SelectField
            id="as-session-first-time"
            label={t('assist.session.firstTime')}
            value={triState(fields.firstTimeUser)}
            onChange={(v) => set('firstTimeUser', v === '' ? null : v === 'yes')}
            options={[
              { value: '', label: t('assist.session.notAsked') },
              { value: 'yes', label: t('assist.session.yes') },
              { value: 'no', label: t('assist.session.no') },
            ]}
          />
        </div>
      </fieldset>
      <TextAreaWithCounter
        id="as-session-note"
        data-testid="as-session-note"
        label={t('assist.session.note')}
        value={fields.note}
        max={NOTE_MAX}
        onValueChange={(v) => set('note', v)}
        invalid={personal.length > 0}
        errorText={personal.length > 0 ? t('assist.session.notePersonal', { kinds: personal.map((k) => t(`assist.personalData.${k}`)).join(', ') }) : undefined}
      />
      <p className="muted as-note-retention" data-testid="as-note-retention">
        {t('assist.session.noteRetention', { days: NOTE_RETENTION_DAYS, date: noteExpires })}
      </p>
    </div>
  );
}
