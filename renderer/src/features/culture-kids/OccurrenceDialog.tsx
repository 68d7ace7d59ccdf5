import { Checkbox } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView, OccurrenceView } from '../../../../domain/culture-kids/contract.ts';
import type { Venue } from '../../../../domain/culture-kids/entities.ts';
import { LANGUAGES, type Language } from '../../../../domain/languages.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCreateOccurrenceMutation, useCkUpdateOccurrenceMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { occurrenceFields, occurrenceInstant } from './occurrence-time.ts';

/**
 * An occurrence, new or edited. Once the event is published and children are enrolled, a change of
 * time or venue goes to the families: the dialog says so and asks the user to confirm it.
 */
export function OccurrenceDialog({ event, venues, occurrence, onClose }: { event: EventView; venues: readonly Venue[]; occurrence: OccurrenceView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCkCreateOccurrenceMutation();
  const [update] = useCkUpdateOccurrenceMutation();
  const initial = occurrence ? occurrenceFields(occurrence.occurrence.startsAt, lang) : { day: '', clock: '' };
  const [day, setDay] = useState(initial.day);
  const [clock, setClock] = useState(initial.clock);
  const [venueId, setVenueId] = useState(occurrence?.occurrence.venueId ?? (venues.length === 1 ? venues[0]!.id : ''));
  const [capacity, setCapacity] = useState(occurrence?.occurrence.capacityOverride == null ? '' : String(occurrence.occurrence.capacityOverride));
  const [language, setLanguage] = useState<Language>(occurrence?.occurrence.language ?? 'fi');
  const [acknowledged, setAcknowledged] = useState(false);
  const startsAt = occurrenceInstant(day, clock, lang);
  const enrolled = occurrence ? occurrence.counts.enrolled + occurrence.counts.attended + occurrence.counts.noShow : 0;
  const guarded = occurrence !== null && event.event.publishedAt !== null && enrolled > 0;
  const changesNotice = guarded && (startsAt !== occurrence.occurrence.startsAt || venueId !== occurrence.occurrence.venueId);
  const capacityOverride = capacity.trim() === '' ? null : /^\d+$/.test(capacity.trim()) ? Number(capacity.trim()) : NaN;
  const blocked =
    startsAt === null ? t('cultureKids.occurrence.badDate') : venueId === '' ? t('cultureKids.occurrence.chooseVenue') : Number.isNaN(capacityOverride) ? t('cultureKids.occurrence.badCapacity') : changesNotice && !acknowledged ? t('cultureKids.occurrence.confirmRequired') : null;

  return (
    <ConfirmDialog
      isOpen
      title={occurrence ? t('cultureKids.occurrence.editTitle') : t('cultureKids.occurrence.createTitle')}
      text={localized(event.event.name, lang)}
      confirmLabel={t('cultureKids.occurrence.save')}
      testId="ck-occurrence-dialog"
      confirmTestId="ck-occurrence-save"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (startsAt === null || Number.isNaN(capacityOverride)) return null;
        const fields = { venueId, startsAt, capacityOverride, language };
        const err = commandError(
          occurrence ? await update({ occurrenceId: occurrence.occurrence.id, ...fields, noticeAcknowledged: changesNotice && acknowledged }) : await create({ eventId: event.event.id, ...fields }),
        );
        if (!err) dispatch(announce({ key: 'cultureKids.occurrence.saved' }));
        return err;
      }}
    >
      <div className="ck-form">
        {guarded ? (
          <p className="ck-warning" data-testid="ck-occurrence-guard">
            {t('cultureKids.occurrence.publishedGuard', { count: enrolled })}
          </p>
        ) : null}
        <div className="ck-two-fields">
          <div className="field">
            <label htmlFor="ck-occurrence-day">{t('cultureKids.occurrence.date')}</label>
            <input id="ck-occurrence-day" data-testid="ck-occurrence-day" className="native-input" autoComplete="off" value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ck-occurrence-clock">{t('cultureKids.occurrence.time')}</label>
            <input id="ck-occurrence-clock" data-testid="ck-occurrence-clock" className="native-input" autoComplete="off" value={clock} onChange={(e) => setClock(e.target.value)} />
          </div>
        </div>
        <SelectField
          id="ck-occurrence-venue"
          label={t('cultureKids.occurrence.venue')}
          value={venueId}
          onChange={setVenueId}
          options={[{ value: '', label: t('cultureKids.occurrence.chooseVenue') }, ...venues.map((v) => ({ value: v.id, label: localized(v.name, lang) }))]}
        />
        <div className="field">
          <label htmlFor="ck-occurrence-capacity">{t('cultureKids.occurrence.capacityOverride', { capacity: event.event.capacityPerOccurrence ?? '–' })}</label>
          <input id="ck-occurrence-capacity" data-testid="ck-occurrence-capacity" className="native-input" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </div>
        <SelectField id="ck-occurrence-language" label={t('cultureKids.occurrence.language')} value={language} onChange={(v) => setLanguage(v as Language)} options={LANGUAGES.map((l) => ({ value: l, label: t(`cultureKids.languages.${l}`) }))} />
        {changesNotice ? <Checkbox id="ck-occurrence-ack" data-testid="ck-occurrence-ack" label={t('cultureKids.occurrence.confirmChange')} checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> : null}
      </div>
    </ConfirmDialog>
  );
}
