import { expect, test, type Locator, type Page } from '@playwright/test';
import type { HarbourMasterData } from '../../domain/berths/master-data-contract.ts';
import type { HarbourBerths, HarbourOverview } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn, waitForFirstSync } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes } from '../support/screenshots.ts';
import { addByKeyboard, reviewAddInLanguages } from '../support/master-add.ts';

const stack = stackPerFile();
const VIEWPORT = { width: 1280, height: 720 };

/** Harbour services have no applications to wait for: signed in once the connection is up. */
async function signInAsHarbourServices(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('login-username').fill('harri');
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
}

const gridCell = (page: Page, id: string, colId: string) => page.locator(`[data-testid="harbours-grid"] .ag-row[row-id="${id}"] .ag-cell[col-id="${colId}"]`);

async function openHarbour(page: Page, id: string, name: string): Promise<Locator> {
  await page.getByTestId('harbour-search').fill(name);
  await gridCell(page, id, 'name').click();
  const detail = page.getByTestId('harbour-detail');
  await expect(detail).toHaveAttribute('data-harbour-id', id);
  return detail;
}

async function shoot(page: Page, name: string) {
  await test.info().attach(name, { body: await page.screenshot({ path: test.info().outputPath(`${name}.png`) }), contentType: 'image/png' });
}

