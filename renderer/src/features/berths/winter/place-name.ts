import type { WinterPlaceSuggestion } from '../../../../../domain/berths/winter-contract.ts';

/** "B-12": the section's identifier and the place's number, as the areas sign them. */
export function placeName(s: Pick<WinterPlaceSuggestion, 'section' | 'number'>): string {
  return `${s.section}-${s.number}`;
}
