import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import type { Customer360 } from '../../domain/berths/customer-contract.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, pendingApplications, signIn, waitForFirstDownload } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';
import { openCustomer } from '../support/customers.ts';
import { dialogReady } from '../support/dialogs.ts';

const stack = stackPerFile();
// The later tests work on the customer and certificate the first one leaves: after a failure they are skipped.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 720 } });

/** A day as the Finnish desk shows and reads it: d.m.yyyy. */
const fiDay = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

/** The customer a handler works on in this file, found once by the first test. */
let chosen: { customerId: string; name: string; boatId: string; boatLabel: string } | null = null;

const certificateOf = (page: Page, boatId: string, type: 'inspection' | 'insurance'): Locator =>
  page.locator(`[data-testid="customer-boat"][data-boat-id="${boatId}"] [data-testid="boat-certificate"][data-type="${type}"]`);

/** Fill the dialog's days by keyboard (select all, type) and save with Enter. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.focus();
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

test('a handler adds an insurance certificate, sees it valid, edits it to expired, and it survives a reload and the sync; an inspection certificate expiring soon is removed', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const today = helsinkiDate(new Date());
  // A private customer with a boat that has no certificate yet.
  for (const row of await pendingApplications(page, 60)) {
    if (row.companyName) continue;
    const { application } = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
    const view = await invoke<Customer360>(page, 'berths.getCustomer', { id: application.customerId });
    const boat = view.boats.find((b) => b.certificates.every((c) => c.status === 'missing'));
    if (boat) {
      chosen = { customerId: view.customer.id, name: `${view.customer.lastName} ${view.customer.firstName}`, boatId: boat.id, boatLabel: [boat.registrationNumber, boat.name].filter(Boolean).join(' · ') };
      break;
    }
  }
  if (!chosen) throw new Error('no customer with a boat without certificates');
  const { customerId, name, boatId } = chosen;

  await openCustomer(page, name, customerId);
  const insurance = certificateOf(page, boatId, 'insurance');
  await expect(insurance).toHaveAttribute('data-status', 'missing');
  await expect(insurance.getByTestId('boat-certificate-status')).toHaveText('Puuttuu');
  await expectNoAxeViolations(page, 'boat certificates in the customer view (fi)');

  // Add, by keyboard: the button, the fields, Enter.
  const add = insurance.getByTestId('boat-certificate-add');
  await expect(add).toHaveAccessibleName(/^Lisää vakuutustodistus/);
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = await dialogReady(page.getByTestId('certificate-dialog'), 'Uusi vakuutustodistus');
  await typeInto(page, 'certificate-number', 'VK-2027-1');
  await typeInto(page, 'certificate-issuer', 'LähiTapiola');
  // A last day before the first is refused beside the field, and nothing is sent.
  const until = addDays(today, 200);
  await typeInto(page, 'certificate-validFrom', fiDay(addDays(today, 10)));
  await typeInto(page, 'certificate-validUntil', fiDay(today));
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Voimassaolo ei voi päättyä ennen kuin se alkaa.');
  await typeInto(page, 'certificate-validUntil', '31.2.2027');
  await expect(dialog).toContainText('Päivää ei ole kalenterissa.');
  await typeInto(page, 'certificate-validFrom', fiDay(addDays(today, -165)));
  await typeInto(page, 'certificate-validUntil', fiDay(until));
  await expectNoAxeViolations(page, 'certificate dialog (fi)');
  await shoot(page, 'boat-certificate-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(add).toHaveCount(0);

  // Valid at once, confirmed by the central.
  await expect(insurance).toHaveAttribute('data-status', 'valid');
  await expect(insurance.getByTestId('boat-certificate-status')).toHaveText('Voimassa');
  await expect(insurance.getByTestId('boat-certificate-validity')).toHaveText(`Voimassa ${fiDay(addDays(today, -165))}–${fiDay(until)}`);
  await expect(insurance).toContainText('Nro VK-2027-1');
  await expect(insurance).toContainText('Tarkastanut Aino Virtanen');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // Edited to a day that has passed: expired.
  const expiredOn = addDays(today, -3);
  const edit = insurance.getByTestId('boat-certificate-edit');
  await edit.focus();
  await page.keyboard.press('Enter');
  await dialogReady(dialog, 'Vakuutustodistuksen muokkaus');
  await expect(page.getByTestId('certificate-validUntil')).toHaveValue(fiDay(until));
  await expect(page.getByTestId('certificate-number')).toHaveValue('VK-2027-1');
  await typeInto(page, 'certificate-validUntil', fiDay(expiredOn));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(insurance).toHaveAttribute('data-status', 'expired');
  await expect(insurance.getByTestId('boat-certificate-status')).toHaveText('Vanhentunut');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await insurance.scrollIntoViewIfNeeded();
  await shoot(page, 'boat-certificates');

  // The other languages: the statuses in words, and no axe findings.
  for (const [lang, expired] of [['sv', 'Har gått ut'], ['en', 'Expired']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(insurance.getByTestId('boat-certificate-status')).toHaveText(expired);
    await expectNoAxeViolations(page, `boat certificates in the customer view (${lang})`);
    await shoot(page, `boat-certificates-${lang}`);
  }
  await insurance.getByTestId('boat-certificate-edit').click();
  await expect(dialog).toContainText('Edit insurance certificate');
  await expectNoAxeViolations(page, 'certificate dialog (en)');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('language-switch').selectOption('fi');

  // After a restart of the installation and a reload: still expired, as the central has it.
  await stack().killHost('aino');
  await stack().restartHost('aino');
  await page.reload();
  await waitForFirstDownload(page);
  await openCustomer(page, name, customerId);
  await expect(insurance).toHaveAttribute('data-status', 'expired');
  await expect(insurance.getByTestId('boat-certificate-validity')).toContainText(fiDay(expiredOn));

  // An inspection certificate ending within 30 days expires soon; removed (after a question), it is missing again.
  const inspection = certificateOf(page, boatId, 'inspection');
  await inspection.getByTestId('boat-certificate-add').focus();
  await page.keyboard.press('Enter');
  await dialogReady(dialog, 'Uusi katsastustodistus');
  await typeInto(page, 'certificate-validUntil', fiDay(addDays(today, 20)));
  await page.keyboard.press('Enter');
  await expect(inspection).toHaveAttribute('data-status', 'expiring');
  await expect(inspection.getByTestId('boat-certificate-status')).toHaveText('Vanhenee pian');
  const remove = inspection.getByTestId('boat-certificate-remove');
  await expect(remove).toHaveAccessibleName(/^Poista katsastustodistus/);
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('certificate-remove-dialog')).toContainText('Poistetaanko katsastustodistus?');
  await page.getByTestId('certificate-remove-confirm').click();
  await expect(inspection).toHaveAttribute('data-status', 'missing');
  await expect(inspection.getByTestId('boat-certificate-add')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
});

test('a supervisor sees the certificates and their validity but no way to change them', async ({ page }) => {
  if (!chosen) throw new Error('the first test chose no customer');
  const { customerId, name, boatId } = chosen;
  await signIn(page, await stack().openApp('olli'), 'olli');
  await openCustomer(page, name, customerId);
  const insurance = certificateOf(page, boatId, 'insurance');
  await expect(insurance).toHaveAttribute('data-status', 'expired');
  await expect(insurance).toContainText('Tarkastanut Aino Virtanen');
  await expect(certificateOf(page, boatId, 'inspection')).toHaveAttribute('data-status', 'missing');
  const boats = page.getByTestId('customer-boats');
  await expect(boats.getByTestId('boat-certificate')).not.toHaveCount(0);
  for (const action of ['add', 'edit', 'remove']) await expect(boats.getByTestId(`boat-certificate-${action}`)).toHaveCount(0);
  await expectNoAxeViolations(page, 'boat certificates, supervisor (fi)');
});

/** A one-page PDF small enough to read in a test, with a text a reader can find in its bytes. */
const SCAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n% Vakuutustodistus VK-2027-1\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a scan attached without a connection reaches the central before its certificate, and another desk opens it', async ({ browser }) => {
  if (!chosen) throw new Error('the first test chose no customer');
  const { customerId, name, boatId } = chosen;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, await stack().openApp('aino'), 'aino');
  await openCustomer(page, name, customerId);
  const insurance = certificateOf(page, boatId, 'insurance');
  await expect(insurance).toHaveAttribute('data-status', 'expired');
  await expect(insurance.getByTestId('boat-certificate-scan')).toHaveCount(0);

  stack().links.get('aino')!.cut();
  await insurance.getByTestId('boat-certificate-edit').click();
  const dialog = await dialogReady(page.getByTestId('certificate-dialog'));
  const picker = dialog.getByTestId('certificate-scan');
  await expect(picker).toContainText('PDF, JPEG tai PNG, enintään 4,2 Mt');
  // A web page renamed .pdf is refused by its bytes, in Finnish, and nothing is attached.
  await picker.getByTestId('certificate-scan-input').setInputFiles({ name: 'todistus.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(picker.getByTestId('certificate-scan-error')).toHaveAttribute('data-code', 'document_invalid');
  await expect(picker.getByTestId('certificate-scan-file')).toHaveCount(0);
  await shoot(page, 'boat-certificate-scan-refused');
  // The app's own button, in Finnish, opens the file dialog from the keyboard.
  const choose = picker.getByTestId('certificate-scan-choose');
  await expect(choose).toHaveText('Valitse tiedosto');
  const chooser = page.waitForEvent('filechooser');
  await choose.focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'vakuutus.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });
  await expect(picker.getByTestId('certificate-scan-file')).toHaveText(/^vakuutus\.pdf \(0,2\s+kt\)$/);
  await expect(picker.getByTestId('certificate-scan-error')).toHaveCount(0);
  await expectNoAxeViolations(page, 'certificate dialog with a scan (fi)');
  await dialog.getByTestId('certificate-save').click();
  await expect(dialog).toHaveCount(0);

  // Kept on this desk while offline: the certificate shows its scan, the command waits.
  const scanLink = insurance.getByTestId('boat-certificate-scan-open');
  await expect(scanLink).toHaveAccessibleName(/^Avaa liite vakuutus\.pdf, vakuutustodistus/);
  await expectNoAxeViolations(page, 'a certificate with its scan (fi)');
  await shoot(page, 'boat-certificate-with-scan');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');
  stack().links.get('aino')!.restore();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
  await context.close();

  // The supervisor's desk never had the bytes: it fetches them from the central, and they are the same.
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const olli = await other.newPage();
  await signIn(olli, await stack().openApp('olli'), 'olli');
  await openCustomer(olli, name, customerId);
  const seen = certificateOf(olli, boatId, 'insurance');
  const download = olli.waitForEvent('download');
  await seen.getByTestId('boat-certificate-scan-open').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/vakuutus.*\.pdf$/);
  expect(readFileSync(await file.path())).toEqual(SCAN_PDF);
  await expect(seen.getByTestId('boat-certificate-scan-error')).toHaveCount(0);
  await other.close();
});

