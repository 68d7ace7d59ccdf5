import type { Child, ChildNotes, Enrolment, FreeSpotSubscription, Guardian, GuardianContact, Guardianship } from './entities.ts';
import { helsinkiDateOf } from '../wall-clock.ts';

/**
 * GDPR erasure as anonymisation (brief culture-kids 2.10), and the retention rules. Nothing a
 * statistic counts is deleted: the child's row keeps its cohort, birth year, postal code, family
 * key and registration time, and its enrolments keep their statuses, so registrations,
 * participation, cancellations and no-shows add up the same after erasure. The name, the notes
 * and the guardians' names and contacts go; upcoming enrolments are cancelled (their seats go to
 * others) and the child leaves every queue. A guardian is anonymised only when every child of
 * theirs in the cohort is erased.
 */
export const ERASED_NAME = '';
/** What replaces a free text that may name the family (a reason typed by staff). */
export const ERASED_TEXT = '–';

export interface ErasureFacts {
  child: Child;
  notes: ChildNotes | null;
  enrolments: readonly Enrolment[];
  subscriptions: readonly FreeSpotSubscription[];
  guardianships: readonly Guardianship[];
  guardians: readonly Guardian[];
  contacts: readonly GuardianContact[];
  /** Every child of the cohort the child's guardians have (to keep a guardian of a sibling). */
  siblings: readonly Child[];
  /** When each of the child's enrolments' occurrences begins (external codes: absent). */
  startsAt: ReadonlyMap<string, string>;
}

export interface ErasurePlan {
  child: Child;
  notes: ChildNotes | null;
  /** The child's enrolments that change: upcoming ones cancelled, free-text reasons replaced. */
  enrolments: Enrolment[];
  removedSubscriptions: FreeSpotSubscription[];
  guardians: Guardian[];
  contacts: GuardianContact[];
}

export function erasurePlan(f: ErasureFacts, now: string, actorId: string): ErasurePlan {
  const at = new Date(Date.parse(now)).toISOString();
  const nowMs = Date.parse(now);
  const child: Child = { ...f.child, firstName: ERASED_NAME, lastName: ERASED_NAME, erasedAt: at };
  // Upcoming enrolments are cancelled (their seats go to others); every enrolment's free-text
  // reasons may name the family, so they are replaced, while the statuses stay for statistics.
  const redact = (t: string | null) => (t === null ? null : ERASED_TEXT);
  const erased = (e: Enrolment): Enrolment => {
    const upcoming = e.status === 'enrolled' && e.occurrenceId !== null && Date.parse(f.startsAt.get(e.occurrenceId) ?? now) > nowMs;
    const base = { ...e, staffReason: redact(e.staffReason), cancelReason: redact(e.cancelReason) };
    return upcoming ? { ...base, status: 'cancelled', cancelledAt: at, cancelKind: 'erasure', cancelledBy: actorId } : base;
  };
  const changed = (a: Enrolment, b: Enrolment) => a.status !== b.status || a.staffReason !== b.staffReason || a.cancelReason !== b.cancelReason;
  const enrolments = f.enrolments.filter((e) => e.childId === child.id).flatMap((e) => (changed(e, erased(e)) ? [erased(e)] : []));
  const mine = new Set(f.guardianships.filter((l) => l.childId === child.id).map((l) => l.guardianId));
  const stillHasChild = (guardianId: string) =>
    f.guardianships.some((l) => l.guardianId === guardianId && l.childId !== child.id && f.siblings.some((s) => s.id === l.childId && s.erasedAt === null));
  const anonymise = new Set([...mine].filter((g) => !stillHasChild(g)));
  return {
    child,
    notes: f.notes ? { ...f.notes, notes: '' } : null,
    enrolments,
    removedSubscriptions: f.subscriptions.filter((s) => s.childId === child.id),
    guardians: f.guardians
      .filter((g) => anonymise.has(g.guardianId) && g.erasedAt === null)
      .map((g) => ({ ...g, firstName: ERASED_NAME, lastName: ERASED_NAME, acceptsCommunication: false, active: false, deactivatedAt: g.deactivatedAt ?? at, erasedAt: at })),
    contacts: f.contacts.filter((c) => anonymise.has(c.guardianId)).map((c) => ({ ...c, email: '', phone: '' })),
  };
}

/**
 * Retention (ours; kukkuu purges nothing on its own). A child's personal data is kept while the
 * cohort is invited, until the end of the year the child turns 7 (school starts), and one more
 * year for the last questions and reports; then the child is erased as above. A deactivated
 * guardian's account is erased a year after deactivation.
 */
export const RETENTION = { childAgeOutYear: 7, childGraceYears: 1, deactivatedGuardianMonths: 12 } as const;

/** The first day (Helsinki) on which a child of this birth year is erased by retention. */
export function childRetentionEnds(birthYear: number): string {
  return `${birthYear + RETENTION.childAgeOutYear + RETENTION.childGraceYears + 1}-01-01`;
}

export function childIsDueForRetention(child: Pick<Child, 'birthYear' | 'erasedAt'>, today: string): boolean {
  return child.erasedAt === null && today >= childRetentionEnds(child.birthYear);
}

export function guardianIsDueForRetention(g: Pick<Guardian, 'active' | 'deactivatedAt' | 'erasedAt'>, today: string): boolean {
  if (g.active || g.erasedAt !== null || g.deactivatedAt === null) return false;
  // Counted from the Helsinki day of the deactivation: at 00:30 in Helsinki UTC still says the day before.
  const [y, m, d] = helsinkiDateOf(Date.parse(g.deactivatedAt)).split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1 + RETENTION.deactivatedGuardianMonths, d));
  return today >= due.toISOString().slice(0, 10);
}
