/**
 * Refusals of a berth application edit (application-edit.ts). Each is a stable code the renderer
 * translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const APPLICATION_EDIT_ERROR_CODES = [
  /** The application is decided (handled, rejected, expired): it is no longer edited. */
  'application_not_editable',
  /** An offer rests on the boat and the choices as they are: only the contact details may change until it is withdrawn. */
  'application_offer_out',
  /** The edit changes nothing. */
  'application_unchanged',
  /** A contact detail is empty or not an address, a phone number or a postcode. */
  'applicant_contact_invalid',
  /** A boat dimension is out of range, has more than two decimals, or the boat would be wider than long. */
  'boat_dimensions_invalid',
  /** No choice, more than the limit, a harbour twice, or a harbour that does not exist. */
  'harbour_choices_invalid',
] as const;
