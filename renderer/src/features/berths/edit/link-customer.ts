import type { ApplicationDetail } from '../../../../../domain/contract.ts';
import type { CustomerHit } from '../../../../../domain/berths/customer-contract.ts';
import { linkName } from '../../../../../domain/berths/application-link-schema.ts';
import { editScope } from './application-edit-form.ts';

/**
 * Whether the detail offers "Link to a customer": the decider's own conditions as the detail
 * shows them (fully editable, no offer in force, not a switch), so the button is there only when
 * the command can go through.
 */
export function canLinkCustomer(detail: ApplicationDetail): boolean {
  const app = detail.application;
  return editScope(app.status) === 'all' && detail.offer === null && app.kind !== 'switch' && !app.switch;
}

/** A search hit as the dialog names it: the company for a company, else the person. */
export const hitName = (hit: CustomerHit): string => linkName({ companyName: hit.kind !== 'private' ? hit.companyName : null, firstName: hit.firstName, lastName: hit.lastName });
