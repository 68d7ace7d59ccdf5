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
  /** A marked place's width or length is not a positive size a place can have (decision 43). */
  'winter_place_size_invalid',
  /** A place number is a whole number from 1 to 9999. */
  'winter_place_number_invalid',
  /** Another place of the section has this number. */
  'winter_place_number_taken',
  /** A winter lease in force holds the place: it stays in use, and never narrower or shorter than its boat. */
  'winter_place_held',
  /** A place is put in use only in a section in use. */
  'winter_section_inactive',
  /** A section is added in use only in an area in use (decision 45). */
  'winter_area_inactive',
  /** Another section of the area has this identifier. */
  'winter_section_identifier_taken',
  /** A section is taken out of use only once none of its places is in use. */
  'winter_section_has_active_places',
  /** An area is taken out of use only once none of its sections is in use. */
  'winter_area_has_active_sections',
  /** Only an offered, paid or errored winter lease is terminated (a drafted one has nothing to end yet). */
  'winter_lease_not_terminable',
  /** A marked place out of use or not invoiced: its lease is not renewed for the next winter. */
  'winter_place_not_renewable',
] as const;
