import { describe, expect, it } from 'vitest';
import { charsThatFit, labelStride, truncateLabel } from './label-fit.ts';

describe('label fitting', () => {
  it('keeps a label that fits and cuts a long one with an ellipsis', () => {
    expect(truncateLabel('Kallio', 10)).toBe('Kallio');
    expect(truncateLabel('Lasten kulttuurikeskus Aurinkopilkku', 12)).toBe('Lasten kult…');
    expect(truncateLabel('Lasten kulttuurikeskus', 8)).toBe('Lasten…');
    expect(truncateLabel('Anything', 1)).toBe('…');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(truncateLabel('Äänekoski 👍👍', 12)).toBe('Äänekoski 👍👍');
    expect(truncateLabel('👍👍👍👍', 3)).toBe('👍👍…');
  });
  it('estimates how many characters fit', () => {
    expect(charsThatFit(70)).toBe(10);
    expect(charsThatFit(3)).toBe(1);
  });
  it('thins out labels that would overlap', () => {
    expect(labelStride(12, 60, 40)).toBe(1);
    expect(labelStride(31, 20, 50)).toBe(3);
    expect(labelStride(1, 5, 50)).toBe(1);
  });
});
