import { test } from '@playwright/test';
import { Stack } from './stack.ts';

/** One Stack for a spec file: started before its first test, stopped after its last. */
export function stackPerFile(options: Parameters<typeof Stack.start>[0] = {}): () => Stack {
  let stack: Stack | null = null;
  test.beforeAll(async () => {
    stack = await Stack.start(options);
  });
  test.afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('The stack has not started yet.');
    return stack;
  };
}
