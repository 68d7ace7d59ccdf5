import type { CommandContext } from '../sync/command-context.ts';
import { currentApplication, event, moved, reject, type BerthCommandState, type Decision, type Put } from './decision.ts';
import type { Application, ApplicationEvent, Boat } from './entities.ts';
import { EDITABLE_BY_STATUS } from './application-edit-schema.ts';
import { linkName, sameRegistration, type CustomerLink, type LinkApplicationCustomerPayload } from './application-link-schema.ts';
import { isActiveLease } from './statuses.ts';

/**
 * Links an application to a customer the register already has (the applicant was made a
 * duplicate customer at intake). Allowed while the application could be edited fully (decision
 * 38: queued, no suitable berth, declined) and no offer is live; a switch application stays with
 * the customer whose lease it switches. The queue place (received time, priority, season), the
 * status and the application's own snapshot never change. The boat follows the application to the
 * new customer, unless that customer already has a boat with the same registration number: then
 * the application names that boat and the old one stays where it was. A boat another application
 * or lease also names is not moved (it would leave them pointing at someone else's boat). Every
 * kind of customer may hold an application (a company or a non-billable customer is priced by
 * the offer, decision 31). The `customer_linked` event records both customers by name.
 */
export function decideLinkApplicationCustomer(state: BerthCommandState, p: LinkApplicationCustomerPayload, ctx: CommandContext): Decision {
  const found = currentApplication(state, ctx);
  if ('refused' in found) return found.refused;
  const { current } = found;
  const app = current.record;
  const scope = EDITABLE_BY_STATUS[app.status];
  if (scope === 'none') return reject('customer_link_decided', `The application ${app.reference} is ${app.status}: it stays with its customer.`);
  if (scope !== 'all' || state.applicationLeases.some((l) => isActiveLease(l.record.status))) {
    return reject('customer_link_offer_out', `The application ${app.reference} has an offer (${app.status}): withdraw the offer first to link it to another customer.`);
  }
  if (app.kind === 'switch' || app.switch) {
    return reject('customer_link_switch', `The application ${app.reference} switches its customer's current berth: it stays with that customer.`);
  }
  if (p.customerId.toLowerCase() === app.customerId.toLowerCase()) {
    return reject('customer_link_same', `The application ${app.reference} already belongs to this customer.`);
  }
  const target = state.linkTarget;
  if (!target) return reject('customer_link_unknown', `The customer ${p.customerId} does not exist.`);
  const oldBoat = state.applicationBoat ?? null;
  const registration = oldBoat?.record.registrationNumber ?? app.boat.registrationNumber;
  const theirs: Boat | undefined = target.boats.find((b) => sameRegistration(b.registrationNumber, registration));
  const puts: Put[] = [];
  let boatId = app.boatId;
  if (theirs) {
    boatId = theirs.id;
  } else {
    if (!oldBoat) return reject('not_found', `The boat of the application ${app.reference} does not exist.`);
    if (state.boatShared) {
      return reject(
        'customer_link_boat_shared',
        `The boat ${registration || oldBoat.record.name} of the application ${app.reference} is also on another application or lease of its customer, and the new customer has no boat with its registration number: add the boat to the new customer first.`,
      );
    }
    puts.push({ entity: 'boat', version: oldBoat.version + 1, record: { ...oldBoat.record, customerId: target.customer.id } });
  }
  const link: CustomerLink = {
    fromCustomerId: app.customerId,
    fromName: state.customer ? linkName(state.customer) : `${app.applicant.firstName} ${app.applicant.lastName}`.trim(),
    toCustomerId: target.customer.id,
    toName: linkName(target.customer),
    fromBoatId: app.boatId,
    toBoatId: boatId,
    boatMoved: !theirs,
  };
  const linked: Partial<Application> = { customerId: target.customer.id, boatId };
  const logged = event(ctx, app, 'customer_linked', {});
  const record: ApplicationEvent = { ...(logged.record as ApplicationEvent), customerLink: link };
  return { ok: true, puts: [moved(current, linked), ...puts, { entity: 'application_event', version: logged.version, record }] };
}
