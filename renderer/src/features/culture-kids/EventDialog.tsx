import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, EventGroup, Trilingual } from '../../../../domain/culture-kids/entities.ts';
import { EXTERNAL_TICKET_SYSTEMS, PARTICIPANTS_PER_INVITE, TICKET_KINDS, TICKETING_MODES } from '../../../../domain/culture-kids/vocabulary.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCreateEventMutation, useCkUpdateEventMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { EMPTY_TRILINGUAL, TrilingualFields, type TrilingualField } from '../../components/TrilingualFields.tsx';

const TEXT_KEYS = ['name', 'shortDescription', 'description', 'imageAltText'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const MAX: Record<TextKey, number> = { name: 200, shortDescription: 160, description: 5000, imageAltText: 300 };

const wholeNumber = (s: string): number | null => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/** An event, new or edited: trilingual texts, image and its alt text, capacity, and how tickets are had. */
export function EventDialog({ cohortId, event, groups, groupRequired, onClose }: { cohortId: string; event: Event | null; groups: readonly EventGroup[]; groupRequired: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCkCreateEventMutation();
  const [update] = useCkUpdateEventMutation();
  const [texts, setTexts] = useState<Record<TextKey, Trilingual>>(() => Object.fromEntries(TEXT_KEYS.map((k) => [k, event ? event[k] : EMPTY_TRILINGUAL])) as Record<TextKey, Trilingual>);
  const [groupId, setGroupId] = useState(event?.eventGroupId ?? (groupRequired ? (groups[0]?.id ?? '') : ''));
  const [imageUrl, setImageUrl] = useState(event?.imageUrl ?? '');
  const [participants, setParticipants] = useState<Event['participantsPerInvite']>(event?.participantsPerInvite ?? 'child_and_guardian');
  const [ticketKind, setTicketKind] = useState<Event['ticketKind']>(event?.ticketKind ?? 'child');
  const [duration, setDuration] = useState(event?.durationMin == null ? '' : String(event.durationMin));
  const [capacity, setCapacity] = useState(event?.capacityPerOccurrence == null ? '' : String(event.capacityPerOccurrence));
  const [mode, setMode] = useState<Event['ticketingMode']>(event?.ticketingMode ?? 'internal');
  const [system, setSystem] = useState<string>(event?.ticketSystem ?? EXTERNAL_TICKET_SYSTEMS[0]);
  const [systemUrl, setSystemUrl] = useState(event?.ticketSystemUrl ?? '');
  const fields: TrilingualField[] = TEXT_KEYS.map((k) => ({ key: k, label: t(`cultureKids.event.${k}`), max: MAX[k], long: k === 'description' }));
  const blocked = texts.name.fi.trim() === '' ? t('cultureKids.venue.finnishRequired') : mode === 'internal' && wholeNumber(capacity) === null ? t('cultureKids.event.capacityRequired') : mode === 'external' && systemUrl.trim() === '' ? t('cultureKids.event.urlRequired') : null;

  return (
    <ConfirmDialog
      isOpen
      title={event ? t('cultureKids.event.editTitle') : t('cultureKids.event.createTitle')}
      confirmLabel={t('cultureKids.event.save')}
      testId="ck-event-dialog"
      confirmTestId="ck-event-save"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const fields = {
          ...texts,
          eventGroupId: groupId || null,
          imageUrl: imageUrl.trim() || null,
          participantsPerInvite: participants,
          ticketKind,
          durationMin: wholeNumber(duration) || null,
          capacityPerOccurrence: mode === 'internal' ? wholeNumber(capacity) : null,
          ticketingMode: mode,
          ticketSystem: mode === 'external' ? (system as Event['ticketSystem']) : null,
          ticketSystemUrl: mode === 'external' ? systemUrl.trim() : null,
          ticketSystemEndTime: event?.ticketSystemEndTime ?? null,
        };
        const err = commandError(event ? await update({ eventId: event.id, ...fields }) : await create({ cohortId, ...fields }));
        if (!err) dispatch(announce({ key: 'cultureKids.event.saved' }));
        return err;
      }}
    >
      <div className="ck-form">
        <TrilingualFields idPrefix="ck-event" fields={fields} values={texts} onChange={(k, v) => setTexts((s) => ({ ...s, [k]: v }))} />
        <div className="field">
          <label htmlFor="ck-event-image">{t('cultureKids.event.imageUrl')}</label>
          <input id="ck-event-image" data-testid="ck-event-image" className="native-input" type="url" value={imageUrl} maxLength={500} onChange={(e) => setImageUrl(e.target.value)} />
        </div>
        <SelectField
          id="ck-event-group"
          label={t('cultureKids.event.group')}
          value={groupId}
          onChange={setGroupId}
          options={[...(groupRequired ? [] : [{ value: '', label: t('cultureKids.event.noGroup') }]), ...groups.map((g) => ({ value: g.id, label: localized(g.name, lang) }))]}
        />
        <SelectField
          id="ck-event-participants"
          label={t('cultureKids.event.participantsPerInvite')}
          value={participants}
          onChange={(v) => setParticipants(v as Event['participantsPerInvite'])}
          options={PARTICIPANTS_PER_INVITE.map((p) => ({ value: p, label: t(`cultureKids.event.participants.${p}`) }))}
        />
        <SelectField id="ck-event-ticket-kind" label={t('cultureKids.event.ticketKind')} value={ticketKind} onChange={(v) => setTicketKind(v as Event['ticketKind'])} options={TICKET_KINDS.map((k) => ({ value: k, label: t(`cultureKids.event.ticketKinds.${k}`) }))} />
        <div className="field">
          <label htmlFor="ck-event-duration">{t('cultureKids.event.durationMin')}</label>
          <input id="ck-event-duration" data-testid="ck-event-duration" className="native-input" inputMode="numeric" value={duration} onChange={(e) => setDuration(e.target.value)} />
        </div>
        <SelectField id="ck-event-mode" label={t('cultureKids.event.ticketingMode')} value={mode} onChange={(v) => setMode(v as Event['ticketingMode'])} options={TICKETING_MODES.map((m) => ({ value: m, label: t(`cultureKids.event.modes.${m}`) }))} />
        {mode === 'internal' ? (
          <div className="field">
            <label htmlFor="ck-event-capacity">{t('cultureKids.event.capacity')}</label>
            <input id="ck-event-capacity" data-testid="ck-event-capacity" className="native-input" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </div>
        ) : (
          <>
            <SelectField id="ck-event-system" label={t('cultureKids.event.ticketSystem')} value={system} onChange={setSystem} options={EXTERNAL_TICKET_SYSTEMS.map((s) => ({ value: s, label: t(`cultureKids.event.ticketSystems.${s}`) }))} />
            <div className="field">
              <label htmlFor="ck-event-system-url">{t('cultureKids.event.ticketSystemUrl')}</label>
              <input id="ck-event-system-url" data-testid="ck-event-system-url" className="native-input" type="url" value={systemUrl} maxLength={500} onChange={(e) => setSystemUrl(e.target.value)} />
            </div>
          </>
        )}
      </div>
    </ConfirmDialog>
  );
}
