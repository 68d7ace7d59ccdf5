import { expect, test } from '@playwright/test';
import { signIn } from '../support/app-page.ts';
import { frameChains, watchFrameChains } from '../support/frame-chains.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a signed-in window stops drawing once its notices have moved into place: no frame loop runs on an idle desk', async ({ page }) => {
  await watchFrameChains(page);
  // The first download's notice slides in and out (HDS Notification, animated by react-spring).
  await signIn(page, await stack().openApp('aino'), 'aino');
  await expect(page.getByTestId('bootstrap-banner')).toHaveCount(0);
  // The notice's animation ran frame after frame: the watch sees the app's animations.
  expect((await frameChains(page)).longest).toBeGreaterThan(2);
  // ...and every chain of frames ends: a loop that asks for the next frame forever never does.
  await expect.poll(async () => (await frameChains(page)).live).toBe(0);
});
