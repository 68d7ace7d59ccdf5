import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { shootAtBothSizes } from './screenshots.ts';

/**
 * A master data add dialog (decision 45) with an identifier and services, from the keyboard, in
 * Finnish: an identifier its parent has is refused next to the field (`takenText`) and blocks
 * saving; a free one, with the water service ticked by Space, is saved by Enter and the dialog
 * closes. Axe and screenshots (`<shot>-taken-fi`, `<shot>-dialog-fi`) at both steps. `field`
 * prefixes the form's ids (`<field>-identifier`, `<field>-service-water`).
 */
export async function addByKeyboard(page: Page, o: { field: string; dialog: Locator; save: Locator; taken: string; takenText: string; fresh: string; shot: string }): Promise<void> {
  const identifier = page.locator(`#${o.field}-identifier`);
  await identifier.fill(o.taken);
  await expect(page.locator(`#${o.field}-identifier-error`)).toHaveText(o.takenText);
  await expect(o.save).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Korjaa ensin merkityt kentät.');
  await expectNoAxeViolations(page, `${o.shot} dialog, identifier taken`);
  await shootAtBothSizes(page, `${o.shot}-taken-fi`);

  await identifier.fill(o.fresh);
  const water = page.locator(`#${o.field}-service-water`);
  await water.focus();
  await page.keyboard.press('Space');
  await expect(water).toBeChecked();
  await expect(o.save).toBeEnabled();
  await expectNoAxeViolations(page, `${o.shot} dialog`);
  await shootAtBothSizes(page, `${o.shot}-dialog-fi`);
  await o.save.focus();
  await page.keyboard.press('Enter');
  await expect(o.dialog).toHaveCount(0);
}

/** What an add dialog shows in one language, as the locale files have it. */
export interface AddDialogTexts {
  title: string;
  /** Each field's label (a required one marked by HDS's asterisk after it), by the field's id. */
  labels: Record<string, string>;
  /** Other texts in the dialog: a group's legend, the services, a note on formats. */
  texts: readonly string[];
  /** What shows next to the identifier when the taken one is typed. */
  takenText: string;
  /** Fields to fill first (by id), in this language's number format, so only the identifier blocks saving. */
  fill?: Record<string, string>;
}

/** What every add dialog says alike: why saving is blocked, its add and cancel buttons. */
const SHARED = {
  sv: { blocked: 'Rätta först de markerade fälten.', add: 'Lägg till', cancel: 'Avbryt' },
  en: { blocked: 'Correct the marked fields first.', add: 'Add', cancel: 'Cancel' },
} as const;

/** Text an untranslated i18n key or a left interpolation would show: `berthsMaster.fields.number`, `{{pier}}`. */
const RAW_KEY = /\b[a-z][A-Za-z]+\.[a-z][A-Za-z]+\b|\{\{/;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The add dialog `name` opened again after the Finnish flow (its button is `<name>` in `within`;
 * `<name>-dialog`, `<name>-save` and `<name>-dialog-cancel` the dialog's), in Swedish and then
 * English: its title, labels, other texts and buttons in that language and no i18n key anywhere
 * in it; the taken identifier (`identifier` is the field's id) refused next to the field and
 * blocking saving in that language, axe and screenshots (`<name>-taken-<lang>`); a free one clears
 * both, screenshots (`<name>-dialog-<lang>`); closed unsaved (Escape in Swedish, the cancel button
 * in English). Back in Finnish at the end. Axe runs once a language, on the dialog with the error
 * (all the free one shows and more, at half a second a run in a suite over its time budget).
 */
export async function reviewAddInLanguages(
  page: Page,
  o: { name: string; within: Page | Locator; identifier: string; taken: string; fresh: string },
  texts: { sv: AddDialogTexts; en: AddDialogTexts },
): Promise<void> {
  const dialog = page.getByTestId(`${o.name}-dialog`);
  const save = page.getByTestId(`${o.name}-save`);
  const cancel = page.getByTestId(`${o.name}-dialog-cancel`);
  const identifier = page.locator(`#${o.identifier}`);
  const error = page.locator(`#${o.identifier}-error`);
  const blocked = dialog.getByTestId('dialog-blocked');
  for (const lang of ['sv', 'en'] as const) {
    const x = { ...texts[lang], ...SHARED[lang] };
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await o.within.getByTestId(o.name).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(x.title);
    for (const [id, label] of Object.entries(x.labels)) await expect(dialog.locator(`label[for="${id}"]`)).toHaveText(new RegExp(`^${escaped(label)}\\s*\\*?$`));
    for (const text of x.texts) await expect(dialog).toContainText(text);
    await expect(save).toHaveText(x.add);
    await expect(cancel).toHaveText(x.cancel);
    for (const [id, value] of Object.entries(x.fill ?? {})) await page.locator(`#${id}`).fill(value);

    await identifier.fill(o.taken);
    await expect(error).toHaveText(x.takenText);
    await expect(save).toBeDisabled();
    await expect(blocked).toHaveText(x.blocked);
    await expect(dialog).not.toContainText(RAW_KEY);
    await expectNoAxeViolations(page, `${o.name} dialog ${lang}, identifier taken`);
    await shootAtBothSizes(page, `${o.name}-taken-${lang}`);

    await identifier.fill(o.fresh);
    await expect(error).toHaveCount(0);
    await expect(blocked).toHaveCount(0);
    await expect(save).toBeEnabled();
    await shootAtBothSizes(page, `${o.name}-dialog-${lang}`);
    if (lang === 'sv') await page.keyboard.press('Escape');
    else await cancel.click();
    await expect(dialog).toHaveCount(0);
  }
  await page.getByTestId('language-switch').selectOption('fi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
}
