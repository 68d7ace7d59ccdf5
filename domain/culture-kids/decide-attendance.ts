import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Enrolment, Event, Occurrence } from './entities.ts';
import { attendanceRefusal } from './check-in.ts';
import { accept, notFound, refuse, utc, type CultureKidsDecision, type CultureKidsPut } from './decide-result.ts';

/**
 * Attendance, one child or a whole list. Marks commute (the last one wins, as at a door with two
 * scanners), so these carry no base version: a desk checks children in offline and the marks
 * apply when it reconnects. A mark that is already so writes nothing.
 */
export interface AttendanceState {
  event: Event | null;
  occurrence: Occurrence | null;
  enrolments: readonly Versioned<Enrolment>[];
}

type Mark = { enrolmentId: string; attendance: 'attended' | 'no_show' | null };

function marked(current: Versioned<Enrolment>, mark: Mark, ctx: CommandContext): CultureKidsPut | null {
  const status = mark.attendance ?? 'enrolled';
  if (current.record.status === status) return null;
  const record: Enrolment = { ...current.record, status, attendanceMarkedAt: mark.attendance ? utc(ctx.now) : null, attendanceMarkedBy: mark.attendance ? ctx.actor.id : null };
  return { entity: 'ck_enrolment', record, version: current.version + 1 };
}

function decideMarks(s: AttendanceState, marks: readonly Mark[], ctx: CommandContext): CultureKidsDecision {
  if (!s.event || !s.occurrence) return notFound('The occurrence');
  const byId = new Map(s.enrolments.map((v) => [v.record.id, v]));
  const puts: CultureKidsPut[] = [];
  for (const mark of marks) {
    const current = byId.get(mark.enrolmentId);
    if (!current || current.record.occurrenceId !== s.occurrence.id) return notFound(`The enrolment ${mark.enrolmentId} of the occurrence ${s.occurrence.id}`);
    const refusal = attendanceRefusal(current.record, s.event, s.occurrence, ctx.now);
    if (refusal) return refuse(refusal);
    const put = marked(current, mark, ctx);
    if (put) puts.push(put);
  }
  return accept(puts);
}

export function decideMarkAttendance(s: AttendanceState, p: CultureKidsCommandPayload<'cultureKids.markAttendance'>, ctx: CommandContext): CultureKidsDecision {
  return decideMarks(s, [p], ctx);
}

/** All or nothing: one enrolment that cannot be marked refuses the list, naming it. */
export function decideMarkAttendanceBulk(s: AttendanceState, p: CultureKidsCommandPayload<'cultureKids.markAttendanceBulk'>, ctx: CommandContext): CultureKidsDecision {
  if (s.occurrence && s.occurrence.id !== p.occurrenceId) return notFound(`The occurrence ${p.occurrenceId}`);
  return decideMarks(s, p.marks, ctx);
}
