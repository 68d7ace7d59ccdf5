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
