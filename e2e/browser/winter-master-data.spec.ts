import { expect, test, type Locator, type Page } from '@playwright/test';
import type { WinterApplicationDetail, WinterApplicationList, WinterAreasView, WinterPlaceSuggestion } from '../../domain/berths/winter-contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes } from '../support/screenshots.ts';
import { addByKeyboard, reviewAddInLanguages } from '../support/master-add.ts';

/**
 * Winter storage areas, sections and places (decision 43) as berth services edit them on the
 * demo winter: a place resized and a free one taken out of use, the counts following; a place a
 * lease holds stays in use, refused in the user's language; a case handler reads without edit
 * actions. Data is picked through the app's own queries, never by acting.
 */
const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

async function openAreas(page: Page): Promise<void> {
  await page.getByTestId('nav-winterStorage').click();
  await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('winter-tab-areas').click();
  await expect(page.getByTestId('winter-areas')).toBeVisible();
}

async function chooseArea(page: Page, areaId: string): Promise<void> {
  await page.locator(`[data-testid="winter-area-row"][data-area-id="${areaId}"]`).getByTestId('winter-area-open').click();
  await expect(page.getByTestId('winter-area-detail')).toHaveAttribute('data-area-id', areaId);
}

const placeRow = (page: Page, id: string) => page.locator(`[data-testid="winter-place-row"][data-place-id="${id}"]`);

/** Opens a place's edit dialog from the keyboard. */
async function editPlace(page: Page, id: string) {
  await placeRow(page, id).getByTestId('winter-place-edit').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('winter-place-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Everything sent has been answered by the central. */
const settled = (page: Page) => expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

/** A record added on the desk has reached the central, applied (no longer pending, no conflict), and is shot where it shows. */
async function appliedAndShown(page: Page, added: Locator, shot: string): Promise<void> {
  await settled(page);
  await expect(added.locator('.pending-icon')).toHaveCount(0);
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
  await added.scrollIntoViewIfNeeded();
  await shootAtBothSizes(page, shot);
}

/** A marked case whose first suggestion fits: the handler's own flow allocates it, so a lease holds that place. */
async function allocateFirstSuggestion(page: Page): Promise<WinterPlaceSuggestion> {
  const { rows } = await invoke<WinterApplicationList>(page, 'berths.winterApplications', { winter: null, areaType: 'marked', statuses: ['pending'], areaId: null, search: '' });
  let d: WinterApplicationDetail | null = null;
  for (const row of rows.slice(0, 40)) {
    const x = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: row.id });
    if (x.suggestions[0]?.fit === 'fits') {
      d = x;
      break;
    }
  }
  if (!d) throw new Error('no waiting marked case with a fitting place');
  await page.getByTestId('nav-winterStorage').click();
  await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('winter-filter-search').fill(d.application.reference);
  await expect(page.getByTestId('winter-count')).toHaveAttribute('data-shown', '1');
  await page.locator(`[data-testid="winter-grid"] .ag-row[row-id="${d.application.id}"]`).first().click();
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-application-id', d.application.id);
  await page.getByTestId('winter-suggestion').first().getByTestId('winter-allocate').click();
  await page.getByTestId('winter-allocate-confirm').click();
  await expect(page.getByTestId('winter-lease-state')).toHaveAttribute('data-invoice-status', 'drafted');
  await settled(page);
  return d.suggestions[0]!;
}

