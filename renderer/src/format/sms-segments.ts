/** The GSM 03.38 basic set (and ä, ö, å, Ä, Ö, Å of it): a text of these alone is sent 7-bit. */
const GSM = new Set([...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà']);
/** Characters the GSM extension table sends as two. */
const GSM_EXTENDED = new Set([...'^{}\\[~]|€']);

/**
 * How many SMS a text takes: 160 GSM characters in one, 153 a part when split; any other
 * character makes it UCS-2, 70 in one and 67 a part.
 */
export function smsSegments(text: string): { characters: number; segments: number } {
  const chars = [...text];
  if (chars.length === 0) return { characters: 0, segments: 0 };
  const gsm = chars.every((c) => GSM.has(c) || GSM_EXTENDED.has(c));
  const units = gsm ? chars.reduce((n, c) => n + (GSM_EXTENDED.has(c) ? 2 : 1), 0) : chars.length;
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return { characters: chars.length, segments: units <= single ? 1 : Math.ceil(units / part) };
}