test('two handlers edit one certificate at once: the later edit lands in the conflict inbox, naming the boat', async ({ browser }) => {
  if (!chosen) throw new Error('the first test chose no customer');
  const { customerId, name, boatId } = chosen;
  const [aino, eero] = [await browser.newContext({ viewport: { width: 1280, height: 720 } }), await browser.newContext({ viewport: { width: 1280, height: 720 } })];
  const [pa, pe] = [await aino.newPage(), await eero.newPage()];
  await signIn(pa, await stack().openApp('aino'), 'aino');
  await signIn(pe, await stack().openApp('eero'), 'eero');
  for (const page of [pa, pe]) {
    await openCustomer(page, name, customerId);
    await expect(certificateOf(page, boatId, 'insurance')).toHaveAttribute('data-status', 'expired');
  }
  const editUntil = async (page: Page, day: string) => {
    await certificateOf(page, boatId, 'insurance').getByTestId('boat-certificate-edit').click();
    await dialogReady(page.getByTestId('certificate-dialog'));
    await typeInto(page, 'certificate-validUntil', day);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('certificate-dialog')).toHaveCount(0);
  };
  const today = helsinkiDate(new Date());

  // Aino edits without a connection; Eero's edit of the same copy reaches the central first.
  stack().links.get('aino')!.cut();
  await editUntil(pa, fiDay(addDays(today, 100)));
  await expect(certificateOf(pa, boatId, 'insurance')).toHaveAttribute('data-status', 'valid');
  await editUntil(pe, fiDay(addDays(today, 10)));
  await expect(certificateOf(pe, boatId, 'insurance')).toHaveAttribute('data-status', 'expiring');
  await expect(pe.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  stack().links.get('aino')!.restore();
  await pa.getByTestId('sync-now').click();

  // Aino's edit was decided on an old copy: refused, her view shows Eero's, the inbox names the boat.
  await expect(pa.getByTestId('conflict-count')).toHaveAttribute('data-count', '1');
  await expect(certificateOf(pa, boatId, 'insurance')).toHaveAttribute('data-status', 'expiring');
  await pa.getByTestId('nav-conflicts').click();
  const item = pa.getByTestId('conflict-item');
  await expect(item).toHaveAttribute('data-code', 'stale_version');
  await expect(item).toContainText('Veneen todistuksen muokkaus');
  await expect(item.locator('dt', { hasText: /^Vene$/ })).toHaveCount(1);
  await expect(item).toContainText(chosen.boatLabel);
  await expect(item.getByRole('button', { name: /Avaa hakemus/ })).toHaveCount(0);
  await aino.close();
  await eero.close();
});
