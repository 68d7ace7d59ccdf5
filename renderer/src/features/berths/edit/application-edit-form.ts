import type { Application } from '../../../../../domain/berths/entities.ts';
import {
  APPLICANT_FIELDS,
  applicationChanges,
  applicationEditProblems,
  BOAT_FIELDS,
  EDITABLE_BY_STATUS,
  type ApplicationChange,
  type ChangeField,
  type EditApplicationPayload,
} from '../../../../../domain/berths/application-edit-schema.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { decimalText, parseDecimal, type Problem } from '../harbours/master-data-form.ts';

/** The fields typed as text, named as the change log names them. */
export type TextField = Exclude<ChangeField, 'harbourChoices'>;
export interface EditForm {
  values: Record<TextField, string>;
  /** Harbour ids, first choice first. */
  choices: string[];
}

const METRES = ['boat.length', 'boat.width', 'boat.draught'] as const satisfies readonly TextField[];
type MetreField = (typeof METRES)[number];
const isMetres = (f: TextField): f is MetreField => (METRES as readonly string[]).includes(f);

/** What the handler may edit now: everything while queued, the contact details with an offer out, nothing once decided. */
export const editScope = (status: Application['status']) => EDITABLE_BY_STATUS[status];

/** The form as it opens: the application's own values, numbers with the language's decimal mark. */
export function editForm(app: Application, lang: Language): EditForm {
  const values = {} as Record<TextField, string>;
  for (const f of APPLICANT_FIELDS) values[`applicant.${f}`] = app.applicant[f];
  for (const f of BOAT_FIELDS) {
    const v = app.boat[f];
    values[`boat.${f}`] = typeof v === 'number' && f !== 'boatType' ? decimalText(v, lang) : String(v ?? '');
  }
  return { values, choices: [...app.harbourChoices] };
}

export interface CheckedEdit {
  /** What travels: only the fields that differ from the application. */
  payload: Omit<EditApplicationPayload, 'applicationId'>;
  changes: ApplicationChange[];
  problems: Partial<Record<ChangeField, Problem>>;
}

/** The form against the application: what would change and what is wrong, by the decider's own rules. */
export function checkEditForm(app: Application, form: EditForm, knownHarbours: ReadonlySet<string>): CheckedEdit {
  const problems: Partial<Record<ChangeField, Problem>> = {};
  const v = form.values;
  const metres = (f: MetreField): number | undefined => {
    const text = v[f].trim();
    if (text === '') return undefined;
    const n = parseDecimal(text);
    if (n === null) problems[f] = { key: 'applicationEdit.problems.notNumber' };
    return n ?? undefined;
  };
  const length = metres('boat.length');
  const width = metres('boat.width');
  // An emptied draught is no draught; a length or width cannot be emptied.
  const draught = v['boat.draught'].trim() === '' ? null : metres('boat.draught');
  const full: CheckedEdit['payload'] = {
    applicant: Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, f === 'language' ? v[`applicant.${f}`] : v[`applicant.${f}`].trim()])) as NonNullable<CheckedEdit['payload']['applicant']>,
    boat: {
      boatType: Number(v['boat.boatType']),
      registrationNumber: v['boat.registrationNumber'].trim(),
      name: v['boat.name'].trim(),
      model: v['boat.model'].trim(),
      ...(length === undefined ? {} : { length }),
      ...(width === undefined ? {} : { width }),
      ...(draught === undefined ? {} : { draught }),
    },
    harbourChoices: form.choices,
  };
  // An emptied length or width is not a number at all.
  for (const f of ['boat.length', 'boat.width'] as const) if (v[f].trim() === '') problems[f] = { key: 'applicationEdit.problems.required' };
  for (const p of applicationEditProblems(app, full, knownHarbours)) {
    problems[p.field] ??= { key: `applicationEdit.problems.${p.problem}`, ...(p.limit === undefined ? {} : { params: { limit: p.limit } }) };
  }
  const changes = applicationChanges(app, full);
  const payload: CheckedEdit['payload'] = {};
  for (const c of changes) {
    if (c.field === 'harbourChoices') payload.harbourChoices = c.after as string[];
    else if (c.field.startsWith('applicant.')) payload.applicant = { ...payload.applicant, [c.field.slice('applicant.'.length)]: c.after };
    else payload.boat = { ...payload.boat, [c.field.slice('boat.'.length)]: c.after };
  }
  return { payload, changes, problems };
}

/** Whether a field is typed in metres (decimal keyboard, help text). */
export const metresField = isMetres;

/** The choices with one moved a step (up: -1, down: +1); unchanged at either end. */
export function moveChoice(choices: readonly string[], index: number, step: -1 | 1): string[] {
  const to = index + step;
  if (to < 0 || to >= choices.length) return [...choices];
  const next = [...choices];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
