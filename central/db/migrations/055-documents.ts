/**
 * The central's document store (central/documents): the bytes of scanned certificates and other
 * attachments, which records point at by a DocumentRef (domain/documents/document.ts). A desk
 * uploads the bytes before it pushes the command that names them; `attached_at` is set when such
 * a command is written, and the daily sweep deletes uploads never attached (a command refused or
 * never sent). The checks repeat the domain's limits so no other writer stores what the routes
 * refuse. `uploaded_by` is the signed-in user's id.
 */
export const sql = `
CREATE TABLE document (
  id uuid PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('boat_certificate')),
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
  size integer NOT NULL CHECK (size BETWEEN 1 AND 4194304),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  attached_at timestamptz,
  CHECK (octet_length(bytes) = size)
);
-- The sweep's question: unattached uploads older than a day.
CREATE INDEX document_unattached ON document (uploaded_at) WHERE attached_at IS NULL;
`;
