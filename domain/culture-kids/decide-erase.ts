import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { CultureKidsEntityName, CultureKidsEntityRecord, Child, ChildNotes, Enrolment, FreeSpotSubscription, Guardian, GuardianContact, Guardianship } from './entities.ts';
import { accept, notFound, refuse, type CultureKidsDecision, type CultureKidsPut } from './decide-result.ts';
import { erasurePlan } from './erasure.ts';

/** What erasing a child touches, loaded by the caller with versions. */
export interface EraseState {
  child: Versioned<Child> | null;
  notes: Versioned<ChildNotes> | null;
  enrolments: readonly Versioned<Enrolment>[];
  subscriptions: readonly FreeSpotSubscription[];
  guardianships: readonly Guardianship[];
  guardians: readonly Versioned<Guardian>[];
  contacts: readonly Versioned<GuardianContact>[];
  siblings: readonly Child[];
  startsAt: ReadonlyMap<string, string>;
}

/** The next versions of the rows the plan changed. */
function bump<E extends CultureKidsEntityName>(entity: E, rows: readonly Versioned<CultureKidsEntityRecord[E]>[], next: readonly CultureKidsEntityRecord[E][]): CultureKidsPut[] {
  const version = new Map(rows.map((r) => [r.record.id, r.version]));
  return next.map((record) => ({ entity, record, version: (version.get(record.id) ?? 0) + 1 }) as CultureKidsPut);
}

/** GDPR erasure of one child (erasure.ts): anonymised in place, statistics kept. */
export function decideEraseChild(s: EraseState, p: CultureKidsCommandPayload<'cultureKids.eraseChild'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.child) return notFound(`The child ${p.childId}`);
  if (s.child.record.erasedAt !== null) return refuse({ code: 'ck_child_already_erased', message: `The child ${p.childId} was erased at ${s.child.record.erasedAt}.` });
  const plan = erasurePlan(
    { ...s, child: s.child.record, notes: s.notes?.record ?? null, enrolments: s.enrolments.map((e) => e.record), guardians: s.guardians.map((g) => g.record), contacts: s.contacts.map((c) => c.record) },
    ctx.now,
    ctx.actor.id,
  );
  return accept(
    [
      { entity: 'ck_child', record: plan.child, version: s.child.version + 1 },
      ...(plan.notes && s.notes ? [{ entity: 'ck_child_notes' as const, record: plan.notes, version: s.notes.version + 1 }] : []),
      ...bump('ck_enrolment', s.enrolments, plan.enrolments),
      ...bump('ck_guardian', s.guardians, plan.guardians),
      ...bump('ck_guardian_contact', s.contacts, plan.contacts),
    ],
    plan.removedSubscriptions.map((x) => ({ entity: 'ck_free_spot_subscription' as const, id: x.id })),
  );
}
