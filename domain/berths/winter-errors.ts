/**
 * Refusals of winter storage. Stable codes the renderer translates (errors.<code>);
 * domain/errors.ts takes them into ERROR_CODES.
 */
export const WINTER_ERROR_CODES = [
  /** Another lease holds the marked place this winter. */
  'place_taken',
  /** The marked place is not in use. */
  'place_inactive',
  /** The marked place is narrower than the boat (a shorter one may be given; the handler is warned). */
  'place_too_narrow',
  /** The place is not in an area the applicant chose. */
  'area_not_chosen',
  /** The area has no winter price: flagged, never priced from another area. */
  'area_not_priced',
  /** A marked application needs a place; an unmarked notice is on its area and takes none. */
  'place_choice_wrong',
  /** A sticker belongs to a paid lease of unmarked storage. */
  'sticker_not_available',
  /** A sticker cannot be posted before it was given or on a day still to come. */
  'sticker_posted_date_invalid',
] as const;
