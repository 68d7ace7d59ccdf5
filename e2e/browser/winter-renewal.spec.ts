import { expect, test, type Page } from '@playwright/test';
import type { Customer } from '../../domain/berths/entities.ts';
import type { WinterApplicationDetail, WinterApplicationList, WinterRenewalOverview } from '../../domain/berths/winter-contract.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { offerWinter } from '../../domain/berths/winter-seasons.ts';
import { deliverableEmail } from '../../domain/contact-address.ts';
import type { CaughtMessage } from '../../domain/contract.ts';
import { MovableClock } from '../support/movable-clock.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes } from '../support/screenshots.ts';

/**
 * The renewal of marked winter places (decision 49) on one clock the central, the desk and its
 * window share: three marked places are leased and paid this winter through the desk's commands,
 * then the clock moves to next August, when the handler previews and runs the renewal. One
 * holder has no email address (legacy data): that invoice fails, is listed with its reason, the
 * address is fixed and the invoice sent again.
 */
const clock = new MovableClock();
const stack = stackPerFile({ clock: clock.now });

test.use({ viewport: { width: 1280, height: 720 } });

interface Holder {
  customerId: string;
  name: string;
  email: string;
}

/** Paid marked leases made with the desk's own commands, each on a free place that fits, for customers invoiced online. */
async function paidMarkedLeases(page: Page, count: number): Promise<Holder[]> {
  const { rows } = await invoke<WinterApplicationList>(page, 'berths.winterApplications', { winter: null, areaType: 'marked', statuses: ['pending'], areaId: null, search: '' });
  const out: Holder[] = [];
  for (const row of rows) {
    if (out.length === count) break;
    const d = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: row.id });
    const c = d.customer;
    const email = c ? deliverableEmail(c.email) : null;
    const place = d.suggestions.find((s) => s.fit === 'fits' && s.priceCents !== null);
    if (!c || c.kind !== 'private' || c.invoicingType !== 'online_payment' || !email || !place || out.some((h) => h.customerId === c.id)) continue;
    await invoke(page, 'berths.createWinterLease', { applicationId: d.application.id, placeId: place.placeId });
    const { lease, dueDate } = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: row.id });
    await invoke(page, 'berths.sendWinterInvoice', { leaseId: lease!.id, dueDate: dueDate!.suggested });
    await invoke(page, 'berths.markWinterInvoicePaid', { leaseId: lease!.id });
    out.push({ customerId: c.id, name: `${d.application.applicant.lastName} ${d.application.applicant.firstName}`, email });
  }
  expect(out, 'the demo winter has enough marked applicants invoiced online').toHaveLength(count);
  return out;
}

/** The desk's window and core follow the shared clock from now on. */
async function moveClock(page: Page, to: Date): Promise<void> {
  clock.moveTo(to);
  await page.clock.setFixedTime(clock.now());
  await page.reload();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
}

