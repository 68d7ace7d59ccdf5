/**
 * Series colours from the Helsinki Design System (hds-core tokens, with their values as fallback
 * so a chart keeps its colours outside the HDS stylesheet). Each has at least 3:1 contrast against
 * white (WCAG 2.1 1.4.11, graphical objects); the light brand colours (suomenlinna, summer, fog,
 * engel) fall short and are left out. Neighbours differ in hue and lightness, and every series
 * after the first also has its own fill pattern, so colour is never the only cue.
 */
export interface SeriesColour {
  token: string;
  hex: string;
}

export const SERIES_COLOURS: readonly SeriesColour[] = [
  { token: '--color-coat-of-arms', hex: '#0072c6' },
  { token: '--color-metro-dark', hex: '#bd2f00' },
  { token: '--color-tram', hex: '#008741' },
  { token: '--color-gold-dark', hex: '#9e823c' },
  { token: '--color-bus', hex: '#0000bf' },
  { token: '--color-brick-dark', hex: '#800e04' },
];

/** Fills drawn over the colour: none, diagonal lines, dots, crosses, horizontal lines, backward diagonals. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'backward'] as const;
export type PatternKind = (typeof PATTERNS)[number];

export function seriesColour(index: number): SeriesColour {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/** The CSS colour of a series: the HDS token, falling back to its value. */
export function seriesColourCss(index: number): string {
  const c = seriesColour(index);
  return `var(${c.token}, ${c.hex})`;
}

/** Colours repeat after six series; their pattern shifts then, so two series never look alike. */
export function seriesPattern(index: number): PatternKind {
  const round = Math.floor(index / SERIES_COLOURS.length);
  return PATTERNS[(index + round) % PATTERNS.length]!;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2.1 contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
