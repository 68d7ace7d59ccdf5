import type { LogSessionInput } from '../../../../domain/assist/contract.ts';
import { personalDataIn, type PersonalDataKind } from '../../../../domain/assist/personal-data.ts';
import type { AGE_BANDS, Channel, Outcome, REFERRALS, ServiceLanguage, Topic } from '../../../../domain/assist/vocabulary.ts';
import { NOTE_MAX } from '../../../../domain/assist/vocabulary.ts';
import type { z } from 'zod';
import { parseInstant } from '../../../../domain/wall-clock.ts';
import type { SessionDraft } from './assist-session.ts';

/** What the session form holds while the helper fills it. */
export interface SessionFields {
  channel: Channel;
  topics: Topic[];
  serviceLanguage: ServiceLanguage;
  interpreted: boolean;
  ageBand: (typeof AGE_BANDS)[number] | null;
  firstTimeUser: boolean | null;
  outcome: Outcome | null;
  referral: (typeof REFERRALS)[number];
  note: string;
}

/** The form as the timer or the served ticket leaves it: what is known, the rest to choose. */
export function fieldsFrom(draft: SessionDraft, uiLanguage: ServiceLanguage): SessionFields {
  return {
    channel: draft.channel,
    topics: [...draft.topics],
    serviceLanguage: draft.language ?? uiLanguage,
    interpreted: false,
    ageBand: null,
    firstTimeUser: null,
    outcome: null,
    referral: 'none',
    note: '',
  };
}

export type FormProblem = 'topics' | 'outcome' | 'note_personal' | 'note_long';

/** What stops the form from being saved, in the order the fields are on screen. */
export function formProblems(f: SessionFields): FormProblem[] {
  const problems: FormProblem[] = [];
  if (f.topics.length === 0) problems.push('topics');
  if (f.outcome === null) problems.push('outcome');
  if (notePersonalData(f.note).length > 0) problems.push('note_personal');
  if (f.note.trim().length > NOTE_MAX) problems.push('note_long');
  return problems;
}

/** The kinds of personal data the note seems to hold: warned of while it is typed. */
export function notePersonalData(note: string): PersonalDataKind[] {
  return note.trim() === '' ? [] : personalDataIn(note);
}

/** The command's input, or null while a problem remains. */
export function sessionInput(f: SessionFields, draft: SessionDraft, servicePointId: string, helperType: 'staff' | 'volunteer'): z.input<typeof LogSessionInput> | null {
  if (formProblems(f).length > 0 || f.outcome === null) return null;
  const note = f.note.trim();
  return {
    servicePointId,
    channel: f.channel,
    helperType,
    topics: f.topics,
    serviceLanguage: f.serviceLanguage,
    interpreted: f.interpreted,
    ageBand: f.ageBand,
    firstTimeUser: f.firstTimeUser,
    outcome: f.outcome,
    referral: f.referral,
    note: note === '' ? null : note,
    startedAt: draft.startedAt,
    endedAt: draft.endedAt,
    ticketId: draft.ticketId,
    appointmentId: draft.appointmentId,
  };
}

/** Whole minutes between two instants, at least 0. */
export function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((parseInstant(to) - parseInstant(from)) / 60_000));
}

/** A running timer as mm:ss, or h:mm:ss past an hour. */
export function elapsedText(fromMs: number, nowMs: number): string {
  const total = Math.max(0, Math.floor((nowMs - fromMs) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
