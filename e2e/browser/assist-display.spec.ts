import { expect, test } from '@playwright/test';
import { chooseServicePoint, showAsView, signInAssist } from '../support/assist-app.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { textLines } from '../support/text-lines.ts';

const stack = stackPerFile();

test('the queue display page shows the number a helper calls at once, and nothing about anyone', async ({ context, page }) => {
  const url = await stack().openApp('hilkka');
  await signInAssist(page, url, 'hilkka');
  await showAsView(page, 'asQueue');
  await chooseServicePoint(page, 'as-queue', 'sp-oodi');
  await expect(page.getByTestId('as-queue-body')).toHaveAttribute('data-service-point', 'sp-oodi');

  // The wall screen: a second page on the display's own address, in the same session.
  const wall = await context.newPage();
  await wall.goto(`${url}#/queue-display/sp-oodi`);
  const display = wall.getByTestId('as-display');
  await expect(display).toHaveAttribute('data-service-point', 'sp-oodi');
  await expect(wall.locator('h1')).toContainText('Oodi');
  await expect(wall.getByTestId('as-display-calling')).toBeVisible();

  // A ticket issued and called at the desk reaches the wall by the event stream.
  await page.getByTestId('as-issue-topic').selectOption('library_eservices');
  await page.getByTestId('as-issue-submit').click();
  await expect(page.getByTestId('as-issued')).toHaveAttribute('data-label', /^D\d{3}$/);
  await page.getByTestId('as-call-next').click();
  const desk = page.getByTestId('as-desk');
  await expect(desk).toHaveAttribute('data-status', 'called');
  const called = await desk.getAttribute('data-ticket');
  expect(called).toMatch(/^D\d{3}$/);
  await expect(wall.getByTestId('as-display-calling').locator(`[data-label="${called}"]`)).toHaveText(called!);

  // Ticket numbers and counters only: no helper, no topic, no customer.
  const text = await display.innerText();
  expect(text).not.toMatch(/Hilkka|Laine|Kirjaston verkkopalvelut|@/);
  // Headed in all three languages at once, for whoever stands in front of it.
  await expect(wall.locator('#as-display-calling-h')).toHaveText('Vuorossa · Tur · Now serving');

  await expectNoAxeViolations(wall, 'queue display');
  // Nobody is in service yet: the list says so as the called list does, not an empty space.
  await expect(wall.getByTestId('as-display-serving')).toHaveText('–');
  // On a portrait wall screen the way back to the desk keeps its words on one line (it broke
  // inside "työpöydälle").
  await wall.setViewportSize({ width: 1080, height: 1920 });
  const back = wall.getByTestId('as-display-back');
  await expect(back).toBeInViewport();
  expect(await textLines(back)).toBe(1);

  // The desk's button opens the same page as a window of its own.
  const [opened] = await Promise.all([context.waitForEvent('page'), page.getByTestId('as-open-display').click()]);
  await expect(opened.getByTestId('as-display')).toHaveAttribute('data-service-point', 'sp-oodi');
  await expect(opened.getByTestId('as-display-calling').locator(`[data-label="${called}"]`)).toBeVisible();

  // Back to the desk from the display, in the window that shows it.
  await wall.getByTestId('as-display-back').click();
  await expect(wall.getByTestId('nav-asQueue')).toBeVisible();
});

test('a service point the user holds no right at shows the refusal, not its queue', async ({ page }) => {
  const url = await stack().openApp('veera');
  await signInAssist(page, url, 'veera');
  await page.goto(`${url}#/queue-display/sp-malmi`);
  // Her desk never received Malmi (sync is scoped by service point): the core knows no such point.
  await expect(page.getByTestId('as-display-state')).toContainText('Tietoa ei löytynyt.');
  await expect(page.getByTestId('as-display')).toHaveCount(0);
});
