import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { StickerLetterRow, WinterApplicationDetail, WinterApplicationList } from '../../domain/berths/winter-contract.ts';
import { deliverableEmail } from '../../domain/contact-address.ts';
import type { CaughtMessage } from '../../domain/contract.ts';
import { pdfPageTexts } from '../../main/core/files/testing/pdf-text.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchGridErrors } from '../support/grid-errors.ts';

/**
 * Winter storage as a berth handler works it on the demo winter: a marked application gets the
 * first place suggested, its invoice is sent and marked paid; an unmarked notice is invoiced,
 * the invoice mail is caught, the customer pays it on the page the mail links to, the payment
 * gives it a sticker, and its sticker letter is printed and marked posted. Cases are picked through the app's own queries, never by acting.
 */
const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

/** A screenshot a person looks at after the run, kept in the test's results. */
async function shot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, { body: await page.screenshot({ path: test.info().outputPath(`${name}.png`) }), contentType: 'image/png' });
}

/** The same screen at 1280×720 and at 1920×1080. */
async function shots(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, `${name}-1920`);
  await page.setViewportSize({ width: 1280, height: 720 });
}

const waiting = (areaType: 'marked' | 'unmarked') => ({ winter: null, areaType, statuses: ['pending'], areaId: null, search: '' });

/** A waiting case of a customer invoiced online with an email address, that `fits` takes. */
async function onlineCase(page: Page, areaType: 'marked' | 'unmarked', fits: (d: WinterApplicationDetail) => boolean): Promise<WinterApplicationDetail> {
  const { rows } = await invoke<WinterApplicationList>(page, 'berths.winterApplications', waiting(areaType));
  expect(rows.length, `the demo winter has waiting ${areaType} cases`).toBeGreaterThan(0);
  for (const row of rows.slice(0, 60)) {
    const d = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: row.id });
    const c = d.customer;
    if (c && c.kind !== 'non_billable' && c.invoicingType === 'online_payment' && deliverableEmail(c.email) && fits(d)) return d;
  }
  throw new Error(`no waiting ${areaType} case of an online-invoiced customer`);
}

async function openWinterStorage(page: Page): Promise<void> {
  await page.getByTestId('nav-winterStorage').click();
  await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
}

/** Find a case by its reference with the search box and open it from the grid. */
async function openCase(page: Page, d: WinterApplicationDetail): Promise<void> {
  await page.getByTestId('winter-filter-search').fill(d.application.reference);
  await expect(page.getByTestId('winter-count')).toHaveAttribute('data-shown', '1');
  await page.locator(`[data-testid="winter-grid"] .ag-row[row-id="${d.application.id}"]`).first().click();
  const detail = page.getByTestId('winter-detail');
  await expect(detail).toHaveAttribute('data-application-id', d.application.id);
  await expect(detail.getByRole('heading', { level: 2, name: d.application.reference })).toBeVisible();
}

/** The case's lease as the central confirmed it: nothing waits in the outbox, and the panel says so. */
async function confirmed(page: Page, invoiceStatus: string): Promise<void> {
  const lease = page.getByTestId('winter-lease-state');
  await expect(lease).toHaveAttribute('data-invoice-status', invoiceStatus);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(lease).toHaveAttribute('data-pending', 'false');
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-pending', 'false');
}

async function sendInvoice(page: Page): Promise<void> {
  await page.getByTestId('winter-send').click();
  const dialog = page.getByTestId('winter-send-dialog');
  await expect(dialog).toBeVisible();
  // The field starts at the suggested due date, which the window allows.
  await expect(page.getByTestId('winter-due-date')).not.toHaveValue('');
  await page.getByTestId('winter-send-confirm').click();
  await expect(dialog).toHaveCount(0);
  await confirmed(page, 'offered');
}

async function markPaid(page: Page): Promise<void> {
  await page.getByTestId('winter-mark-paid').click();
  await expect(page.getByTestId('winter-paid-dialog')).toBeVisible();
  await page.getByTestId('winter-paid-confirm').click();
  await confirmed(page, 'paid_man');
  await expect(page.getByTestId('winter-lease-state')).toHaveAttribute('data-lease-status', 'paid');
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-status', 'handled');
}

