import { describe, expect, it } from 'vitest';
import { rawDataText } from './raw-data-text.ts';

const cut = (line: string) => rawDataText(line, JSON.parse(line) as object);

describe('raw data text of a streamed line', () => {
  it('is exactly the data value of a line in the central’s shape', () => {
    const data = { id: 'a', note: 'he said ,"data": {}', nested: { data: [1, 2] } };
    const line = `{"entity":"application_event","id":"a","op":"put","version":3,"data":${JSON.stringify(data)}}`;
    expect(JSON.parse(cut(line)!)).toEqual(data);
  });

  it('keeps PostgreSQL’s own spacing (still the same JSON)', () => {
    const line = '{"entity":"berth","id":"b","op":"put","version":1,"data":{"id": "b", "width": 2.5}}';
    expect(cut(line)).toBe('{"id": "b", "width": 2.5}');
  });

  it('gives up on any other shape, so the record is serialised instead', () => {
    expect(cut('{"data":{"a":1},"entity":"berth","id":"b","op":"put","version":1}')).toBeUndefined();
    expect(cut('{"entity":"berth","id":"b","op":"delete","version":1}')).toBeUndefined();
    expect(cut('{"entity":"berth","id":"b","op":"put","version":1,"data":{},"extra":1}')).toBeUndefined();
  });

  it('is not fooled by the key text inside an id', () => {
    const line = JSON.stringify({ entity: 'berth', id: 'x,"data":y', op: 'put', version: 1, data: { ok: true } });
    expect(JSON.parse(cut(line)!)).toEqual({ ok: true });
  });
});
