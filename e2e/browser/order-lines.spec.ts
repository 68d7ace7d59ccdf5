import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import type { OrderLine } from '../../domain/berths/order-entity.ts';
import { orderTotals, serviceLine } from '../../domain/berths/order-lines.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, signIn } from '../support/app-page.ts';
import { offerAs, type PrivateCase } from '../support/berth-offer.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

const euros = (cents: number, locale = 'fi-FI') => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** The application the handler edited, for the supervisor's look at it. */
let edited: PrivateCase | null = null;

/** The totals the central will compute, by the domain's own functions. */
function expected(berthLines: OrderLine[], services: [Parameters<typeof serviceLine>[0], number, number][]) {
  return orderTotals([...berthLines, ...services.map(([s, cents, vat]) => serviceLine(s, cents, vat))]);
}

async function expectTotals(table: Locator, totals: ReturnType<typeof expected>) {
  await expect(table.getByTestId('order-pretax')).toHaveText(euros(totals.pretaxCents));
  await expect(table.getByTestId('order-vat')).toHaveText(euros(totals.vatCents));
  await expect(table.getByTestId('order-total')).toHaveText(euros(totals.totalCents));
}

async function synced(page: Page, section: Locator) {
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(section.getByTestId('order-pending')).toHaveCount(0);
}