test('harbour services edit a berth and take another out of use; a handler sees the free count drop and no edit actions', async ({ browser }) => {
  const ainoContext = await browser.newContext({ viewport: VIEWPORT });
  const harriContext = await browser.newContext({ viewport: VIEWPORT });
  const aino = await ainoContext.newPage();
  const harri = await harriContext.newPage();
  await signIn(aino, await stack().openApp('aino'), 'aino');
  await signInAsHarbourServices(harri, await stack().openApp('harri'));

  // A small harbour with at least two free berths this season.
  const overview = await invoke<HarbourOverview>(aino, 'berths.harbourOverview', {});
  const target = overview.harbours.filter((h) => (h.occupancy?.free ?? 0) >= 2).sort((a, b) => a.berthCount - b.berthCount)[0]!;
  const free = target.occupancy!.free;
  const berths = await invoke<HarbourBerths>(aino, 'berths.listBerths', { harbourId: target.id });
  const [widened, retired] = berths.berths.filter((b) => b.occupancy === 'free');
  if (!widened || !retired) throw new Error('the harbour has fewer than two free berths');

  // The handler may not edit: no action is offered, and the price list is for reading.
  await aino.getByTestId('nav-harbours').click();
  const ainoDetail = await openHarbour(aino, target.id, target.name.fi);
  await expect(ainoDetail.getByTestId('berth-row')).toHaveCount(target.berthCount);
  await expect(ainoDetail.getByTestId('harbour-edit')).toHaveCount(0);
  await expect(ainoDetail.getByTestId('pier-edit')).toHaveCount(0);
  await expect(ainoDetail.getByTestId('berth-edit')).toHaveCount(0);
  await expect(ainoDetail.getByTestId('berth-add')).toHaveCount(0);
  await expect(ainoDetail.getByTestId('pier-add')).toHaveCount(0);
  await aino.getByTestId('price-list-open').click();
  const ainoPrices = aino.getByTestId('price-list-dialog');
  await expect(ainoPrices.getByTestId('price-version').first()).toHaveAttribute('data-state', 'current');
  await expect(ainoPrices.getByTestId('price-new-version')).toHaveCount(0);
  await ainoPrices.getByTestId('price-list-close').click();

  // Harbour services: the edit actions are there, reached from the keyboard.
  await expect(harri.getByTestId('harbours-grid')).toHaveAttribute('data-count', '57', { timeout: 60_000 });
  const detail = await openHarbour(harri, target.id, target.name.fi);
  const row = (id: string) => detail.locator(`[data-testid="berth-row"][data-berth-id="${id}"]`);
  await expect(detail.getByTestId('harbour-edit')).toBeVisible();
  await row(widened.id).getByTestId('berth-edit').focus();
  await harri.keyboard.press('Enter');
  const dialog = harri.getByTestId('berth-edit-dialog');
  await expect(dialog).toBeVisible();

  // A width of 0 is refused as it is typed, in the user's language, and cannot be saved.
  const width = harri.locator('#berth-edit-width');
  await width.fill('0');
  await expect(dialog).toContainText('Oltava yli 0.');
  await expect(harri.getByTestId('berth-edit-save')).toBeDisabled();
  await expect(harri.getByTestId('dialog-blocked')).toHaveText('Korjaa ensin merkityt kentät.');
  await shoot(harri, 'berth dialog with a refused width');
  await width.fill('3,25');
  await expect(harri.getByTestId('berth-edit-save')).toBeEnabled();
  await expectNoAxeViolations(harri, 'berth edit dialog');
  await shoot(harri, 'berth dialog');
  await harri.getByTestId('berth-edit-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(row(widened.id)).toContainText('3,25');

  await row(retired.id).getByTestId('berth-edit').click();
  await expect(dialog).toBeVisible();
  await harri.locator('#berth-edit-active').uncheck();
  await harri.getByTestId('berth-edit-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(row(retired.id)).toHaveClass(/berth-row--inactive/);
  await expect(detail.locator('.harbour-fact', { hasText: 'Ei käytössä' }).locator('dd')).toHaveText(String(target.inactiveBerths + 1));

  // The pier and harbour dialogs, looked at and checked.
  await detail.getByTestId('pier-edit').first().click();
  await expect(harri.getByTestId('pier-edit-dialog')).toBeVisible();
  await expectNoAxeViolations(harri, 'pier edit dialog');
  await shoot(harri, 'pier dialog');
  await harri.getByTestId('pier-edit-dialog-cancel').click();
  await detail.getByTestId('harbour-edit').click();
  await expect(harri.getByTestId('harbour-edit-dialog')).toBeVisible();
  await harri.locator('#harbour-edit-zipCode').fill('123');
  await expect(harri.getByTestId('harbour-edit-dialog')).toContainText('Viisi numeroa, esim. 00100.');
  await expectNoAxeViolations(harri, 'harbour edit dialog');
  await shoot(harri, 'harbour dialog');
  await harri.getByTestId('harbour-edit-dialog-cancel').click();

  // Both edits reach the central; the handler's desk pulls them: one free berth fewer.
  await expect(harri.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(async () => {
    await invoke(aino, 'sync.now', {});
    const now = await invoke<HarbourOverview>(aino, 'berths.harbourOverview', {});
    expect(now.harbours.find((h) => h.id === target.id)!.occupancy!.free).toBe(free - 1);
  }).toPass({ timeout: 30_000 });
  await expect(gridCell(aino, target.id, 'free')).toHaveText(String(free - 1));
  await expect(ainoDetail.locator(`[data-testid="berth-row"][data-berth-id="${retired.id}"]`)).toHaveAttribute('data-occupancy', 'inactive');
  await expect(ainoDetail.locator(`[data-testid="berth-row"][data-berth-id="${widened.id}"]`)).toContainText('3,25');

  // The price list: a new dated version from the one in force.
  await harri.getByTestId('price-list-open').click();
  const prices = harri.getByTestId('price-list-dialog');
  await expect(prices.getByTestId('price-version').first()).toHaveAttribute('data-state', 'current');
  await expectNoAxeViolations(harri, 'price list');
  await shoot(harri, 'price list');
  await prices.getByTestId('price-new-version').click();
  await prices.getByTestId('price-0-0').fill('210');
  await expect(prices.getByTestId('price-save')).toBeEnabled();
  await expectNoAxeViolations(harri, 'new price list');
  await shoot(harri, 'new price list');
  await prices.getByTestId('price-save').click();
  await expect(prices.locator('[data-testid="price-version"][data-state="upcoming"]')).toContainText('210,00');

  await ainoContext.close();
  await harriContext.close();
});

test('berth services add a berth on a pier: a number the pier has is refused next to the field, the new one shows free at once and reaches the central; the dialog also in Swedish and English', async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  await signIn(page, await stack().openApp('sanna'), 'sanna');

  // The smallest harbour with berths; the new berth goes on the pier of its first berth.
  const overview = await invoke<HarbourOverview>(page, 'berths.harbourOverview', {});
  const target = overview.harbours.filter((h) => h.berthCount > 0 && h.occupancy).sort((a, b) => a.berthCount - b.berthCount)[0]!;
  const { berths } = await invoke<HarbourBerths>(page, 'berths.listBerths', { harbourId: target.id });
  const neighbour = berths[0]!;
  const taken = new Set(berths.filter((b) => b.pierId === neighbour.pierId).map((b) => b.number.toLowerCase()));
  let n = 90;
  while (taken.has(String(n))) n += 1;
  const number = String(n);

  await page.getByTestId('nav-harbours').click();
  await expect(page.getByTestId('harbours-grid')).toHaveAttribute('data-count', '57', { timeout: 60_000 });
  const detail = await openHarbour(page, target.id, target.name.fi);
  const pier = detail.getByTestId('pier-section').filter({ has: page.locator(`[data-berth-id="${neighbour.id}"]`) });
  await expect(pier.getByTestId('berth-row')).toHaveCount(taken.size);
  await pier.getByTestId('berth-add').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('berth-add-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Uusi paikka, laituri ${neighbour.pier}`);
  // A new berth is moored as the pier's berths are, until changed.
  expect(berths.filter((b) => b.pierId === neighbour.pierId).map((b) => b.mooringType)).toContain(await page.locator('#berth-edit-mooring').inputValue());

  // The number of a berth already on the pier (in other letters case) is refused as it is typed, in Finnish, next to the field.
  const save = page.getByTestId('berth-add-save');
  await page.locator('#berth-edit-number').fill(neighbour.number.toUpperCase());
  await page.locator('#berth-edit-width').fill('2,6');
  await page.locator('#berth-edit-length').fill('7');
  await expect(page.locator('#berth-edit-number-error')).toHaveText(`Laiturilla on jo paikka ${neighbour.number.toUpperCase()}.`);
  await expect(save).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Korjaa ensin merkityt kentät.');
  await expectNoAxeViolations(page, 'berth add dialog, number taken');
  await shootAtBothSizes(page, 'berth-add-taken-fi');

  await page.locator('#berth-edit-number').fill(number);
  await expect(save).toBeEnabled();
  await expectNoAxeViolations(page, 'berth add dialog');
  await shootAtBothSizes(page, 'berth-add-dialog-fi');
  await save.click();
  await expect(dialog).toHaveCount(0);

  // The berth is on its pier at once, free, and the harbour counts one free berth more.
  const added = pier.getByTestId('berth-row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
  await expect(added).toHaveAttribute('data-occupancy', 'free');
  await expect(added).toContainText('Vapaa');
  await expect(added).toContainText('2,6');
  await expect(pier.getByTestId('berth-row')).toHaveCount(taken.size + 1);
  await expect(detail.locator('.harbour-fact--free dd')).toHaveText(String(target.occupancy!.free + 1));
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
  await added.scrollIntoViewIfNeeded();
  await shootAtBothSizes(page, 'berth-added-fi');

  // Once applied, the new number is the pier's too: a second add with it is refused next to the field.
  await pier.getByTestId('berth-add').click();
  await page.locator('#berth-edit-number').fill(number);
  await expect(page.locator('#berth-edit-number-error')).toHaveText(`Laiturilla on jo paikka ${number}.`);
  await expect(save).toBeDisabled();
  await page.getByTestId('berth-add-dialog-cancel').click();
  await expect(dialog).toHaveCount(0);

  // The dialog in Swedish and English: its texts, the taken number refused in words, sizes typed as each language writes them.
  const takenNumber = neighbour.number.toUpperCase();
  let unused = n + 1;
  while (taken.has(String(unused))) unused += 1;
  await reviewAddInLanguages(page, { name: 'berth-add', within: pier, identifier: 'berth-edit-number', taken: takenNumber, fresh: String(unused) }, {
    sv: {
      title: `Ny plats, brygga ${neighbour.pier}`,
      labels: { 'berth-edit-number': 'Nummer', 'berth-edit-mooring': 'Förtöjningssätt', 'berth-edit-accessible': 'Tillgänglig', 'berth-edit-width': 'Bredd (m)', 'berth-edit-length': 'Längd (m)', 'berth-edit-depth': 'Djup (m)', 'berth-edit-active': 'I bruk', 'berth-edit-invoiceable': 'Faktureras', 'berth-edit-comment': 'Kommentar' },
      texts: ['I meter, t.ex. 2,5', 'Lämna tomt om det inte är känt.'],
      takenText: `Bryggan har redan plats ${takenNumber}.`,
      fill: { 'berth-edit-width': '2,6', 'berth-edit-length': '7' },
    },
    en: {
      title: `New berth, pier ${neighbour.pier}`,
      labels: { 'berth-edit-number': 'Number', 'berth-edit-mooring': 'Mooring type', 'berth-edit-accessible': 'Accessible', 'berth-edit-width': 'Width (m)', 'berth-edit-length': 'Length (m)', 'berth-edit-depth': 'Depth (m)', 'berth-edit-active': 'In use', 'berth-edit-invoiceable': 'Invoiceable', 'berth-edit-comment': 'Comment' },
      texts: ['In metres, e.g. 2.5', 'Leave empty if not known.'],
      takenText: `The pier already has berth ${takenNumber}.`,
      fill: { 'berth-edit-width': '2.6', 'berth-edit-length': '7' },
    },
  });
});

test('berth services add a pier to a harbour: an identifier the harbour has is refused in Finnish, next to the field or by the desk; the new pier shows at once, ready for berths, and reaches the central; the dialog also in Swedish and English', async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  await signIn(page, await stack().openApp('sanna'), 'sanna');

  // The smallest harbour with berths, and an identifier none of its piers has.
  const overview = await invoke<HarbourOverview>(page, 'berths.harbourOverview', {});
  const target = overview.harbours.filter((h) => h.berthCount > 0 && h.occupancy).sort((a, b) => a.berthCount - b.berthCount)[0]!;
  const master = await invoke<HarbourMasterData>(page, 'berths.harbourMasterData', { harbourId: target.id });
  const piers = master.piers.map((p) => p.record.identifier);
  const taken = piers.find((p) => p.trim() !== '')!;
  const fresh = ['E7', 'E8', 'E9', 'E10'].find((x) => !piers.some((p) => p.toLowerCase() === x.toLowerCase()))!;

  await page.getByTestId('nav-harbours').click();
  await expect(page.getByTestId('harbours-grid')).toHaveAttribute('data-count', '57', { timeout: 60_000 });
  const detail = await openHarbour(page, target.id, target.name.fi);
  await expect(detail.getByTestId('pier-section')).toHaveCount(piers.length);
  await detail.getByTestId('pier-add').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('pier-add-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Uusi laituri, satama ${target.name.fi}`);
  await expect(page.locator('#pier-edit-identifier')).toHaveValue('');
  await expect(page.locator('#pier-edit-active')).toBeChecked();

  // A pier's identifier the harbour has (case aside) is refused as it is typed, next to the field; a free one with a
  // service is added from the keyboard, and the pier shows at once, without berths but with their add action.
  const save = page.getByTestId('pier-add-save');
  await addByKeyboard(page, { field: 'pier-edit', dialog, save, taken: taken.toLowerCase(), takenText: `Satamassa on jo laituri ${taken.toLowerCase()}.`, fresh, shot: 'pier-add' });
  await expect(detail.getByTestId('pier-section')).toHaveCount(piers.length + 1);
  const added = detail.getByTestId('pier-section').filter({ hasText: `Laituri ${fresh}` });
  await expect(added).toHaveCount(1);
  await expect(added.getByTestId('pier-no-berths')).toHaveText('Laiturilla ei ole vielä paikkoja.');
  await expect(added.getByTestId('berth-add')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
  await added.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page, 'harbour with a pier added');
  await shootAtBothSizes(page, 'pier-added-fi');

  // The same identifier with an accent passes the form but not the desk's decider (accents aside): refused in the dialog, in Finnish.
  await detail.getByTestId('pier-add').click();
  await page.locator('#pier-edit-identifier').fill(fresh.replace('E', 'É'));
  await save.click();
  await expect(dialog.getByTestId('dialog-error')).toHaveAttribute('data-code', 'pier_identifier_taken');
  await expect(dialog.getByTestId('dialog-error')).toContainText('Satamassa on jo laituri tällä tunnuksella.');
  await page.getByTestId('pier-add-dialog-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(detail.getByTestId('pier-section')).toHaveCount(piers.length + 1);

  // The dialog in Swedish and English: its texts, the taken identifier refused in words.
  const lower = taken.toLowerCase();
  const unused = ['E7', 'E8', 'E9', 'E10'].find((x) => x !== fresh && !piers.some((p) => p.toLowerCase() === x.toLowerCase()))!;
  const localName = (lang: 'sv' | 'en') => target.name[lang] || target.name.fi;
  await reviewAddInLanguages(page, { name: 'pier-add', within: detail, identifier: 'pier-edit-identifier', taken: lower, fresh: unused }, {
    sv: {
      title: `Ny brygga, hamnen ${localName('sv')}`,
      labels: {
        'pier-edit-identifier': 'Beteckning',
        'pier-edit-tier': 'Prisklass',
        'pier-edit-service-water': 'Vatten',
        'pier-edit-service-wasteCollection': 'Avfallshantering',
        'pier-edit-electricity': 'Egen elanslutning',
        'pier-edit-active': 'I bruk',
        'pier-edit-boat-types': 'Lämpliga båttyper',
      },
      texts: ['Tjänster', 'En båttyp per rad.'],
      takenText: `Hamnen har redan brygga ${lower}.`,
    },
    en: {
      title: `New pier, harbour ${localName('en')}`,
      labels: {
        'pier-edit-identifier': 'Identifier',
        'pier-edit-tier': 'Price tier',
        'pier-edit-service-water': 'Water',
        'pier-edit-service-wasteCollection': 'Waste collection',
        'pier-edit-electricity': 'Personal electricity connection',
        'pier-edit-active': 'In use',
        'pier-edit-boat-types': 'Suitable boat types',
      },
      texts: ['Services', 'One boat type per line.'],
      takenText: `The harbour already has pier ${lower}.`,
    },
  });
});
