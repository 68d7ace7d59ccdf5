/**
 * Whether a free-text note looks like it holds personal data (brief assistance 1.3, 1.8): the
 * session log is anonymous, so a note naming an e-mail address, a Finnish phone number or a
 * Finnish personal identity code is refused where it is typed. The patterns aim at what a helper
 * would really write; dates, times, years, prices and ticket numbers must not trip them.
 */
export type PersonalDataKind = 'email' | 'phone' | 'identity_code';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * +358 / 00358 followed by an area or mobile prefix without its 0, or a national number starting
 * with 0 and a non-zero digit; spaces and hyphens may separate the groups. Not preceded or
 * followed by a digit, or by a dot, colon, comma or slash next to a digit, so dates (01.02.2026) and times (09:30) are not numbers.
 */
const PHONE = /(?<!\d|\d[.:,/])(?:(?:\+|00)358[\s-]?\(?0?\)?[\s-]?[1-9]|0[1-9])(?:[\s-]?\d){5,10}(?!\d|[.:,/]\d)/u;

/** DDMMYY, the century sign, the individual number and the check character (DVV). */
const IDENTITY_CODE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURIES: Readonly<Record<string, number>> = { '+': 1800, '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** A real identity code: an existing birth date, an individual number 002–999 and the right check character. */
export function isValidIdentityCode(code: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/i.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, individual, check] = m as unknown as [string, string, string, string, string, string, string];
  const year = (CENTURIES[sign.toUpperCase()] ?? 0) + Number(yy);
  const birth = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== Number(mm) - 1 || birth.getUTCDate() !== Number(dd)) return false;
  if (Number(individual) < 2) return false;
  return CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] === check.toUpperCase();
}

function hasIdentityCode(text: string): boolean {
  return [...text.matchAll(IDENTITY_CODE)].some((m) => isValidIdentityCode(m[0]));
}

/** The kinds of personal data a note seems to hold, in a fixed order; empty when none. */
export function personalDataIn(text: string): PersonalDataKind[] {
  const kinds: PersonalDataKind[] = [];
  if (EMAIL.test(text)) kinds.push('email');
  if (PHONE.test(text)) kinds.push('phone');
  if (hasIdentityCode(text)) kinds.push('identity_code');
  return kinds;
}
