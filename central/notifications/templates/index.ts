import { BOOKING_APPROVED, BOOKING_CANCELLED, BOOKING_DENIED } from './bookings.ts';
import { GENERIC_NOTICE } from './generic.ts';
import { CULTURE_KIDS_TEMPLATES } from '../../culture-kids/templates.ts';
import { ASSIST_TEMPLATES } from '../../assist/templates.ts';
import { BERTH_OFFER_REMINDER_TEMPLATES } from './berth-offer-reminders.ts';
import { TemplateRegistry } from './registry.ts';
import { BERTH_TEMPLATES } from './berths.ts';
import { WINTER_TEMPLATES } from './winter.ts';
import { BOAT_CERTIFICATE_TEMPLATES } from './boat-certificates.ts';

/**
 * The central's templates, every workspace's, registered here: a sender renders any queued
 * message whichever workspace modules its process loaded.
 */
export const NOTIFICATION_TEMPLATES = new TemplateRegistry();
NOTIFICATION_TEMPLATES.register(GENERIC_NOTICE, BOOKING_APPROVED, BOOKING_DENIED, BOOKING_CANCELLED, ...CULTURE_KIDS_TEMPLATES);
NOTIFICATION_TEMPLATES.register(...ASSIST_TEMPLATES);
NOTIFICATION_TEMPLATES.register(...BERTH_TEMPLATES);
NOTIFICATION_TEMPLATES.register(...BERTH_OFFER_REMINDER_TEMPLATES);
NOTIFICATION_TEMPLATES.register(...BOAT_CERTIFICATE_TEMPLATES);
NOTIFICATION_TEMPLATES.register(...WINTER_TEMPLATES);
