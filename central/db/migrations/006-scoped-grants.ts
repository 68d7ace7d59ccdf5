/**
 * Roles scoped to units and unit groups (the booking roles), and inactive users: an inactive user
 * keeps their history but has no rights. `roles` keeps the city-wide roles.
 */
export const sql = `
ALTER TABLE users ADD COLUMN grants jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(grants) = 'array');
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
`;
