/**
 * The kiosk (issue 9): its terminals (one row per terminal user, the fleet view's data, written by
 * staff commands and by the terminal's heartbeat) and the public events a kiosk shows. Each row
 * keeps the domain record verbatim in `data` and names its service point, the partition of its
 * sync scope.
 */
const table = (name: string) => `
CREATE TABLE ${name} (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  service_point_id text GENERATED ALWAYS AS (data->>'servicePointId') STORED NOT NULL
);
CREATE INDEX ${name}_service_point ON ${name} (service_point_id);
CREATE TRIGGER ${name}_version_up BEFORE UPDATE ON ${name} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`;

export const sql = `
${table('kiosk_terminal')}
${table('kiosk_event')}
`;
