import { expect, test } from '@playwright/test';
import { launchCentral } from '../../central/server.ts';
import { addPercentLines, sendOffers, statusesOf, type SentOffer } from '../../central/berths/customer-page/offer.test-support.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
let central: Central | null = null;
let offer: SentOffer;

test.beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 30, bookings: 0, cultureKidsChildren: 0, seed: 37 }, notifications: false });
  [offer] = (await sendOffers(central, 1)) as [SentOffer];
  // Electricity as a share of the berth price (decision 48): the page names the percent.
  await addPercentLines(central, offer, [{ service: 'electricity', percent: 12.5 }]);
});
test.afterAll(async () => {
  await central?.close();
});

const db = () => {
  if (!central) throw new Error('The central has not started.');
  return central;
};

test('the customer reads the offer in Swedish, with a service line’s percent of the berth price, accepts it and pays it at the demo bank; the lease is paid', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${db().url}${offer.path}?lang=sv`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Båtplatserbjudande');
  await expect(page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Svenska' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[data-state]')).toHaveAttribute('data-state', 'open');
  await expect(page.locator('[data-percent]')).toHaveText(/^12,5\s% av båtplatsens pris$/);
  await expectNoAxeViolations(page, 'offer page sv');

  // Switch language by the link, then answer by keyboard: the buttons are reachable and focused visibly.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berth offer');
  await expect(page.locator('[data-percent]')).toHaveText(/^12\.5\s% of the berth price$/);
  const accept = page.getByRole('button', { name: 'Accept offer' });
  await accept.focus();
  await expect(accept).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Thank you, the offer is accepted.');
  await expect(page.locator('[data-state]')).toHaveAttribute('data-state', 'accepted');
  await expect(page.getByRole('button', { name: 'Accept offer' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'accepted offer en');

  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(/\/demo-bank\/payments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pay in your online bank');
  await expectNoAxeViolations(page, 'demo bank en');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${offer.path}\\?lang=en&notice=paid$`));
  await expect(page.getByRole('status')).toHaveText('Thank you, the payment was received.');
  await expect(page.locator('[data-state]')).toHaveAttribute('data-state', 'paid');
  await expect(page.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'paid offer en');
  await test.info().attach('paid offer', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  expect(await statusesOf(db().db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
  expect(violations).toEqual([]);
});

test('a forged link gets a page in Finnish, Swedish and English', async ({ page }) => {
  const response = await page.goto(`${db().url}/customer/offer/forged-token`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarjousta ei löydy');
  await expect(page.locator('section[lang="sv"] h2')).toHaveText('Erbjudandet hittades inte');
  await expect(page.locator('section[lang="en"] h2')).toHaveText('Offer not found');
  await expectNoAxeViolations(page, 'forged link');
});
