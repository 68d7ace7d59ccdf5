import { BERTH_CACHE } from '../berths/berth-workspace.ts';
import { BERTH_MASTER_DATA_CACHE } from '../berths/master-data-workspace.ts';
import { BERTH_RENEWAL_CACHE } from '../berths/renewal-workspace.ts';
import { BERTH_MESSAGE_CACHE } from '../berths/message-workspace.ts';
import { WINTER_CACHE } from '../berths/winter-workspace.ts';
import { BOAT_CERTIFICATE_CACHE } from '../berths/boat-certificate-workspace.ts';
import { CUSTOMER_GDPR_CACHE } from '../berths/customer-gdpr-workspace.ts';
import { PAYMENT_ISSUE_CACHE } from '../berths/payment-issue-workspace.ts';
import { BOOKING_CACHE } from '../bookings/booking-workspace.ts';
import { CULTURE_KIDS_CACHE } from '../culture-kids/culture-kids-workspace.ts';
import { ASSIST_CACHE } from '../assist/assist-workspace.ts';
import { KIOSK_FLEET_CACHE } from '../kiosk/fleet-workspace.ts';
import type { CacheWorkspace } from './workspace.ts';

/** The workspaces whose data the cache keeps; a new workspace adds its folder's export here. */
export const WORKSPACES: readonly CacheWorkspace[] = [BERTH_CACHE, BERTH_MASTER_DATA_CACHE, BERTH_RENEWAL_CACHE, BERTH_MESSAGE_CACHE, WINTER_CACHE, BOAT_CERTIFICATE_CACHE, CUSTOMER_GDPR_CACHE, PAYMENT_ISSUE_CACHE, BOOKING_CACHE, CULTURE_KIDS_CACHE, ASSIST_CACHE, KIOSK_FLEET_CACHE];
