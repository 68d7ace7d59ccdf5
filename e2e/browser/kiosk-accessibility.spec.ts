import { expect, test } from '@playwright/test';
import { expectNoAxeViolations as axe } from '../support/axe.ts';
import { chooseLanguage, openFleet, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('the kiosk screens pass an axe WCAG 2.1 AA check in Finnish and Swedish', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-axe'));
  await axe(page, 'attract');
  for (const lang of ['fi', 'sv'] as const) {
    await chooseLanguage(page, lang);
    await axe(page, `home ${lang}`);
    await page.getByTestId('kiosk-tile-today').click();
    // Both lists of free spaces, the place's own and the other places', are there to check.
    await expect(page.getByTestId('kiosk-spaces-elsewhere').getByRole('listitem').first()).toBeVisible();
    await axe(page, `today ${lang}`);
    await page.getByTestId('kiosk-back').click();
    await page.getByTestId('kiosk-tile-ticket').click();
    await axe(page, `ticket ${lang}`);
    await page.getByTestId('kiosk-back').click();
    await page.getByTestId('kiosk-tile-request').click();
    await page.getByTestId('kiosk-request-space').locator('input[type=radio]').first().check();
    await page.getByTestId('kiosk-request-name').click();
    await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
    await axe(page, `booking request ${lang}`);
    await page.getByTestId('kiosk-contrast').click();
    await axe(page, `booking request, high contrast ${lang}`);
    await page.getByTestId('kiosk-contrast').click();
    // Finishing asks first, and the safe answer is the default.
    await page.getByTestId('kiosk-finish').click();
    await expect(page.getByTestId('kiosk-finish-confirm-keep')).toBeFocused();
    await axe(page, `finish question ${lang}`);
    await page.getByTestId('kiosk-finish-confirm-leave').click();
    await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  }
});

test('the home fills the screen: one large tile a row on a portrait floor stand, the queue number tall beside four on a landscape screen, and passes the axe check', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await showAttract(page, await openKiosk(stack(), 'kiosk-portrait'));
  await chooseLanguage(page, 'fi');
  const tiles = page.locator('.kiosk-tile');
  await expect(tiles).toHaveCount(5);
  const boxes = await tiles.evaluateAll((all) => all.map((t) => t.getBoundingClientRect()).map((r) => ({ left: Math.round(r.left), width: r.width, bottom: r.bottom })));
  // One column: every tile starts at the same edge and spans most of the screen's width.
  expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
  for (const b of boxes) expect(b.width).toBeGreaterThan(900);
  // The last tile ends in the lower half of the screen, not above an empty half.
  expect(boxes.at(-1)!.bottom).toBeGreaterThan(1920 / 2);
  await axe(page, 'home, portrait');

  // A full-HD landscape screen: the queue number's tile tall on the left, the other four two by
  // two beside it, down into the screen's lower half.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const wide = await tiles.evaluateAll((all) => all.map((t) => t.getBoundingClientRect()).map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), bottom: Math.round(r.bottom) })));
  const [ticket, ...others] = wide;
  expect(new Set(others.map((b) => b.left)).size).toBe(2);
  for (const b of others) expect(b.left).toBeGreaterThan(ticket!.left);
  expect(ticket!.top).toBe(others[0]!.top);
  expect(ticket!.bottom).toBe(others.at(-1)!.bottom);
  expect(ticket!.bottom).toBeGreaterThan(1080 * 0.75);
  await axe(page, 'home, landscape');
});

for (const lang of ['fi', 'sv'] as const) {
  test(`the staff's terminal fleet view passes an axe check in ${lang} and keeps its actions in view at 1280×720`, async ({ page }) => {
    await openFleet(page, await stack().openApp(`maija-${lang}`), 'maija');
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByTestId('kiosk-fleet-row').first()).toBeVisible();
    await axe(page, `fleet ${lang}`);
    // On the smaller screen the rows' actions are in view, not beyond a sideways scroll.
    await page.setViewportSize({ width: 1280, height: 720 });
    const fleet = page.getByTestId('kiosk-fleet');
    expect(await fleet.evaluate((e) => e.scrollWidth - e.clientWidth), lang).toBeLessThanOrEqual(0);
    for (const action of await page.getByTestId('kiosk-fleet-restart').all()) await expect(action).toBeInViewport({ ratio: 1 });
    await page.getByTestId('kiosk-fleet-edit-schedule').first().click();
    await expect(page.getByTestId('kiosk-schedule-dialog')).toBeVisible();
    await axe(page, `schedule dialog ${lang}`);
  });
}