test('a handler adds and changes an offer’s additional service lines, sees the totals while typing, saves; after sync the invoice and its history show them', async ({ page }) => {
  const target = await offerAs(page, await stack().openApp('aino'), 'aino');
  edited = target;
  const section = page.getByTestId('order-section');
  await expect(section.getByTestId('order-line')).toHaveCount(1);
  const before = (await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: target.id })).order!.order;
  const berthLines = before.lines;

  // The editor opens by keyboard; it starts with no service lines and focuses its first control.
  await section.getByTestId('order-action-editLines').focus();
  await page.keyboard.press('Enter');
  const editor = section.getByTestId('order-lines-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByTestId('order-lines-empty')).toBeVisible();
  await expect(editor.getByTestId('order-line-add')).toBeFocused();
  await page.keyboard.press('Enter');
  const rows = editor.getByTestId('order-line-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByLabel('Palvelu')).toBeFocused();
  await expect(rows.first().getByLabel('Palvelu')).toHaveValue('electricity');
  // A fixed harbour service carries the general VAT only.
  await expect(rows.first().getByLabel('ALV %')).toBeDisabled();

  // A price with three decimals is refused next to its field, in Finnish; nothing is saved.
  const price = rows.first().getByTestId('order-line-value');
  await price.fill('12,345');
  await price.press('Tab');
  await expect(rows.first()).toContainText('Anna hinta euroina, enintään kaksi desimaalia');
  await page.getByTestId('order-lines-save').click();
  await expect(price).toBeFocused();
  await price.fill('125,50');
  await expect(rows.first()).not.toContainText('Anna hinta euroina');
  const preview = editor.getByTestId('order-lines-preview');
  await expectTotals(preview, expected(berthLines, [['electricity', 12550, 25.5]]));
  await expect(rows.first().getByTestId('order-line-total')).toContainText(euros(12550));

  // A second service as a percentage of the berth price, at 10 % VAT, entered from the keyboard:
  // the new row's service is focused; one up is electricity, already on the invoice.
  await editor.getByTestId('order-line-add').focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  const second = rows.nth(1);
  await expect(second.getByLabel('Palvelu')).toBeFocused();
  await expect(second.getByLabel('Palvelu')).toHaveValue('water');
  await page.keyboard.press('ArrowUp');
  await expect(second).toContainText('Palvelu on laskulla jo toisella rivillä.');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
  await expect(second.getByLabel('Palvelu')).toHaveValue('parking_permit');
  await page.keyboard.press('Tab');
  await expect(second.getByLabel('Hinnoittelu')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(second.getByLabel('Hinnoittelu')).toHaveValue('percentage');
  await page.keyboard.press('Tab');
  await expect(second.getByTestId('order-line-value')).toBeFocused();
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await expect(second.getByLabel('ALV %')).toBeFocused();
  await page.keyboard.press('End');
  await expect(second.getByLabel('ALV %')).toHaveValue('10');
  const berthCents = berthLines.reduce((s, l) => s + l.totalCents, 0);
  const permit = Math.round(berthCents / 10);
  // The row says the euros the percentage comes to, and of what.
  await expect(second.getByTestId('order-line-total')).toContainText(euros(permit));
  await expect(second.getByTestId('order-line-percent')).toHaveText(`(10 % venepaikan hinnasta ${euros(berthCents)})`);
  await expectTotals(preview, expected(berthLines, [['electricity', 12550, 25.5], ['parking_permit', permit, 10]]));
  await expectNoAxeViolations(page, 'the invoice line editor (fi)');
  await editor.getByTestId('order-line-add').scrollIntoViewIfNeeded();
  await shoot(page, 'order-lines-editor');

  // Saved with Enter from the price field: the invoice shows the lines at once, pending, then confirmed.
  await second.getByTestId('order-line-value').press('Enter');
  await expect(editor).toHaveCount(0);
  // Waiting for the central the invoice offers no action: focus rests on its heading.
  await expect(section.getByRole('heading', { name: 'Lasku' })).toBeFocused();
  await synced(page, section);
  await expect(section.getByTestId('order-line')).toHaveCount(3);
  // The saved line keeps its percent beside its euros (decision 48).
  const permitLine = section.locator('[data-testid="order-line"][data-product="parking_permit"]');
  await expect(permitLine.getByTestId('order-line-percent')).toHaveText('10 % venepaikan hinnasta');
  await expect(permitLine).toContainText(euros(permit));
  await expectTotals(section, expected(berthLines, [['electricity', 12550, 25.5], ['parking_permit', permit, 10]]));

  // Changing one line: electricity to 150 €; the other stays as saved.
  await section.getByTestId('order-action-editLines').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('order-line-value')).toHaveValue('125,50');
  // The percentage line opens as the percentage it is, not as euros.
  await expect(rows.nth(1).getByLabel('Hinnoittelu')).toHaveValue('percentage');
  await expect(rows.nth(1).getByTestId('order-line-value')).toHaveValue('10');
  await rows.first().getByTestId('order-line-value').fill('150');
  await expectTotals(preview, expected(berthLines, [['electricity', 15000, 25.5], ['parking_permit', permit, 10]]));
  await page.getByTestId('order-lines-save').click();
  await synced(page, section);
  const totals = expected(berthLines, [['electricity', 15000, 25.5], ['parking_permit', permit, 10]]);
  await expectTotals(section, totals);
  // As the central recorded it (the desk's copy after the pull).
  const after = (await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: target.id })).order!.order;
  expect(after).toMatchObject({ ...totals, lines: [{ product: 'berth' }, { product: 'electricity', totalCents: 15000 }, { product: 'parking_permit', totalCents: permit, vatPercent: 10, percent: 10 }] });

  // The history names both changes and who made them.
  const history = page.locator('section', { has: page.locator('#history-title') });
  await expect(history.locator('li', { hasText: 'Laskun rivejä muutettu' })).toHaveCount(2);
  await expect(history.locator('li', { hasText: 'Laskun rivejä muutettu' }).first()).toContainText('Aino');
  // And which lines changed, and how: the newest only electricity's price, the first both services added.
  const edits = history.locator('li', { hasText: 'Laskun rivejä muutettu' });
  const electricity = after.lines.find((l) => l.product === 'electricity')!.title.fi;
  await expect(edits.first().getByTestId('history-line-changes').locator('li')).toHaveText([`${electricity}: ${euros(12550)} (ALV 25,5 %) → ${euros(15000)} (ALV 25,5 %)`]);
  const added = edits.nth(1).getByTestId('history-line-changes').locator('li');
  await expect(added).toHaveCount(2);
  await expect(added.first()).toHaveText(`${electricity}: ei riviä → ${euros(12550)} (ALV 25,5 %)`);
  const permitTitle = after.lines.find((l) => l.product === 'parking_permit')!.title.fi;
  await expect(added.nth(1)).toHaveText(`${permitTitle}: ei riviä → 10 % = ${euros(permit)} (ALV 10 %)`);

  // Swedish and English: the editor reads in each, passes axe, and Escape leaves it unchanged.
  for (const [lang, label, save, problem] of [
    ['sv', 'Tjänst', 'Spara raderna', 'Ange priset i euro med högst två decimaler'],
    ['en', 'Service', 'Save lines', 'Enter the price in euros with at most two decimals'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await section.getByTestId('order-action-editLines').click();
    await expect(rows.first().getByLabel(label)).toBeVisible();
    await expect(page.getByTestId('order-lines-save')).toHaveText(save);
    await rows.first().getByTestId('order-line-value').fill('x');
    await rows.first().getByTestId('order-line-value').press('Tab');
    await expect(rows.first()).toContainText(problem);
    await expectNoAxeViolations(page, `the invoice line editor (${lang})`);
    await rows.first().getByTestId('order-line-value').press('Escape');
    await expect(editor).toHaveCount(0);
  }
  await expect(section.getByTestId('order-total')).toHaveText(euros(totals.totalCents, 'en-GB'));
  await page.getByTestId('language-switch').selectOption('fi');
});

test('a supervisor sees the edited invoice lines and no edit button', async ({ page }) => {
  if (!edited) throw new Error('the handler’s test did not run first');
  await signIn(page, await stack().openApp('olli'), 'olli');
  await openApplication(page, edited.reference, edited.id);
  const section = page.getByTestId('order-section');
  await expect(section.getByTestId('order-line')).toHaveCount(3);
  await expect(section.getByTestId('order-action-editLines')).toHaveCount(0);
  await expect(section.locator('[data-testid^="order-action-"]')).toHaveCount(0);
});
