import { expect, test } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, pendingApplications, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

const metres = (n: number) => `${new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 }).format(n)}\u00a0m`;

test('a handler edits the boat width and reorders the harbour choices by keyboard; the history shows the change', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  let target: ApplicationDetail | null = null;
  for (const row of await pendingApplications(page, 30)) {
    const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
    if (detail.choices.length >= 2) {
      target = detail;
      break;
    }
  }
  if (!target) throw new Error('no pending application with two harbour choices');
  const app = target.application;
  const [first, second] = target.choices.map((c) => c.name.fi);
  await openApplication(page, app.reference, app.id);

  const detail = page.getByTestId('application-detail');
  await page.getByTestId('action-edit').click();
  const form = page.getByTestId('application-edit');
  await expect(form.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(page.getByTestId('edit-boat-width')).toHaveValue(String(app.boat.width).replace('.', ','));

  // A width that is not a number is refused next to the field, in Finnish, and nothing is sent.
  const width = page.getByTestId('edit-boat-width');
  await width.fill('leveä');
  await page.getByTestId('edit-save').click();
  await expect(form).toContainText('Anna luku metreinä, esim. 2,5.');
  await expect(page.getByTestId('edit-problems')).toHaveText('Korjaa 1 merkitty kenttä ennen tallentamista.');
  await width.scrollIntoViewIfNeeded();
  await shoot(page, 'application-edit-problem');
  const newWidth = app.boat.width >= 2.8 ? 2.5 : 2.8;
  await width.fill(String(newWidth).replace('.', ','));

  // The second choice moves to the top by keyboard; the focus follows the moved harbour.
  const choices = form.getByTestId('edit-choice');
  const up = choices.nth(1).getByRole('button', { name: `Siirrä ylemmäs: ${second}` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(choices.first()).toContainText(`1. ${second}`);
  await expect(choices.nth(1)).toContainText(`2. ${first}`);
  await expect(choices.first().getByRole('button', { name: `Siirrä alemmas: ${second}` })).toBeFocused();

  await expectNoAxeViolations(page, 'application edit form');
  await shoot(page, 'application-edit-form');

  await page.getByTestId('edit-save').click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('action-edit')).toBeFocused();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // The boat and the choices show the new values; the history tells what changed, readably.
  await expect(detail.locator('section[aria-labelledby="choices-title"] li').first()).toHaveText(second!);
  const entry = detail.locator('section[aria-labelledby="history-title"] li', { hasText: 'Hakemusta muokattu' });
  await expect(entry).toHaveCount(1);
  // Found by its test id, not its Finnish title, so the same lines are followed into Swedish and English.
  const lines = detail.getByTestId('history-changes').locator('li');
  await expect(entry.getByTestId('history-changes')).toHaveCount(1);
  await expect(lines).toHaveText([`Veneen leveys: ${metres(app.boat.width)} → ${metres(newWidth)}`, `Satamatoiveet: ${target.choices.map((c) => c.name.fi).join(', ')} → ${[second, first, ...target.choices.slice(2).map((c) => c.name.fi)].join(', ')}`]);
  await expect(entry).toContainText('Aino');

  // Recorded on the central: the application there has the new width and order.
  const after = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: app.id });
  expect(after.application.boat.width).toBe(newWidth);
  expect(after.application.harbourChoices.slice(0, 2)).toEqual([target.choices[1]!.harbourId, target.choices[0]!.harbourId]);
  expect(after.application.receivedAt).toBe(app.receivedAt);
  expect(after.pendingCommands).toEqual([]);

  await expectNoAxeViolations(page, 'application history after an edit');
  await entry.scrollIntoViewIfNeeded();
  await shoot(page, 'application-edit-history');

  // The same change log reads in Swedish and English.
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(lines.first()).toHaveText(`Båtens bredd: ${metres(app.boat.width)} → ${metres(newWidth)}`);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(lines.first()).toContainText('Boat width:');
  await expect(page.getByTestId('action-edit')).toHaveText('Edit');
});

test('a supervisor sees no edit button', async ({ page }) => {
  await signIn(page, await stack().openApp('olli'), 'olli');
  const [row] = await pendingApplications(page, 1);
  if (!row) throw new Error('no pending application');
  await openApplication(page, row.reference, row.id);
  await expect(page.getByTestId('application-detail')).toContainText('Sinulla on lukuoikeus');
  await expect(page.getByTestId('action-edit')).toHaveCount(0);
});
