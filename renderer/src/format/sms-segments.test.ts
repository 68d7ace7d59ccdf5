import { describe, expect, it } from 'vitest';
import { smsSegments } from './sms-segments.ts';

describe('how many SMS a text takes', () => {
  it('fits 160 Finnish GSM characters in one and splits longer texts in 153', () => {
    expect(smsSegments('')).toEqual({ characters: 0, segments: 0 });
    expect(smsSegments('ä'.repeat(160))).toEqual({ characters: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ characters: 161, segments: 2 });
    expect(smsSegments('a'.repeat(306))).toEqual({ characters: 306, segments: 2 });
  });

  it('counts the euro sign twice and sends any other character as UCS-2 (70, then 67)', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({ characters: 80, segments: 1 });
    expect(smsSegments('€'.repeat(81))).toEqual({ characters: 81, segments: 2 });
    expect(smsSegments('š'.repeat(70))).toEqual({ characters: 70, segments: 1 });
    expect(smsSegments('š'.repeat(71))).toEqual({ characters: 71, segments: 2 });
  });
});