test('next August the handler previews the renewal of last winter’s paid marked places, runs it, and fixes and resends the one that failed', async ({ page }) => {
  test.slow();
  await signIn(page, await stack().openApp('aino'), 'aino');
  const holders = await paidMarkedLeases(page, 3);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  const noEmail = holders[2]!;
  // Legacy data: this holder, invoiced online, has no email address (the app cannot save one so).
  const customer = (await stack().queryCentral<{ data: Customer }>('SELECT data FROM customer WHERE id = $1', [noEmail.customerId]))[0]!.data;
  await stack().changeAtCentral<Customer>('customer', noEmail.customerId, (c) => ({ ...c, email: '' }));
  const name = customer.companyName ?? `${customer.lastName} ${customer.firstName}`;

  const winter = offerWinter(helsinkiDate(clock.now())) + 1;
  const label = `${winter}–${winter + 1}`;
  await moveClock(page, new Date(`${winter}-08-20T09:00:00+03:00`));

  await page.getByTestId('nav-winterStorage').click();
  // The tabs are reached and moved between with the keyboard.
  await page.getByTestId('winter-tab-inbox').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('winter-tab-renewal')).toBeFocused();
  await expect(page.getByTestId('winter-tab-renewal')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('winter-renewal-season')).toHaveText(`Talvikausi ${label}`);
  const preview = page.getByTestId('renewal-preview');
  await expect(preview).toHaveAttribute('data-count', '3');
  const overview = await invoke<WinterRenewalOverview>(page, 'berths.winterRenewalOverview', {});
  expect(overview).toMatchObject({ winter, previousWinter: winter - 1 });
  const attention = page.getByTestId('renewal-attention');
  await expect(attention).toContainText(name);
  await expect(attention).toContainText('Asiakkaalla ei ole sähköpostiosoitetta');
  await expect(page.getByTestId('renewal-failures-empty')).toBeVisible();
  await expectNoAxeViolations(page, 'winter renewal preview (fi)');
  await shootAtBothSizes(page, 'winter-renewal-preview-fi');
  for (const [lang, button] of [
    ['sv', 'Förnya 3 avtal och skicka fakturorna'],
    ['en', 'Renew 3 leases and send the invoices'],
    ['fi', 'Uusi 3 sopimusta ja lähetä laskut'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByTestId('winter-renewal-send-button')).toHaveText(button);
    if (lang !== 'fi') await expectNoAxeViolations(page, `winter renewal preview (${lang})`);
  }

  // The run: the confirmation names the count, the winter and who will fail.
  await page.getByTestId('winter-renewal-send-button').click();
  const confirm = page.getByTestId('winter-renewal-confirm');
  await expect(confirm).toContainText(`3 sopimusta uusitaan talvelle ${label}.`);
  await expect(page.getByTestId('winter-renewal-confirm-attention')).toContainText('1 asiakkaalta puuttuu');
  await expectNoAxeViolations(page, 'winter renewal confirmation');
  await shootAtBothSizes(page, 'winter-renewal-confirm-fi');
  await page.getByTestId('winter-renewal-confirm-send').click();
  const result = page.getByTestId('winter-renewal-result');
  await expect(result).toHaveAttribute('data-renewed', '3');
  await expect(result).toHaveAttribute('data-refused', '0');
  await expect(result).toHaveAttribute('data-stopped', 'false');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');

  // The central's answers: two invoices sent, one failed for want of an address.
  await expect(page.getByTestId('renewal-count-sent')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('renewal-count-failed')).toHaveAttribute('data-value', '1');
  await expect(preview).toHaveAttribute('data-count', '0');
  const failure = page.getByTestId('renewal-failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText(name);
  await expect(failure).toContainText('(ei sähköpostia)');
  await expect(failure.getByTestId('renewal-resend')).toBeDisabled();
  await expectNoAxeViolations(page, 'winter renewal with a failure');
  await shootAtBothSizes(page, 'winter-renewal-failed-fi');

  // The renewal invoices reached the demo catcher, each naming the new winter.
  for (const h of holders.slice(0, 2)) {
    await expect
      .poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.to.toLowerCase() === h.email.toLowerCase() && m.subject.includes(label)).length)
      .toBe(1);
  }

  // Fix the address, then send that invoice again: the failures empty.
  await failure.getByTestId('renewal-fix').click();
  await page.getByTestId('renewal-contact-email').fill('renewed.winter@example.fi');
  await page.getByTestId('renewal-contact-save').click();
  await expect(page.getByTestId('renewal-contact-dialog')).toHaveCount(0);
  await expect(failure).toHaveAttribute('data-fixed', 'true');
  await failure.getByTestId('renewal-resend').click();
  await expect(page.getByTestId('renewal-failures-empty')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('renewal-count-failed')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('renewal-count-sent')).toHaveAttribute('data-value', '3');
  await expect.poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.to === 'renewed.winter@example.fi').length).toBe(1);
});
