/**
 * Refusals of the berth master data rules (harbours, piers, berths and the dated price list).
 * Each is a stable code the renderer translates (errors.<code>); domain/errors.ts takes them in.
 */
export const MASTER_DATA_ERROR_CODES = [
  /** A name, a pier identifier or a berth number is empty. */
  'master_data_required',
  /** A postal code that is not five digits. */
  'master_data_zip_invalid',
  /** A web address that is not http(s). */
  'master_data_url_invalid',
  /** A width, length or depth that is not a positive size a berth can have. */
  'berth_dimension_invalid',
  /** Another berth on the same pier has this number. */
  'berth_number_taken',
  /** The berth is leased, offered or held for renewal in this or next season: it stays in use. */
  'berth_has_active_lease',
  /** A berth is added in use only on a pier in use. */
  'berth_pier_inactive',
  /** Another pier in the harbour has this identifier. */
  'pier_identifier_taken',
  /** A pier is taken out of use only once none of its berths is in use. */
  'pier_has_active_berths',
  /** The width bands of a category overlap, leave a gap, or one is empty or priced below zero. */
  'price_list_bands_invalid',
  /** The validity ends before it starts. */
  'price_list_dates_invalid',
  /** Another price list of the same category is valid on some of the same days. */
  'price_list_overlap',
  /** A price list whose validity has begun is never changed: a new dated one is made instead. */
  'price_list_started',
] as const;
