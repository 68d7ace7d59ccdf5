import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openCache } from '../../main/core/cache/open-cache.ts';
import { keyFileFor, newCacheKey, writeCacheKey } from '../../main/core/session/cache-key.ts';
import { cacheFileFor } from '../../main/core/session/profile-store.ts';
import { plainSecretStore } from '../../main/core/session/secret-store.ts';
import { openUserCache } from '../../main/core/session/user-cache.ts';
import { createCentralClient } from '../../main/core/sync/central-client.ts';
import { signIn } from '../support/app-page.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a cache its key does not open is set aside, the data comes again, and the user is told in their language', async ({ page }) => {
  // Aino's installation holds a cache whose key file was replaced (a restored backup, another account).
  const login = await createCentralClient({ baseUrl: stack().centralUrl }).login({ username: 'aino', password: 'demo' });
  if (!login.ok) throw new Error(login.failure.message);
  const dataDir = path.join(stack().root, 'aino');
  const opened = await openUserCache({ dataDir, userId: login.value.user.id, secretStore: plainSecretStore, openCache, now: new Date() });
  opened.cache.close();
  await writeCacheKey(keyFileFor(cacheFileFor(dataDir, login.value.user.id)), newCacheKey(), plainSecretStore);

  await signIn(page, await stack().openApp('aino'), 'aino');
  const notice = page.getByTestId('cache-notice');
  await expect(notice).toHaveAttribute('data-reason', 'key_wrong');
  await expect(notice).toContainText('Paikallisia tietoja ei voitu avata');
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(notice).toContainText('De lokala uppgifterna kunde inte öppnas');
  await expect(notice).toContainText('.set-aside-');
  // The data came again into a fresh cache, the old one kept beside it.
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  const setAside = (await notice.textContent())!.match(/([\w-]+\.set-aside-[\w-]+\.sqlite)/)![1]!;
  expect(existsSync(path.join(dataDir, 'cache', setAside))).toBe(true);

  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
});
