/**
 * Fitting category labels into the room a chart has. SVG text does not wrap and the charts do not
 * measure text in the DOM (it would need a layout pass per label), so widths are estimated from an
 * average character width: generous enough for Finnish compound words in the app's font.
 */
export const CHAR_WIDTH_PX = 7;

/** A label cut to at most `maxChars` characters with an ellipsis; the full text goes in a title. */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = [...label];
  if (chars.length <= maxChars) return label;
  if (maxChars <= 1) return '…';
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

/** How many characters fit in a width. */
export function charsThatFit(widthPx: number): number {
  return Math.max(1, Math.floor(widthPx / CHAR_WIDTH_PX));
}

/**
 * Show every n-th category label so neighbours do not overlap (a month of days has 31 bars but
 * room for fewer labels); 1 shows them all.
 */
export function labelStride(count: number, bandStepPx: number, minLabelPx: number): number {
  if (count <= 1 || bandStepPx <= 0) return 1;
  return Math.max(1, Math.ceil(minLabelPx / bandStepPx));
}
