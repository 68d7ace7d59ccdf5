import type { ServicePoint } from '../../../domain/assist/entities.ts';
import { nameUuid } from '../../stable-ids.ts';

/**
 * The id of the bookings seed's unit with this key (central/bookings/seed/units.ts `unitId`, which
 * is `seedId('unit', key)` of central/bookings/seed/ids.ts). Computed here the same way, because
 * one workspace does not import another's internals (.dependency-cruiser.cjs); the kiosk privacy
 * test (central/sync/kiosk-privacy.test.ts) holds the two equal.
 */
const bookingUnitId = (key: 'oodi' | 'itakeskus' | 'stoa' | 'kallio' | 'malmitalo'): string => nameUuid(`bookings:unit:${key}`);

/**
 * The demo's digital help desks (AS-DESIGN): stable text ids, one ticket letter each, and the
 * booking units in the same building (Itäkeskus library stands in the Stoa building, beside the
 * cultural centre Stoa; Malmi's library is in Malmitalo, whose halls the cultural centres book).
 */
export const SERVICE_POINTS: readonly ServicePoint[] = [
  { id: 'sp-oodi', name: { fi: 'Oodi – digituki', sv: 'Ode – digistöd', en: 'Oodi – digital help' }, ticketPrefix: 'D', active: true, unitIds: [bookingUnitId('oodi')] },
  { id: 'sp-itis', name: { fi: 'Itäkeskuksen kirjasto – digituki', sv: 'Östra centrums bibliotek – digistöd', en: 'Itäkeskus Library – digital help' }, ticketPrefix: 'I', active: true, unitIds: [bookingUnitId('itakeskus'), bookingUnitId('stoa')] },
  { id: 'sp-kallio', name: { fi: 'Kallion kirjasto – digituki', sv: 'Berghälls bibliotek – digistöd', en: 'Kallio Library – digital help' }, ticketPrefix: 'K', active: true, unitIds: [bookingUnitId('kallio')] },
  { id: 'sp-malmi', name: { fi: 'Malmin kirjasto – digituki', sv: 'Malms bibliotek – digistöd', en: 'Malmi Library – digital help' }, ticketPrefix: 'M', active: true, unitIds: [bookingUnitId('malmitalo')] },
];

/** The demo users who help (central/auth/users.ts) and two helpers who never sign in. */
export const ASSIST_USER_IDS = {
  hilkka: '6a1f3c52-7d41-4c0e-9b1a-000000000031',
  veera: '6a1f3c52-7d41-4c0e-9b1a-000000000032',
  maija: '6a1f3c52-7d41-4c0e-9b1a-000000000033',
} as const;
export const OTHER_HELPERS = { 'sp-itis': nameUuid('assist-helper:sp-itis'), 'sp-malmi': nameUuid('assist-helper:sp-malmi') } as const;

/**
 * Who keeps which point's bookable hours on which weekday (1 Monday … 5 Friday), the hours and
 * the slot length. Hilkka works at Oodi and Kallio on different days; Veera at Oodi.
 */
export const CALENDAR_PLAN: readonly { servicePointId: string; weekdays: readonly number[]; helperId: string; startTime: string; endTime: string; slotLengthMin: 30 | 45 | 60 }[] = [
  { servicePointId: 'sp-oodi', weekdays: [1, 3, 5], helperId: ASSIST_USER_IDS.hilkka, startTime: '10:00', endTime: '12:00', slotLengthMin: 30 },
  { servicePointId: 'sp-oodi', weekdays: [2, 4], helperId: ASSIST_USER_IDS.veera, startTime: '14:00', endTime: '16:00', slotLengthMin: 30 },
  { servicePointId: 'sp-kallio', weekdays: [2, 4], helperId: ASSIST_USER_IDS.hilkka, startTime: '10:00', endTime: '13:00', slotLengthMin: 60 },
  { servicePointId: 'sp-itis', weekdays: [1, 2, 3, 4, 5], helperId: OTHER_HELPERS['sp-itis'], startTime: '12:00', endTime: '14:00', slotLengthMin: 30 },
  { servicePointId: 'sp-malmi', weekdays: [1, 3], helperId: OTHER_HELPERS['sp-malmi'], startTime: '14:00', endTime: '15:30', slotLengthMin: 45 },
];
