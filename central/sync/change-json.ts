/**
 * A feed row (`entity, id, op, version, data`) rendered as the JSON of one Change by PostgreSQL:
 * Node never parses or re-serialises the data it hands on, in the stream's lines and in the
 * paged pull's array alike.
 */
export const CHANGE_JSON = `'{"entity":' || to_json(entity)::text || ',"id":' || to_json(id)::text
  || ',"op":"' || op || '","version":' || version::text
  || CASE WHEN op = 'delete' THEN '}' ELSE ',"data":' || coalesce(data::text, 'null') || '}' END`;
