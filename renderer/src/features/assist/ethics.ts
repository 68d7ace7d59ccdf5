import type { Role } from '../../../../domain/roles.ts';
import type { Topic } from '../../../../domain/assist/vocabulary.ts';

/**
 * The DVV ethics reminders (brief assistance 1.3) and the topics where each matters: the customer
 * logs in themselves, staff never pay for them, and no credentials are kept. Shown beside the
 * session form and the served ticket only when the topics call for them, so they stay noticed.
 */
export const ETHICS_REMINDERS = ['selfLogin', 'noPayments', 'noCredentials'] as const;
export type EthicsReminder = (typeof ETHICS_REMINDERS)[number];

const WHERE: Record<EthicsReminder, readonly Topic[]> = {
  selfLogin: ['strong_auth', 'eservices_public', 'library_eservices', 'email_account', 'job_seeking'],
  noPayments: ['online_shopping_payments', 'eservices_public'],
  noCredentials: ['strong_auth', 'email_account', 'smartphone_apps', 'online_safety', 'social_media_communication', 'online_shopping_payments'],
};

/** The reminders the chosen topics call for, in a fixed order. */
export function remindersFor(topics: readonly Topic[]): EthicsReminder[] {
  return ETHICS_REMINDERS.filter((r) => WHERE[r].some((t) => topics.includes(t)));
}

/** Who helped, as the session records it: a volunteer's sessions count as volunteer work. */
export function helperTypeOf(roles: readonly Role[]): 'staff' | 'volunteer' {
  return roles.includes('assist_volunteer') && !roles.includes('assist_helper') && !roles.includes('assist_supervisor') ? 'volunteer' : 'staff';
}