test('a marked application gets the first place suggested, its invoice is sent and marked paid: the lease is paid and the application handled', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  await signIn(page, await stack().openApp('aino'), 'aino');
  const d = await onlineCase(page, 'marked', (x) => x.suggestions.length > 0 && x.suggestions[0]!.priceCents !== null);
  const first = d.suggestions[0]!;

  await openWinterStorage(page);
  await page.getByTestId('winter-filter-type').selectOption('marked');
  await expect(page.getByTestId('winter-count')).not.toHaveAttribute('data-total', '');
  await openCase(page, d);
  const suggestions = page.getByTestId('winter-suggestion');
  await expect(suggestions.first()).toHaveAttribute('data-place-id', first.placeId);
  await expect(page.getByTestId('winter-stored-length')).toBeVisible();
  await expectNoAxeViolations(page, 'winter storage, marked application with place suggestions');
  await shots(page, 'winter-marked-suggestions-fi');

  await suggestions.first().getByTestId('winter-allocate').click();
  await expect(page.getByTestId('winter-allocate-dialog')).toBeVisible();
  // A shorter place is given only once the handler confirms it; the first suggestion may be one.
  if (first.fit === 'too_short') {
    await expect(page.getByTestId('winter-allocate-confirm')).toBeDisabled();
    await page.getByTestId('winter-allocate-ack').check();
  }
  await page.getByTestId('winter-allocate-confirm').click();
  await confirmed(page, 'drafted');
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-status', 'offer_generated');
  await expect(page.getByTestId('winter-lease-place')).toContainText(`${first.section}-${first.number}`);
  await expect(page.getByTestId('winter-invoice-total')).not.toBeEmpty();

  await sendInvoice(page);
  await markPaid(page);
  await expect(page.getByTestId('winter-event')).toHaveCount(3);
  await expectNoAxeViolations(page, 'winter storage, paid marked lease');
  await shots(page, 'winter-marked-paid-fi');

  const after = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: d.application.id });
  expect(after.application.status).toBe('handled');
  expect(after.lease).toMatchObject({ placeId: first.placeId, status: 'paid', pending: false });
  expect(after.lease!.invoice.status).toBe('paid_man');
  expect(gridErrors()).toEqual([]);
});

