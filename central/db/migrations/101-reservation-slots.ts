/**
 * The conflict rule of bookings (domain/bookings/conflicts.ts) held by the schema: two related
 * blocking reservations can never both be stored, whatever the code does. The command handler
 * keeps one row per (reservation, key, temporal lane) here in the transaction that writes the
 * reservation (central/bookings/slots.ts says how the rows encode the rule), and the exclusion
 * constraint refuses any pair of rows of different reservations that meet on every dimension.
 *
 * `k` is unique per reservation: a "point" lane [k+1, k+2) overlaps a full lane [0,) but never
 * another reservation's point lane, which is how siblings under one parent space and two
 * buffers pass each other while a parent's own time or a booking's own time does not.
 */
export const sql = `
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SEQUENCE reservation_slot_k;
CREATE TABLE reservation_slot (
  reservation_id uuid NOT NULL REFERENCES reservation (id),
  k bigint NOT NULL CHECK (k >= 0),
  key text NOT NULL,
  span tstzrange NOT NULL CHECK (NOT isempty(span)),
  slane int8range NOT NULL,
  tlane int8range NOT NULL,
  CONSTRAINT reservation_slot_no_overlap EXCLUDE USING gist (
    key WITH =, span WITH &&, slane WITH &&, tlane WITH &&, reservation_id WITH <>
  )
);
CREATE INDEX reservation_slot_reservation ON reservation_slot (reservation_id);
`;
