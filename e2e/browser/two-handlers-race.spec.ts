import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { contestedBerth, openApplication, prepareOffer, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

test('two handlers race for one berth: one offer applies, the other lands in the conflict inbox', async ({ browser }) => {
  const aino = await browser.newContext();
  const eero = await browser.newContext();
  const pa = await aino.newPage();
  const pe = await eero.newPage();
  await signIn(pa, await stack().openApp('aino'), 'aino');
  await signIn(pe, await stack().openApp('eero'), 'eero');

  const { berthId, a, b } = await contestedBerth(pa);
  await openApplication(pa, a.reference, a.id);
  await openApplication(pe, b.reference, b.id);
  await prepareOffer(pa, berthId);
  await prepareOffer(pe, berthId);

  // Both decide on the same picture of the world: hold both links while they confirm, then let
  // both pushes reach the central together. The central decides who wins.
  stack().links.get('aino')!.cut();
  stack().links.get('eero')!.cut();
  await Promise.all([pa.getByTestId('offer-confirm').click(), pe.getByTestId('offer-confirm').click()]);
  await expect(pa.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');
  await expect(pe.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');
  stack().links.get('aino')!.restore();
  stack().links.get('eero')!.restore();

  const outcome = async (page: Page) => {
    const refused = page.getByTestId('offer-refused');
    const status = page.getByTestId('offer-status');
    await expect(async () => {
      const state = (await status.count()) ? await status.getAttribute('data-state') : null;
      expect(state === 'applied' || (await refused.count()) > 0).toBe(true);
    }).toPass({ timeout: 30_000 });
    return (await refused.count()) > 0 ? 'conflict' : 'applied';
  };
  const results = [await outcome(pa), await outcome(pe)];
  expect([...results].sort()).toEqual(['applied', 'conflict']);

  const loser = results[0] === 'conflict' ? pa : pe;
  await expect(loser.getByTestId('conflict-count')).toHaveAttribute('data-count', '1');
  await loser.getByTestId('nav-conflicts').click();
  const item = loser.getByTestId('conflict-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-code', 'berth_taken');

  await aino.close();
  await eero.close();
});
