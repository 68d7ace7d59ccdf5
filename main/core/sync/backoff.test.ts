import { expect, it } from 'vitest';
import { createBackoff } from './backoff.ts';

it('doubles up to the cap with half of each wait random, and starts over after a reset', () => {
  const low = createBackoff(100, 1000, () => 0);
  expect([low.fail(), low.fail(), low.fail(), low.fail(), low.fail()]).toEqual([50, 100, 200, 400, 500]);
  const high = createBackoff(100, 1000, () => 1);
  expect([high.fail(), high.fail(), high.fail(), high.fail(), high.fail()]).toEqual([100, 200, 400, 800, 1000]);
  high.reset();
  expect([high.failures, high.fail()]).toEqual([0, 100]);
});
