import { QUEUE_MANY_MAX, type CommandAccepted, type QueuedMany } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';

/** One `commands.queueMany` call: the inputs of one command kind, answered one result each. */
export type QueueMany<I> = (inputs: I[]) => Promise<Result<QueuedMany>>;

/**
 * A bulk screen's list, queued QUEUE_MANY_MAX commands per call in the list's order: each command
 * is decided on what the ones before it left, and each call is one durable write in the desk.
 * A call that fails as a whole (the session ended, the disk is full) refuses every command it
 * carried with that error; nothing of it was queued. `shouldStop` ends the run between calls.
 */
export async function queueInChunks<T, I>(
  items: readonly T[],
  toInput: (item: T) => I,
  queue: QueueMany<I>,
  onEach: (item: T, result: Result<CommandAccepted>) => void,
  onProgress: (done: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  for (let from = 0; from < items.length; from += QUEUE_MANY_MAX) {
    if (shouldStop()) return;
    const chunk = items.slice(from, from + QUEUE_MANY_MAX);
    const answer = await queue(chunk.map(toInput));
    chunk.forEach((item, i) => onEach(item, answer.ok ? (answer.value.results[i] ?? missing) : answer));
    onProgress(from + chunk.length);
  }
}

const missing: Result<CommandAccepted> = { ok: false, error: { code: 'internal', message: 'The desk gave no answer for this command.' } };