test('an unmarked notice is invoiced and its mail caught; paid by the customer on the linked page, it gets a sticker whose letter is printed as a PDF and marked posted', async ({ page }) => {
  test.slow();
  await signIn(page, await stack().openApp('eero'), 'eero');
  const d = await onlineCase(page, 'unmarked', (x) => x.unmarkedPriceCents !== null);
  const emails = new Set([d.customer!.email, d.application.applicant.email].map((e) => deliverableEmail(e)?.toLowerCase()).filter((e): e is string => Boolean(e)));
  const mailsTo = async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => emails.has(m.to.toLowerCase()));
  const before = new Set((await mailsTo()).map((m) => m.id));

  await openWinterStorage(page);
  await page.getByTestId('winter-filter-type').selectOption('unmarked');
  await openCase(page, d);
  await expect(page.getByTestId('winter-unmarked-price')).toBeVisible();
  await page.getByTestId('winter-create-invoice').click();
  await page.getByTestId('winter-create-confirm').click();
  await confirmed(page, 'drafted');
  await expect(page.getByTestId('winter-sticker-awaiting')).toBeVisible();

  // The invoice goes by email: the demo catcher holds one new message for the customer, naming the invoice.
  await sendInvoice(page);
  await expect.poll(async () => (await mailsTo()).filter((m) => !before.has(m.id)).length).toBe(1);
  const [mail] = (await mailsTo()).filter((m) => !before.has(m.id));
  expect(`${mail!.subject} ${mail!.text}`).toContain(d.application.reference);

  // The customer opens the link in the mail, reads the invoice in each language and pays it at the demo bank.
  const link = mail!.text.match(/\/customer\/winter\/[^\s?#]+/)?.[0];
  expect(link, 'the invoice email carries the invoice page link').toBeDefined();
  const customer = await page.context().newPage();
  for (const [lang, title] of [['fi', 'Talvisäilytyksen lasku'], ['sv', 'Faktura för vinterförvaring'], ['en', 'Winter storage invoice']] as const) {
    await customer.goto(`${stack().centralUrl}${link}?lang=${lang}`);
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(customer.locator('[data-state]')).toHaveAttribute('data-state', 'payable');
    await expectNoAxeViolations(customer, `winter invoice page ${lang}`);
  }
  await customer.getByRole('button', { name: 'Pay' }).click();
  await expect(customer).toHaveURL(/\/demo-bank\/payments\/[0-9a-f-]{36}$/);
  await customer.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(customer).toHaveURL(new RegExp(`${link}\\?lang=en&notice=paid$`));
  await expect(customer.getByRole('status')).toHaveText('Thank you, the payment was received.');
  await expect(customer.locator('[data-state]')).toHaveAttribute('data-state', 'paid');
  const paidSticker = Number(await customer.locator('[data-sticker]').getAttribute('data-sticker'));
  expect(paidSticker).toBeGreaterThan(0);
  await expectNoAxeViolations(customer, 'paid winter invoice page en');
  await test.info().attach('paid winter invoice', { body: await customer.screenshot({ fullPage: true }), contentType: 'image/png' });
  await customer.close();

  // The desk pulls the payment: the lease paid online, the application handled, the sticker the page showed.
  await confirmed(page, 'paid');
  await expect(page.getByTestId('winter-lease-state')).toHaveAttribute('data-lease-status', 'paid');
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-status', 'handled');
  const sticker = page.getByTestId('winter-sticker-number');
  await expect(sticker).toBeVisible();
  const number = Number(await sticker.getAttribute('data-number'));
  expect(number).toBe(paidSticker);
  await expect(page.getByTestId('winter-sticker-posted')).toHaveAttribute('data-posted', '');
  await shots(page, 'winter-unmarked-sticker-fi');
  const { lease } = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: d.application.id });
  expect(lease!.stickerNumber).toBe(number);

  // The sticker letters page lists it; only its letter is chosen and printed.
  await page.getByTestId('winter-tab-letters').click();
  const letters = page.getByTestId('sticker-letters');
  await expect(letters).toHaveAttribute('data-state', 'ready');
  const row = page.locator(`[data-testid="sticker-letter-row"][data-lease-id="${lease!.id}"]`);
  await expect(row).toHaveAttribute('data-sticker', String(number));
  // Confirmed by the central: only a confirmed sticker number is printed.
  await expect(row).toHaveAttribute('data-pending', 'false');
  const listed = await invoke<StickerLetterRow[]>(page, 'berths.stickerLetters', { winter: null });
  const letter = listed.find((l) => l.leaseId === lease!.id)!;
  expect(letter.customerName).not.toBe('');
  await expectNoAxeViolations(page, 'sticker letters');
  await shots(page, 'winter-sticker-letters-fi');

  await row.getByTestId('sticker-letter-select').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('sticker-letters-print-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('sticker-letters-print-status')).toHaveAttribute('data-phase', 'done');
  const text = (await pdfPageTexts(await readFile(await file.path()))).join(' ');
  expect(text).toContain(String(number));
  expect(text).toContain(letter.customerName);

  // Posted today: the letter leaves the list, and the central keeps the day.
  await page.getByTestId('sticker-letters-mark-posted').click();
  await page.getByTestId('sticker-letters-post-confirm').click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect
    .poll(async () => {
      const after = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: d.application.id });
      return after.lease && !after.lease.pending ? after.lease.stickerPostedOn : null;
    })
    .not.toBeNull();
  expect((await invoke<StickerLetterRow[]>(page, 'berths.stickerLetters', { winter: null })).some((l) => l.leaseId === lease!.id)).toBe(false);

  // Both pages in Swedish and English.
  for (const [lang, tab] of [['sv', 'Dekalbrev'], ['en', 'Sticker letters']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByTestId('winter-tab-letters')).toHaveText(tab);
    await expect(letters).toHaveAttribute('data-state', 'ready');
    await expectNoAxeViolations(page, `sticker letters in ${lang}`);
    await shots(page, `winter-sticker-letters-${lang}`);
    await page.getByTestId('winter-tab-inbox').click();
    await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
    await openCase(page, d);
    await expect(page.getByTestId('winter-sticker-posted')).not.toHaveAttribute('data-posted', '');
    await expectNoAxeViolations(page, `winter storage case in ${lang}`);
    await shots(page, `winter-unmarked-case-${lang}`);
    await page.getByTestId('winter-tab-letters').click();
  }
});

test('a supervisor reads winter storage and the sticker letters and is offered none of their actions', async ({ page }) => {
  await signIn(page, await stack().openApp('olli'), 'olli');
  const { rows } = await invoke<WinterApplicationList>(page, 'berths.winterApplications', waiting('marked'));
  const d = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: rows[0]!.id });
  await openWinterStorage(page);
  await openCase(page, d);
  await expect(page.getByTestId('winter-detail').locator('.read-only-note')).toBeVisible();
  await expect(page.getByTestId('winter-suggestions')).toBeVisible();
  await expect(page.getByTestId('winter-allocate')).toHaveCount(0);
  await page.getByTestId('winter-tab-letters').click();
  await expect(page.getByTestId('sticker-letters')).toHaveAttribute('data-state', 'ready');
  // The printout is the handlers' mail: a supervisor neither prints nor marks letters posted.
  await expect(page.getByTestId('sticker-letters-print-button')).toHaveCount(0);
  await expect(page.getByTestId('sticker-letters-mark-posted')).toHaveCount(0);
  await expectNoAxeViolations(page, 'sticker letters, read only');
});