test('berth services resize a place and take a free one out of use, the counts following; a place a lease holds stays in use, refused in the user\'s language', async ({ page }) => {
  await signIn(page, await stack().openApp('sanna'), 'sanna');
  const held = await allocateFirstSuggestion(page);

  const view = await invoke<WinterAreasView>(page, 'berths.winterAreas', {});
  const area = view.areas.find((a) => a.sections.some((s) => s.places.some((p) => p.place.record.id === held.placeId)))!;
  const free = area.sections.flatMap((s) => s.places).filter((p) => !p.held && p.place.record.isActive && p.place.record.id !== held.placeId);
  const [resized, retired] = free;
  if (!resized || !retired) throw new Error('the area has fewer than two free places');
  expect(area.counts.occupied).toBeGreaterThan(0);

  await page.getByTestId('winter-tab-areas').click();
  await chooseArea(page, area.area.record.id);
  const freeCount = page.getByTestId('winter-area-count-free');
  await expect(freeCount).toHaveText(String(area.counts.free));
  await expect(placeRow(page, held.placeId)).toHaveAttribute('data-state', 'occupied');
  await expectNoAxeViolations(page, 'winter storage areas fi');
  await shootAtBothSizes(page, 'winter-areas-fi');

  // A width of 0 is refused as it is typed, next to the field, and cannot be saved.
  let dialog = await editPlace(page, resized.place.record.id);
  await page.locator('#winter-place-width').fill('0');
  await expect(dialog).toContainText('Oltava yli 0.');
  await expect(page.getByTestId('winter-place-save')).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Korjaa ensin merkityt kentät.');
  await expectNoAxeViolations(page, 'winter place dialog fi');
  await shootAtBothSizes(page, 'winter-place-dialog-fi');
  await page.locator('#winter-place-width').fill('4,35');
  await page.getByTestId('winter-place-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(placeRow(page, resized.place.record.id).getByTestId('winter-place-size')).toContainText('4,35 ×');
  await settled(page);
  await expect(placeRow(page, resized.place.record.id).locator('.pending-icon')).toHaveCount(0);

  // A free place goes out of use: the free counts of the list and the area drop by one.
  dialog = await editPlace(page, retired.place.record.id);
  await page.locator('#winter-place-active').uncheck();
  await page.getByTestId('winter-place-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(placeRow(page, retired.place.record.id)).toHaveAttribute('data-state', 'inactive');
  await expect(freeCount).toHaveText(String(area.counts.free - 1));
  await expect(page.locator(`[data-testid="winter-area-row"][data-area-id="${area.area.record.id}"]`).getByTestId('winter-area-free')).toHaveText(String(area.counts.free - 1));
  await settled(page);

  // The held place stays in use: the refusal is shown in the dialog, in Finnish, then in Swedish.
  for (const [lang, text] of [
    ['fi', 'Voimassa oleva talvisäilytyssopimus pitää paikan'],
    ['sv', 'Ett gällande avtal om vinterförvaring håller platsen'],
  ] as const) {
    if (lang !== 'fi') {
      await page.getByTestId('language-switch').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    dialog = await editPlace(page, held.placeId);
    await page.locator('#winter-place-active').uncheck();
    await page.getByTestId('winter-place-save').click();
    await expect(dialog.getByTestId('dialog-error')).toHaveAttribute('data-code', 'winter_place_held');
    await expect(dialog.getByTestId('dialog-error')).toContainText(text);
    if (lang === 'sv') {
      await expectNoAxeViolations(page, 'winter place refused sv');
      await shootAtBothSizes(page, 'winter-place-refused-sv');
    }
    await page.getByTestId('winter-place-dialog-cancel').click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(placeRow(page, held.placeId)).toHaveAttribute('data-state', 'occupied');
  await expectNoAxeViolations(page, 'winter storage areas sv');
  await shootAtBothSizes(page, 'winter-areas-sv');

  // The section and area dialogs in English.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('winter-tab-areas')).toHaveText('Areas');
  await expectNoAxeViolations(page, 'winter storage areas en');
  await shootAtBothSizes(page, 'winter-areas-en');
  await page.getByTestId('winter-section-edit').first().click();
  await expect(page.getByTestId('winter-section-dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'winter section dialog en');
  await shootAtBothSizes(page, 'winter-section-dialog-en');
  await page.getByTestId('winter-section-dialog-cancel').click();
  await page.getByTestId('winter-area-edit').click();
  await expect(page.getByTestId('winter-area-dialog')).toBeVisible();
  await page.locator('#winter-area-zipCode').fill('123');
  await expect(page.getByTestId('winter-area-dialog')).toContainText('Five digits, e.g. 00100.');
  await expectNoAxeViolations(page, 'winter area dialog en');
  await shootAtBothSizes(page, 'winter-area-dialog-en');
  await page.getByTestId('winter-area-dialog-cancel').click();
});

test('a case handler reads the areas and their counts and is offered no edit action', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const view = await invoke<WinterAreasView>(page, 'berths.winterAreas', {});
  const marked = view.areas.find((a) => a.counts.places > 0)!;
  await openAreas(page);
  await chooseArea(page, marked.area.record.id);
  await expect(page.getByTestId('winter-place-row')).toHaveCount(marked.counts.places);
  await expect(page.getByTestId('winter-area-count-free')).toHaveText(String(marked.counts.free));
  await expect(page.getByTestId('winter-area-edit')).toHaveCount(0);
  await expect(page.getByTestId('winter-section-edit')).toHaveCount(0);
  await expect(page.getByTestId('winter-place-edit')).toHaveCount(0);
  await expect(page.getByTestId('winter-place-add')).toHaveCount(0);
  await expect(page.getByTestId('winter-section-add')).toHaveCount(0);
  await expectNoAxeViolations(page, 'winter storage areas, read only');
});

test('berth services add a place in a section: a number the section has is refused next to the field in Finnish; the new place shows free at once and reaches the central; the dialog also in Swedish and English', async ({ page }) => {
  await signIn(page, await stack().openApp('sanna'), 'sanna');
  const view = await invoke<WinterAreasView>(page, 'berths.winterAreas', {});
  const area = view.areas.find((a) => a.sections.some((s) => s.places.length > 0 && s.section.record.isActive !== false))!;
  const section = area.sections.find((s) => s.places.length > 0 && s.section.record.isActive !== false)!;
  const numbers = section.places.map((p) => p.place.record.number);
  const next = Math.max(...numbers) + 1;
  const taken = numbers[0]!;

  await openAreas(page);
  await chooseArea(page, area.area.record.id);
  const sectionPanel = page.locator(`[data-testid="winter-section"][data-section-id="${section.section.record.id}"]`);
  await sectionPanel.getByTestId('winter-place-add').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('winter-place-add-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Uusi paikka, osasto ${section.section.record.identifier}`);
  // The number after the section's highest is offered.
  await expect(page.locator('#winter-place-number')).toHaveValue(String(next));

  const save = page.getByTestId('winter-place-add-save');
  await page.locator('#winter-place-number').fill(String(taken));
  await page.locator('#winter-place-width').fill('3,5');
  await page.locator('#winter-place-length').fill('9');
  await expect(page.locator('#winter-place-number-error')).toHaveText(`Osastolla on jo paikka ${taken}.`);
  await expect(save).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Korjaa ensin merkityt kentät.');
  await expectNoAxeViolations(page, 'winter place add dialog, number taken');
  await shootAtBothSizes(page, 'winter-place-add-taken-fi');

  await page.locator('#winter-place-number').fill(String(next));
  await expect(save).toBeEnabled();
  await expectNoAxeViolations(page, 'winter place add dialog');
  await shootAtBothSizes(page, 'winter-place-add-dialog-fi');
  await save.click();
  await expect(dialog).toHaveCount(0);

  // The place is in its section at once, free, and the area counts one free place more.
  const added = sectionPanel.locator(`[data-testid="winter-place-row"][data-number="${next}"]`);
  await expect(added).toHaveAttribute('data-state', 'free');
  await expect(added.getByTestId('winter-place-size')).toContainText('3,50 ×');
  await expect(sectionPanel.getByTestId('winter-place-row')).toHaveCount(numbers.length + 1);
  await expect(page.getByTestId('winter-area-count-free')).toHaveText(String(area.counts.free + 1));
  await appliedAndShown(page, added, 'winter-place-added-fi');

  // Once applied, its number is the section's: a second add with it is refused next to the field.
  await sectionPanel.getByTestId('winter-place-add').click();
  await expect(page.locator('#winter-place-number')).toHaveValue(String(next + 1));
  await page.locator('#winter-place-number').fill(String(next));
  await expect(page.locator('#winter-place-number-error')).toHaveText(`Osastolla on jo paikka ${next}.`);
  await page.getByTestId('winter-place-add-dialog-cancel').click();
  await expect(dialog).toHaveCount(0);

  // The dialog in Swedish and English: its texts, the taken number refused in words, sizes typed as each language writes them.
  const identifier = section.section.record.identifier;
  await reviewAddInLanguages(page, { name: 'winter-place-add', within: sectionPanel, identifier: 'winter-place-number', taken: String(taken), fresh: String(next + 1) }, {
    sv: {
      title: `Ny plats, avdelning ${identifier}`,
      labels: { 'winter-place-number': 'Nummer', 'winter-place-width': 'Bredd (m)', 'winter-place-length': 'Längd (m)', 'winter-place-active': 'I bruk', 'winter-place-invoiceable': 'Faktureras', 'winter-place-comment': 'Kommentar' },
      texts: ['I meter, t.ex. 2,5'],
      takenText: `Avdelningen har redan plats ${taken}.`,
      fill: { 'winter-place-width': '3,5', 'winter-place-length': '9' },
    },
    en: {
      title: `New place, section ${identifier}`,
      labels: { 'winter-place-number': 'Number', 'winter-place-width': 'Width (m)', 'winter-place-length': 'Length (m)', 'winter-place-active': 'In use', 'winter-place-invoiceable': 'Invoiceable', 'winter-place-comment': 'Comment' },
      texts: ['In metres, e.g. 2.5'],
      takenText: `The section already has place ${taken}.`,
      fill: { 'winter-place-width': '3.5', 'winter-place-length': '9' },
    },
  });
});

test('berth services add a section to an area: an identifier the area has is refused in Finnish, next to the field or by the desk; the new section shows at once and reaches the central; the dialog also in Swedish and English', async ({ page }) => {
  await signIn(page, await stack().openApp('sanna'), 'sanna');
  const view = await invoke<WinterAreasView>(page, 'berths.winterAreas', {});
  // An area in use with places in sections named by a letter (the demo's have some named '-').
  const named = (s: WinterAreasView['areas'][number]['sections'][number]) => /^\p{L}/u.test(s.section.record.identifier) && s.places.length > 0;
  const area = view.areas.find((a) => a.area.record.isActive !== false && a.sections.some(named))!;
  const identifiers = area.sections.map((s) => s.section.record.identifier.toLocaleLowerCase('fi'));
  const taken = area.sections.find(named)!.section.record.identifier;
  const fresh = ['E7', 'E8', 'E9', 'E10'].find((x) => !identifiers.includes(x.toLocaleLowerCase('fi')))!;
  const sectionPanel = (identifier: string) => page.getByTestId('winter-section').filter({ hasText: `Osasto ${identifier}` });

  await openAreas(page);
  await chooseArea(page, area.area.record.id);
  await expect(page.getByTestId('winter-section')).toHaveCount(area.sections.length);
  await page.getByTestId('winter-section-add').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('winter-section-add-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Uusi osasto, alue ${area.area.record.name.fi}`);
  const save = page.getByTestId('winter-section-add-save');
  await expect(page.locator('#winter-section-identifier')).toHaveValue('');
  await expect(page.locator('#winter-section-active')).toBeChecked();

  // An identifier the area has (case aside) is refused as it is typed, next to the field; a free one
  // with a service is added from the keyboard, and the section shows at once and is applied.
  const lower = taken.toLocaleLowerCase('fi');
  await addByKeyboard(page, { field: 'winter-section', dialog, save, taken: ` ${lower} `, takenText: `Alueella on jo osasto ${lower}.`, fresh, shot: 'winter-section-add' });
  await expect(page.getByTestId('winter-section')).toHaveCount(area.sections.length + 1);
  const added = sectionPanel(fresh);
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('Vesi');
  await expect(added).toContainText('Osastolla ei ole ruutupaikkoja.');
  await appliedAndShown(page, added, 'winter-section-added-fi');

  // The same identifier with an accent passes the form but not the desk's decider (accents aside): refused in the dialog, in Finnish.
  await page.getByTestId('winter-section-add').click();
  await page.locator('#winter-section-identifier').fill(fresh.replace('E', 'É'));
  await save.click();
  await expect(dialog.getByTestId('dialog-error')).toHaveAttribute('data-code', 'winter_section_identifier_taken');
  await expect(dialog.getByTestId('dialog-error')).toContainText('Alueella on jo osasto tällä tunnuksella.');
  await expectNoAxeViolations(page, 'winter section add refused');
  await page.getByTestId('winter-section-add-dialog-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('winter-section')).toHaveCount(area.sections.length + 1);

  // The dialog in Swedish and English: its texts, the taken identifier refused in words.
  const unused = ['E7', 'E8', 'E9', 'E10'].find((x) => x !== fresh && !identifiers.includes(x.toLocaleLowerCase('fi')))!;
  const name = area.area.record.name;
  await reviewAddInLanguages(page, { name: 'winter-section-add', within: page, identifier: 'winter-section-identifier', taken: lower, fresh: unused }, {
    sv: {
      title: `Ny avdelning, området ${name.sv || name.fi}`,
      labels: {
        'winter-section-identifier': 'Beteckning',
        'winter-section-service-water': 'Vatten',
        'winter-section-service-summerStorageForDockingEquipment': 'Sommarförvaring av förtöjningsutrustning',
        'winter-section-active': 'I bruk',
      },
      texts: ['Tjänster'],
      takenText: `Området har redan avdelning ${lower}.`,
    },
    en: {
      title: `New section, area ${name.en || name.fi}`,
      labels: {
        'winter-section-identifier': 'Identifier',
        'winter-section-service-water': 'Water',
        'winter-section-service-summerStorageForDockingEquipment': 'Summer storage for docking equipment',
        'winter-section-active': 'In use',
      },
      texts: ['Services'],
      takenText: `The area already has section ${lower}.`,
    },
  });
});
