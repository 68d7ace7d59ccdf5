import type { ServicePointOption } from '../../../../domain/assist/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';

/** What an Assistance view works on: the chosen service point, every point the user works at, and whether the central is reachable. */
export interface AsContext {
  user: StaffUser;
  servicePoint: ServicePointOption;
  servicePoints: ServicePointOption[];
  offline: boolean;
}
