import type { ErrorCode } from '../errors.ts';
import type { CommandContext } from '../sync/command-context.ts';
import { currentApplication, event, moved, reject, type BerthCommandState, type Decision, type Put } from './decision.ts';
import type { Application, ApplicationEvent } from './entities.ts';
import { applicationChanges, applicationEditProblems, EDITABLE_BY_STATUS, type EditApplicationPayload, type EditProblem } from './application-edit-schema.ts';

/** Which refusal a field's problem is. */
function refusalCode(p: EditProblem): ErrorCode {
  if (p.field.startsWith('applicant.')) return 'applicant_contact_invalid';
  return p.field === 'harbourChoices' ? 'harbour_choices_invalid' : 'boat_dimensions_invalid';
}

const describe = (p: EditProblem) => `${p.field}: ${p.problem}${p.limit === undefined ? '' : ` (limit ${p.limit})`}`;

/**
 * A handler's edit of an application: the applicant's contact details and the boat on the
 * application's snapshot, and the harbour choices. The queue is not touched (received time,
 * priority and season stay), nor the customer's and boat's own records. Each edit appends an
 * `edited` event holding every changed field with its value before and after.
 */
export function decideEditApplication(state: BerthCommandState, p: EditApplicationPayload, ctx: CommandContext): Decision {
  const found = currentApplication(state, ctx);
  if ('refused' in found) return found.refused;
  const { current } = found;
  const app = current.record;
  const scope = EDITABLE_BY_STATUS[app.status];
  if (scope === 'none') return reject('application_not_editable', `The application ${app.reference} is ${app.status}: it can no longer be edited.`);
  const changes = applicationChanges(app, p);
  if (changes.length === 0) return reject('application_unchanged', `The edit changes nothing in the application ${app.reference}.`);
  if (scope === 'contact' && changes.some((c) => !c.field.startsWith('applicant.'))) {
    return reject(
      'application_offer_out',
      `The application ${app.reference} has an offer (${app.status}): only the applicant's contact details can be edited. Withdraw the offer first to change the boat or the harbour choices.`,
    );
  }
  const problems = applicationEditProblems(app, p, state.harbourIds ?? new Set());
  const first = problems[0];
  if (first) return reject(refusalCode(first), `The edit of ${app.reference} was not made: ${problems.map(describe).join('; ')}.`);
  const edited: Application = {
    ...app,
    applicant: { ...app.applicant, ...p.applicant },
    boat: { ...app.boat, ...p.boat },
    harbourChoices: p.harbourChoices ? [...p.harbourChoices] : app.harbourChoices,
  };
  const logged = event(ctx, app, 'edited', {});
  const record: ApplicationEvent = { ...(logged.record as ApplicationEvent), changes };
  const log: Put = { entity: 'application_event', version: logged.version, record };
  return { ok: true, puts: [moved(current, edited), log] };
}
