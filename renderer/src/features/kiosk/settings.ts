/**
 * The customer's accessibility choices at the kiosk (brief assistance-kiosk 2.5 item 8). They
 * belong to one customer: every wipe puts them back to these defaults (wipe item
 * `accessibility_settings`).
 */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface KioskSettings {
  textSize: TextSize;
  highContrast: boolean;
  plainLanguage: boolean;
  /** The on-screen keyboard under a focused text field; a terminal without a keyboard needs it. */
  keyboard: boolean;
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { textSize: 'normal', highContrast: false, plainLanguage: false, keyboard: true };

/** Root font size per text size, in px: every kiosk length is in rem, so all of it grows. */
export const TEXT_SIZE_PX: Record<TextSize, number> = { normal: 20, large: 25, largest: 30 };

export function nextTextSize(size: TextSize): TextSize {
  return TEXT_SIZES[(TEXT_SIZES.indexOf(size) + 1) % TEXT_SIZES.length]!;
}
