import { useCallback, useState } from 'react';
import type { AppError } from '../../../../../domain/result.ts';
import { commandError } from '../../../api/command-error.ts';
import { useSetWinterStickerPostedMutation } from './winter-api.ts';

export type PostRun =
  | { phase: 'idle' }
  | { phase: 'posting'; done: number; total: number }
  | { phase: 'done'; posted: number; failed: number; firstError: AppError | null; postedIds: string[] };

/**
 * Marks printed sticker letters posted on a day, one command per lease (each is its own decision
 * at the central), one after the other so the outbox keeps their order. A refusal of one does not
 * stop the others; the run counts both.
 */
export function usePostLetters(): { run: PostRun; post: (letters: { leaseId: string; applicationId: string | null }[], postedOn: string) => Promise<PostRun>; reset: () => void } {
  const [setPosted] = useSetWinterStickerPostedMutation();
  const [run, setRun] = useState<PostRun>({ phase: 'idle' });
  const post = useCallback(
    async (letters: { leaseId: string; applicationId: string | null }[], postedOn: string) => {
      const postedIds: string[] = [];
      let failed = 0;
      let firstError: AppError | null = null;
      setRun({ phase: 'posting', done: 0, total: letters.length });
      for (const [i, l] of letters.entries()) {
        const error = commandError(await setPosted({ input: { leaseId: l.leaseId, postedOn }, applicationId: l.applicationId }));
        if (error) {
          failed += 1;
          firstError ??= error;
        } else postedIds.push(l.leaseId);
        setRun({ phase: 'posting', done: i + 1, total: letters.length });
      }
      const end: PostRun = { phase: 'done', posted: postedIds.length, failed, firstError, postedIds };
      setRun(end);
      return end;
    },
    [setPosted],
  );
  return { run, post, reset: useCallback(() => setRun({ phase: 'idle' }), []) };
}
