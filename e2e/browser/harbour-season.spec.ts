import { expect, test } from '@playwright/test';
import type { HarbourBerths, HarbourOverview } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

test('a handler picks another season on the harbours page and its help lists the harbour shortcuts', async ({ page }) => {
  const url = await stack().openApp('aino');
  await signIn(page, url, 'aino');
  await page.getByTestId('nav-harbours').click();
  const grid = page.getByTestId('harbours-grid');
  await expect(grid).toHaveAttribute('data-count', '57');

  const current = await invoke<HarbourOverview>(page, 'berths.harbourOverview', {});
  const picker = page.getByTestId('harbour-season');
  await expect(picker).toHaveValue(String(current.season));
  await expect(picker.locator('option')).toHaveText([String(current.season - 1), `${current.season} (tarjottava kausi)`, String(current.season + 1)]);

  // The previous season: the page and the harbour panel answer for it, as the core does.
  const previous = await invoke<HarbourOverview>(page, 'berths.harbourOverview', { season: current.season - 1 });
  expect(previous.season).toBe(current.season - 1);
  await picker.selectOption(String(previous.season));
  await expect(page.getByTestId('harbours-season')).toHaveText(`Kausi ${previous.season}`);
  await expect(grid).toHaveAttribute('data-state', 'ready');
  const target = [...previous.harbours].sort((a, b) => b.berthCount - a.berthCount)[0]!;
  await page.getByTestId('harbour-search').fill(target.name.fi);
  const row = grid.locator(`.ag-row[row-id="${target.id}"] .ag-cell[col-id="free"]`);
  await expect(row).toHaveText(String(previous.harbours.find((h) => h.id === target.id)!.occupancy!.free));
  await row.click();

  const berths = await invoke<HarbourBerths>(page, 'berths.listBerths', { harbourId: target.id, season: previous.season });
  const detail = page.getByTestId('harbour-detail');
  await expect(detail).toContainText(`Kausi ${previous.season}`);
  await expect(detail.getByTestId('berth-row')).toHaveCount(berths.berths.length);
  for (const reason of ['free', 'offered', 'leased', 'renewal'] as const) {
    await expect(detail.locator(`[data-testid="berth-row"][data-occupancy="${reason}"]`)).toHaveCount(berths.berths.filter((b) => b.occupancy === reason).length);
  }

  // Back to the current season.
  await picker.selectOption(String(current.season));
  await expect(page.getByTestId('harbours-season')).toHaveText(`Kausi ${current.season}`);
  await expect(detail).toContainText(`Kausi ${current.season}`);

  // The help describes this page, not the application list.
  await page.getByTestId('help-open').click();
  const help = page.getByTestId('help-dialog');
  await expect(help.getByTestId('help-page')).toHaveText('Satamat-sivun pikanäppäimet.');
  await expect(help).toContainText('Avaa valitun sataman venepaikat');
  await expect(help).not.toContainText('Avaa valittu hakemus');
  await page.getByTestId('help-close').click();
  await expect(help).toHaveCount(0);
});
