/**
 * How many people a reservation unit takes (null: no limit that way). The bookings decider refuses
 * a kiosk's request by it (domain/bookings/decide-request.ts) and the kiosk's request form checks
 * its answer by it before sending, so the two judge a party by one rule.
 */
export interface PersonLimits {
  minPersons: number | null;
  maxPersons: number | null;
}

/** Whether a party of `persons` is smaller or larger than the unit takes, or neither (null). */
export function partySizeProblem(unit: PersonLimits, persons: number): 'too_few' | 'too_many' | null {
  if (unit.minPersons !== null && persons < unit.minPersons) return 'too_few';
  if (unit.maxPersons !== null && persons > unit.maxPersons) return 'too_many';
  return null;
}
