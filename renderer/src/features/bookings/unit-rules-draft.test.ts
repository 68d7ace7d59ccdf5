import { describe, expect, it } from 'vitest';
import type { UnitRules } from '../../../../domain/bookings/unit-rules.ts';
import { readRulesDraft, rulesDraft } from './unit-rules-draft.ts';

const RULES: UnitRules = { minDurationMin: 60, maxDurationMin: 180, startIntervalMin: 30, minDaysBefore: 1, maxDaysBefore: 90, maxReservationsPerUser: null, minPersons: null, maxPersons: 40, requiresHandling: true, canApplyFreeOfCharge: false };

describe('a reservation unit’s rules as typed', () => {
  it('reads back what it shows, empty fields as no limit', () => {
    expect(rulesDraft(RULES).maxReservationsPerUser).toBe('');
    expect(readRulesDraft(rulesDraft(RULES))).toEqual({ ok: true, rules: RULES });
    expect(readRulesDraft({ ...rulesDraft(RULES), maxDaysBefore: ' ' })).toEqual({ ok: true, rules: { ...RULES, maxDaysBefore: null } });
  });

  it('names each field that does not read, then the rules that tie fields together', () => {
    expect(readRulesDraft({ ...rulesDraft(RULES), minDurationMin: '', maxPersons: '4,5' })).toEqual({ ok: false, errors: { minDurationMin: 'bookings.rules.number', maxPersons: 'bookings.rules.numberOrEmpty' } });
    expect(readRulesDraft({ ...rulesDraft(RULES), maxDurationMin: '100' })).toEqual({ ok: false, errors: { maxDurationMin: 'bookings.rules.problems.duration_off_grid' } });
    expect(readRulesDraft({ ...rulesDraft(RULES), minDaysBefore: '120' })).toEqual({ ok: false, errors: { maxDaysBefore: 'bookings.rules.problems.window_closes_before_opens' } });
  });
});
