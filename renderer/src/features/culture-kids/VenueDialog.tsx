import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trilingual, Venue } from '../../../../domain/culture-kids/entities.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCreateVenueMutation, useCkUpdateVenueMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { EMPTY_TRILINGUAL, TrilingualFields, type TrilingualField } from '../../components/TrilingualFields.tsx';

const TEXT_KEYS = ['name', 'address', 'description', 'accessibilityInfo', 'arrivalInstructions', 'additionalInfo', 'wcAndFacilities'] as const;
type TextKey = (typeof TEXT_KEYS)[number];

/** A venue of the cohort, new or edited, with its practical information in three languages. */
export function VenueDialog({ cohortId, venue, onClose }: { cohortId: string; venue: Venue | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [create] = useCkCreateVenueMutation();
  const [update] = useCkUpdateVenueMutation();
  const [texts, setTexts] = useState<Record<TextKey, Trilingual>>(() => Object.fromEntries(TEXT_KEYS.map((k) => [k, venue ? venue[k] : EMPTY_TRILINGUAL])) as Record<TextKey, Trilingual>);
  const [wwwUrl, setWwwUrl] = useState(venue?.wwwUrl ?? '');
  const fields: TrilingualField[] = TEXT_KEYS.map((k) => ({ key: k, label: t(`cultureKids.venue.${k}`), max: k === 'name' || k === 'address' ? 200 : 2000, long: k !== 'name' && k !== 'address' }));
  const ready = texts.name.fi.trim() !== '';
  return (
    <ConfirmDialog
      isOpen
      title={venue ? t('cultureKids.venue.editTitle') : t('cultureKids.venue.createTitle')}
      confirmLabel={t('cultureKids.venue.save')}
      testId="ck-venue-dialog"
      confirmTestId="ck-venue-save"
      confirmDisabled={!ready}
      blockedReason={t('cultureKids.venue.finnishRequired')}
      onClose={onClose}
      onConfirm={async () => {
        const fields = { ...texts, wwwUrl: wwwUrl.trim() || null };
        const err = commandError(venue ? await update({ venueId: venue.id, ...fields }) : await create({ cohortId, ...fields }));
        if (!err) dispatch(announce({ key: 'cultureKids.venue.saved' }));
        return err;
      }}
    >
      <div className="ck-form">
        <TrilingualFields idPrefix="ck-venue" fields={fields} values={texts} onChange={(k, v) => setTexts((s) => ({ ...s, [k]: v }))} />
        <div className="field">
          <label htmlFor="ck-venue-www">{t('cultureKids.venue.wwwUrl')}</label>
          <input id="ck-venue-www" data-testid="ck-venue-www" className="native-input" type="url" value={wwwUrl} maxLength={500} onChange={(e) => setWwwUrl(e.target.value)} />
        </div>
      </div>
    </ConfirmDialog>
  );
}
