import { expect, test } from '@playwright/test';
import { chartValue, chooseServicePoint, logSessionInForm, sessionsToday, showAsView, signInAssist } from '../support/assist-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a helper issues and calls a ticket, serves it, logs the session and sees it on the dashboard chart', async ({ page }) => {
  await signInAssist(page, await stack().openApp('hilkka'), 'hilkka');
  const before = await sessionsToday(page, 'sp-oodi');
  const topicLabel = 'Kirjaston verkkopalvelut';
  const topicBefore = await chartValue(page, 'as-chart-topic', topicLabel);

  await showAsView(page, 'asQueue');
  await chooseServicePoint(page, 'as-queue', 'sp-oodi');
  const body = page.getByTestId('as-queue-body');
  await expect(body).toHaveAttribute('data-service-point', 'sp-oodi');
  const waiting = Number(await body.getAttribute('data-waiting'));
  // A ticket at the desk: the customer is told the number at once.
  await page.getByTestId('as-issue-topic').selectOption('library_eservices');
  await page.getByTestId('as-issue-submit').click();
  await expect(page.getByTestId('as-issued')).toHaveAttribute('data-label', /^D\d{3}$/);
  await expect(body).toHaveAttribute('data-waiting', String(waiting + 1));
  // The head of the queue is next (it read "about 0 min" beside "estimated wait about 10 min",
  // two answers to one question); the estimate above the list is a new number's.
  await expect(page.getByTestId('as-ticket-expected').first()).toHaveText('seuraavana');
  await expect(page.getByTestId('as-estimate')).toContainText('Uuden vuoronumeron odotus noin');

  // Call the next (the longest waiting), then serve it from the keyboard.
  const desk = page.getByTestId('as-desk');
  await page.getByTestId('as-call-next').click();
  await expect(desk).toHaveAttribute('data-status', 'called');
  await page.keyboard.press('s');
  await expect(desk).toHaveAttribute('data-status', 'in_service');
  await expect(page.getByTestId('as-timer')).toHaveAttribute('data-running', 'true');
  // Just started: 0 min, never below (a start a moment after the screen's clock ticked read "-1 min").
  await expect(page.getByTestId('as-desk-status')).toHaveText('Palvelussa · 0 min');
  await page.getByTestId('as-finish-service').click();

  // The form: a note that looks like personal data is refused where it is typed.
  await expect(page.getByTestId('as-session-dialog')).toBeVisible();
  await page.locator('#as-session-note').fill('Soita takaisin 040 123 4567');
  await expect(page.getByTestId('as-session-dialog')).toContainText('puhelinnumero');
  await expect(page.getByTestId('as-session-save')).toBeDisabled();
  await page.locator('#as-session-note').fill('Helmet-tunnus uusittu');
  await expect(page.getByTestId('as-note-retention')).toContainText('14');
  await logSessionInForm(page, ['library_eservices'], 'resolved');
  await expect(desk).toHaveAttribute('data-status', 'free');
  await expect(page.getByTestId('as-timer')).toHaveAttribute('data-running', 'false');

  // Counted on the dashboard: the total and the topic's bar in the chart's table.
  await expect.poll(() => sessionsToday(page, 'sp-oodi')).toBe(before + 1);
  await expect.poll(() => chartValue(page, 'as-chart-topic', topicLabel)).toBe(topicBefore + 1);
});

test('a volunteer logs a session with the timer but has no dashboard', async ({ page }) => {
  await signInAssist(page, await stack().openApp('veera'), 'veera');
  await expect(page.getByTestId('nav-asReports')).toHaveCount(0);
  await showAsView(page, 'asSessions');
  const list = page.getByTestId('as-session-list');
  await expect(list.getByTestId('as-session-rows').or(list.getByTestId('as-sessions-empty'))).toBeVisible();
  const before = await list.getByTestId('as-session-row').count();
  await page.keyboard.press('t');
  await expect(page.getByTestId('as-timer')).toHaveAttribute('data-running', 'true');
  await page.getByTestId('as-timer-stop').click();
  await logSessionInForm(page, ['smartphone_apps', 'online_safety'], 'partly_resolved');
  await expect(list.getByTestId('as-session-row')).toHaveCount(before + 1);
});
