const DATA_KEY = ',"data":';

/**
 * The text of a streamed change's `data`, cut from its line, so the cache can store it without
 * serialising the record again. Safe only in the shape the central writes: the keys entity, id,
 * op, version, data in that order and nothing after `data`. The values before it are JSON strings
 * and numbers, which cannot hold an unescaped quote, so the first `,"data":` is the key itself.
 * Any other shape gives undefined and the record is serialised as usual.
 */
export function rawDataText(line: string, parsed: object): string | undefined {
  const keys = Object.keys(parsed);
  if (keys.length !== 5 || keys[0] !== 'entity' || keys[1] !== 'id' || keys[2] !== 'op' || keys[3] !== 'version' || keys[4] !== 'data') {
    return undefined;
  }
  const end = line.trimEnd();
  if (!end.endsWith('}')) return undefined;
  const at = end.indexOf(DATA_KEY);
  return at < 0 ? undefined : end.slice(at + DATA_KEY.length, -1);
}
