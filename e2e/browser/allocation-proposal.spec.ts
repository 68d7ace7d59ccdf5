import { expect, test } from '@playwright/test';
import type { AllocationProposalView } from '../../domain/berths/allocation-contract.ts';
import { alternativeBerths } from '../../domain/berths/allocation-proposal.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, signIn } from '../support/app-page.ts';
import { snapshot } from '../support/offer-states.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchGridErrors } from '../support/grid-errors.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

const finnish = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

test('a handler reviews the allocation proposal, changes a row and sends two offers with one due date', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('nav-allocation').click();
  const grid = page.getByTestId('allocation-grid');
  await expect(grid).toHaveAttribute('data-state', 'ready');

  // The proposal as the app gives it, only to pick test data: near the head of the queue, a row
  // (a) whose berth can change to the berth of another row (c) once c is dropped (free berths are
  // scarce: each one is proposed to someone), and a third row (b) with a berth.
  const proposal = await invoke<AllocationProposalView>(page, 'berths.allocationProposal', {});
  await expect(grid).toHaveAttribute('data-count', String(proposal.rows.length));
  for (const key of ['first', 'second', 'later', 'none'] as const) {
    await expect(page.getByTestId(`allocation-count-${key}`)).toHaveAttribute('data-count', String(proposal.counts[key]));
  }
  expect(proposal.counts.first + proposal.counts.second + proposal.counts.later + proposal.counts.none).toBe(proposal.rows.length);
  expect(proposal.counts.first, 'some applicant gets their first choice').toBeGreaterThan(0);

  const piers = new Map(proposal.berths.map((x) => [x.pierId, { identifier: x.pier }]));
  const head = proposal.rows.slice(0, 40).filter((r) => r.berthId !== null);
  const fitsFor = (r: (typeof head)[number], berthId: string, heldBy: (typeof head)[number]) => {
    const others = new Set(proposal.rows.filter((x) => x.berthId !== null && x !== r && x !== heldBy).map((x) => x.berthId!));
    const app = { id: r.applicationId, harbourChoices: r.harbourChoices, boat: { width: r.boatWidth, length: r.boatLength }, switch: r.currentBerthId ? { currentBerthId: r.currentBerthId } : null, accessibilityRequired: r.accessibilityRequired };
    return alternativeBerths(app, proposal.berths, others, piers).some((x) => x.berth.id === berthId);
  };
  let pick: { a: (typeof head)[number]; c: (typeof head)[number] } | null = null;
  for (const a of head) {
    const c = head.find((x) => x !== a && fitsFor(a, x.berthId!, x));
    if (c) {
      pick = { a, c };
      break;
    }
  }
  expect(pick, 'near the head of the queue, one row can take another row’s berth').not.toBeNull();
  const { a, c } = pick!;
  const b = head.find((x) => x !== a && x !== c);
  expect(b, 'a third row near the head of the queue has a berth').toBeDefined();
  const indexOf = (id: string) => proposal.rows.findIndex((r) => r.applicationId === id);
  const row = async (id: string) => {
    // AG Grid draws only the rows near the view: scroll the row's position into it first.
    const index = indexOf(id);
    if (index > 5) await grid.locator('.ag-body-vertical-scroll-viewport').evaluate((el, top) => (el.scrollTop = top), Math.max(0, index * 42 - 84), { timeout: 10_000 });
    const locator = grid.locator(`.ag-row[row-id="${id}"]`).filter({ has: page.locator('[col-id="applicant"]') });
    await expect(locator).toBeVisible();
    return locator;
  };
  const openRow = async (id: string) => (await row(id)).locator('[col-id="applicant"]').click();

  await expectNoAxeViolations(page, 'allocation proposal');
  await snapshot(page, 'allocation-proposal-fi-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'allocation-proposal-fi-1920');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Untick every row, then tick the two to send.
  const send = page.getByTestId('allocation-send-button');
  await expect(send).toContainText(`Lähetä ${new Intl.NumberFormat('fi-FI').format(withBerthCount(proposal))}`);
  await grid.locator('.ag-header-select-all input').click();
  await expect(send).toBeDisabled();
  await expect(page.getByTestId('allocation-send-blocked')).toHaveText('Yhdelläkään rivillä ei ole paikkaa.');

  // Drop row c: its berth is free for the others again.
  await openRow(c.applicationId);
  const dialog = page.getByTestId('allocation-row-dialog');
  const select = page.getByTestId('allocation-row-berth');
  await expect(select).toHaveValue(c.berthId!);
  await select.selectOption('drop');
  await page.getByTestId('allocation-row-apply').click();
  await expect(dialog).toHaveCount(0);
  // Columns out of view are not drawn at 1280 px: the row's own mark and its choice cell say it.
  const rowC = await row(c.applicationId);
  await expect(rowC).toHaveClass(/alloc-row--dropped/);
  await expect(rowC.locator('[col-id="choice"]')).toHaveText('Ei paikkaa');

  // Row a takes it: Enter on the row opens it; the list holds only free, wide-enough berths.
  await openRow(a.applicationId);
  await expect(select).toHaveValue(a.berthId!);
  await select.selectOption(c.berthId!);
  await expectNoAxeViolations(page, 'allocation row dialog');
  await snapshot(page, 'allocation-row-fi-1280');
  await page.getByTestId('allocation-row-apply').click();
  await expect(dialog).toHaveCount(0);
  const newBerth = proposal.berths.find((x) => x.id === c.berthId)!;
  const rowA = await row(a.applicationId);
  await expect(rowA).toHaveClass(/alloc-row--changed/);
  await expect(rowA.locator('[col-id="choice"]')).toHaveText(`${a.harbourChoices.indexOf(newBerth.harbourId) + 1}. toive`);

  for (const r of [a, b!]) await (await row(r.applicationId)).locator('.ag-selection-checkbox input').click();
  await expect(send).toHaveText('Lähetä 2 tarjousta');

  // One due date for both, typed in Finnish; a day too soon is refused while typing.
  const due = page.locator('#allocation-due-date');
  const today = helsinkiDate(new Date());
  await expect(due).toHaveValue(finnish(addDays(today, 14)));
  await due.fill(finnish(today));
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(send).toBeDisabled();
  const chosen = addDays(today, 10);
  await due.fill(finnish(chosen));
  await expect(due).toHaveAttribute('aria-invalid', 'false');
  await send.click();
  const confirm = page.getByTestId('allocation-confirm');
  await expect(confirm).toContainText(`Lähetetään 2 tarjousta eräpäivällä ${finnish(chosen)}.`);
  await expectNoAxeViolations(page, 'allocation send confirmation');
  await snapshot(page, 'allocation-confirm-fi-1280');
  await page.getByTestId('allocation-confirm-send').click();

  const result = page.getByTestId('allocation-result');
  await expect(result).toHaveAttribute('data-sent', '2');
  await expect(result).toHaveAttribute('data-refused', '0');
  await expect(result).toContainText('2 tarjousta lähetetty.');
  await result.scrollIntoViewIfNeeded();
  await snapshot(page, 'allocation-result-fi-1280');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
  // The new proposal no longer holds them.
  await expect(grid.locator(`.ag-row[row-id="${a.applicationId}"]`)).toHaveCount(0);
  await expect(grid).toHaveAttribute('data-count', String(proposal.rows.length - 2));

  // Both applications now show the offer, with the common due date, on the berths as sent.
  await page.getByTestId('nav-applications').click();
  for (const [r, berthNumber] of [
    [a, newBerth.number],
    [b!, proposal.berths.find((x) => x.id === b!.berthId)!.number],
  ] as const) {
    await openApplication(page, r.reference, r.applicationId);
    await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'offer_sent');
    await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
    await expect(page.getByTestId('offer-status')).toContainText(finnish(chosen));
    await expect(page.getByTestId('offer-status')).toContainText(berthNumber);
  }
  expect(gridErrors()).toEqual([]);
});

function withBerthCount(p: AllocationProposalView): number {
  return p.rows.filter((r) => r.berthId !== null).length;
}
