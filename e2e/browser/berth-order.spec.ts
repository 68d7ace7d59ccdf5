import { expect, test, type Page } from '@playwright/test';
import { pretaxCents } from '../../domain/berths/pricing.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import type { ApplicationDetail } from '../../domain/contract.ts';
import { invoke, openApplication, signIn } from '../support/app-page.ts';
import { offerAs, type PrivateCase } from '../support/berth-offer.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 900 } });

const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const finnish = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

/** Aino offers the case's berth through the screens, and the central confirms it. */
async function offerAsAino(page: Page): Promise<PrivateCase> {
  return offerAs(page, await stack().openApp('aino'), 'aino');
}

test('an offer makes an invoice with its lines; paid elsewhere, the lease is paid and the application handled; the lease is terminated on a chosen day', async ({ page }) => {
  const target = await offerAsAino(page);

  // The invoice: one berth line with the amount before VAT and the VAT shown, as the central made it.
  const section = page.getByTestId('order-section');
  const status = section.getByTestId('order-status');
  await expect(status).toHaveAttribute('data-status', /^(offered|drafted)$/);
  const paper = (await status.getAttribute('data-status')) === 'drafted';
  const total = target.berth.priceCents!;
  const pretax = pretaxCents(total, 25.5);
  await expect(section.getByTestId('order-line')).toHaveCount(1);
  await expect(section.getByTestId('order-line')).toContainText(euros(pretax));
  await expect(section.getByTestId('order-line')).toContainText('25,5 %');
  await expect(section.getByTestId('order-total')).toHaveText(euros(total));
  await expect(section.getByTestId('order-pretax')).toHaveText(euros(pretax));
  await expect(section.getByTestId('order-vat')).toHaveText(euros(total - pretax));
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', paper ? 'offer_generated' : 'offer_sent');
  // A paper-invoice customer is not sent anything: the invoice says so, and offers no sending.
  if (paper) await expect(section.getByTestId('order-paper-note')).toBeVisible();
  else await expect(section.getByTestId('order-due-date')).not.toHaveText('');
  await expect(section.getByTestId('order-action-refund')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the invoice of an offer');

  await section.getByTestId('order-action-markPaidElsewhere').click();
  await expect(page.getByTestId('order-dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'the paid-elsewhere dialog');
  await page.getByTestId('order-confirm').click();
  await expect(status).toHaveAttribute('data-status', 'paid_man');
  await expect(section.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'paid');
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'handled');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  // Paid elsewhere is final: it cannot be cancelled, sent or marked again.
  for (const action of ['markPaidElsewhere', 'cancel', 'resend']) await expect(section.getByTestId(`order-action-${action}`)).toHaveCount(0);

  // Termination on a chosen day: a day outside the lease is refused where it is typed.
  await section.getByTestId('order-action-terminate').click();
  const date = page.locator('#order-date');
  const lease = (await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: target.id })).order!.lease;
  await date.fill(finnish(`${lease.season}-12-24`));
  await expect(page.getByTestId('order-dialog')).toContainText('Päättymispäivän on oltava sopimuksen alun ja lopun välillä.');
  await expect(page.getByTestId('order-confirm')).toBeDisabled();
  const endDate = `${lease.season}-08-15`;
  await date.fill(finnish(endDate));
  await expect(page.getByTestId('order-confirm')).toBeEnabled();
  await expectNoAxeViolations(page, 'the termination dialog');
  await page.getByTestId('order-confirm').click();
  await expect(section.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'terminated');
  await expect(section.getByTestId('order-lease-status')).toContainText(finnish(endDate));
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(section.getByTestId('order-action-terminate')).toHaveCount(0);
});

test('a supervisor sees the invoice but is offered none of its actions', async ({ page }) => {
  const target = await offerAsAino(page);

  const olli = await page.context().newPage();
  await signIn(olli, await stack().openApp('olli'), 'olli');
  await openApplication(olli, target.reference, target.id);
  const section = olli.getByTestId('order-section');
  await expect(section.getByTestId('order-status')).toHaveAttribute('data-status', /^(offered|drafted)$/);
  await expect(section.getByRole('button')).toHaveCount(0);
});
