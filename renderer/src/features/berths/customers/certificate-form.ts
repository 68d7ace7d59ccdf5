import type { BoatCertificate } from '../../../../../domain/berths/boat-certificate-entity.ts';
import { certificateDatesProblem, CERTIFICATE_MAX_YEARS_AHEAD } from '../../../../../domain/berths/boat-certificate-status.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { dayForInput, parseDay } from '../../../format/dates.ts';

/** The certificate dialog's fields as typed: days in the user's own format. */
export interface CertificateForm {
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
}
export type CertificateField = keyof CertificateForm;
export interface Problem {
  key: string;
  params?: Record<string, string>;
}
export interface CertificateValues {
  number: string;
  issuer: string;
  validFrom: string | null;
  validUntil: string;
}

/** The form a certificate opens with (empty for a new one). */
export function certificateFormOf(c: BoatCertificate | null, lang: Language): CertificateForm {
  if (!c) return { number: '', issuer: '', validFrom: '', validUntil: '' };
  return { number: c.number, issuer: c.issuer, validFrom: c.validFrom ? dayForInput(c.validFrom, lang) : '', validUntil: dayForInput(c.validUntil, lang) };
}

/**
 * The form checked by the rules the central decides with (boat-certificate-status.ts): the last
 * day required, the first optional, both typed in the user's format, the last not before the
 * first nor years ahead. The values only when nothing is wrong.
 */
export function checkCertificateForm(form: CertificateForm, lang: Language, today: string): { problems: Partial<Record<CertificateField, Problem>>; values: CertificateValues | null } {
  const problems: Partial<Record<CertificateField, Problem>> = {};
  const day = (text: string, required: boolean): string | null | Problem => {
    const parsed = parseDay(text, lang);
    if (parsed.ok) return parsed.iso;
    if (parsed.reason === 'empty') return required ? { key: 'berthBoats.problems.untilRequired' } : null;
    return { key: parsed.reason === 'no_such_day' ? 'berthBoats.problems.noSuchDay' : 'berthBoats.problems.dateFormat' };
  };
  const from = day(form.validFrom, false);
  const until = day(form.validUntil, true);
  if (from !== null && typeof from !== 'string') problems.validFrom = from;
  if (until !== null && typeof until !== 'string') problems.validUntil = until;
  if ((from === null || typeof from === 'string') && typeof until === 'string') {
    const problem = certificateDatesProblem({ validFrom: from, validUntil: until }, today);
    if (problem === 'until_before_from') problems.validUntil = { key: 'berthBoats.problems.untilBeforeFrom' };
    // The last day is never before the first here, so it is the one too far ahead.
    if (problem === 'too_far_ahead') problems.validUntil = { key: 'berthBoats.problems.tooFarAhead', params: { year: String(Number(today.slice(0, 4)) + CERTIFICATE_MAX_YEARS_AHEAD) } };
  }
  if (Object.keys(problems).length > 0 || typeof until !== 'string' || (from !== null && typeof from !== 'string')) return { problems, values: null };
  return { problems, values: { number: form.number.trim(), issuer: form.issuer.trim(), validFrom: from, validUntil: until } };
}
