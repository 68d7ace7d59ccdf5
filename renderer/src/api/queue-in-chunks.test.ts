import { describe, expect, it } from 'vitest';
import { QUEUE_MANY_MAX, type CommandAccepted, type QueuedMany } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import { queueInChunks } from './queue-in-chunks.ts';

const accepted = (n: number): Result<CommandAccepted> => ({ ok: true, value: { commandId: `c${n}`, status: 'pending' } });
const items = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('queueInChunks', () => {
  it('queues the list in order, at most QUEUE_MANY_MAX per call, with one answer per item and progress per call', async () => {
    const calls: number[][] = [];
    const answers: [number, Result<CommandAccepted>][] = [];
    const progress: number[] = [];
    const count = QUEUE_MANY_MAX * 2 + 3;
    await queueInChunks(
      items(count),
      (n) => n * 10,
      async (inputs): Promise<Result<QueuedMany>> => {
        calls.push(inputs);
        return { ok: true, value: { results: inputs.map((x) => (x === 20 ? { ok: false, error: { code: 'berth_taken', message: 'taken' } } : accepted(x))) } };
      },
      (n, r) => answers.push([n, r]),
      (done) => progress.push(done),
    );
    expect(calls.map((c) => c.length)).toEqual([QUEUE_MANY_MAX, QUEUE_MANY_MAX, 3]);
    expect(calls.flat()).toEqual(items(count).map((n) => n * 10));
    expect(progress).toEqual([QUEUE_MANY_MAX, QUEUE_MANY_MAX * 2, count]);
    expect(answers.map(([n]) => n)).toEqual(items(count));
    expect(answers[2]![1]).toEqual({ ok: false, error: { code: 'berth_taken', message: 'taken' } });
    expect(answers[3]![1]).toEqual(accepted(30));
  });

  it('refuses every item of a call that failed as a whole with its error, and goes on with the next call', async () => {
    const answers: Result<CommandAccepted>[] = [];
    let call = 0;
    await queueInChunks(
      items(QUEUE_MANY_MAX + 1),
      (n) => n,
      async (inputs): Promise<Result<QueuedMany>> =>
        call++ === 0 ? { ok: false, error: { code: 'not_signed_in', message: 'Sign in first.' } } : { ok: true, value: { results: inputs.map(accepted) } },
      (_n, r) => answers.push(r),
      () => {},
    );
    expect(answers.slice(0, QUEUE_MANY_MAX).every((r) => !r.ok && r.error.code === 'not_signed_in')).toBe(true);
    expect(answers[QUEUE_MANY_MAX]).toEqual(accepted(QUEUE_MANY_MAX));
  });

  it('stops between calls when asked, leaving the rest unsent', async () => {
    let sent = 0;
    await queueInChunks(
      items(QUEUE_MANY_MAX * 3),
      (n) => n,
      async (inputs): Promise<Result<QueuedMany>> => {
        sent += inputs.length;
        return { ok: true, value: { results: inputs.map(accepted) } };
      },
      () => {},
      () => {},
      () => sent >= QUEUE_MANY_MAX,
    );
    expect(sent).toBe(QUEUE_MANY_MAX);
  });
});
