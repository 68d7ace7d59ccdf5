import { describe, expect, it } from 'vitest';
import { CULTURE_KIDS_COMMANDS } from './commands.ts';
import { CULTURE_KIDS_DECIDERS } from './decide.ts';
import { CULTURE_KIDS_PERMISSIONS } from './vocabulary.ts';

describe('the Culture Kids commands', () => {
  it('each have one decider', () => {
    expect(Object.keys(CULTURE_KIDS_DECIDERS).sort()).toEqual(Object.keys(CULTURE_KIDS_COMMANDS).sort());
  });

  it('need a per-cohort permission; erasure and "unsubscribe all" need "view families"', () => {
    const known: string[] = Object.values(CULTURE_KIDS_PERMISSIONS);
    for (const spec of Object.values(CULTURE_KIDS_COMMANDS)) expect(known).toContain(spec.permission);
    expect(CULTURE_KIDS_COMMANDS['cultureKids.eraseChild'].permission).toBe('culture-kids.view_families');
    expect(CULTURE_KIDS_COMMANDS['cultureKids.publishGroup'].permission).toBe('culture-kids.publish');
  });

  it('refuse a staff enrolment without a reason, in words a screen can show', () => {
    const parsed = CULTURE_KIDS_COMMANDS['cultureKids.enrol'].payload.safeParse({ enrolmentId: '0b8a5a4e-4c1d-4f7e-9a53-0000000000aa', childId: 'c', eventId: 'e', occurrenceId: 'o', reason: '  ' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['Write why (for example: the family phoned).']);
  });
});
