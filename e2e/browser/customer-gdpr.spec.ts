import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Customer360 } from '../../domain/berths/customer-contract.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { openCustomer } from '../support/customers.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';
import { dialogReady, watchRefusalReach } from '../support/dialogs.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

const OPEN_APPLICATION = `('pending', 'offer_generated', 'offer_sent', 'awaiting_payment', 'no_suitable_berths')`;
const HOLDING = `('drafted', 'offered', 'awaiting_payment', 'paid', 'error')`;

/** Nothing else in process: no winter place held or invoiced, no unsettled invoice, no application in process, no payment to refund. */
const ALLOWED = `NOT EXISTS (SELECT 1 FROM winter_lease w WHERE w.customer_id = c.id AND (w.status IN ${HOLDING} AND w.data->>'endDate' >= $1 OR w.invoice_status IN ('drafted', 'offered', 'error')))
        AND NOT EXISTS (SELECT 1 FROM berth_order o WHERE o.customer_id = c.id AND (o.status IN ('drafted', 'offered', 'error') OR o.data->'refund'->>'status' = 'pending'))
        AND NOT EXISTS (SELECT 1 FROM application a WHERE a.customer_id = c.id AND a.status IN ${OPEN_APPLICATION})
        AND NOT EXISTS (SELECT 1 FROM winter_application a WHERE a.customer_id = c.id AND a.status IN ${OPEN_APPLICATION})
        AND NOT EXISTS (SELECT 1 FROM berth_payment_issue i WHERE i.customer_id = c.id AND i.status = 'open')`;

/**
 * A private customer of the seeded central the erasure allows today (no lease that has not ended,
 * no unsettled invoice, no application in process, berth or winter) with a boat, or, with
 * `holding`, one who holds a lease that has not ended.
 */
async function customer(holding: boolean): Promise<Customer> {
  const today = new Date().toISOString().slice(0, 10);
  const leaseHeld = `EXISTS (SELECT 1 FROM lease l WHERE l.customer_id = c.id AND l.status IN ${HOLDING} AND l.data->>'endDate' >= $1)`;
  const rows = await stack().queryCentral<{ data: Customer }>(
    `SELECT c.data FROM customer c
      WHERE c.kind = 'private' AND NOT (c.data ? 'erasedAt') AND EXISTS (SELECT 1 FROM boat b WHERE b.customer_id = c.id)
        AND ${holding ? leaseHeld : `NOT ${leaseHeld} AND ${ALLOWED}`}
      ORDER BY (SELECT count(*) FROM application a WHERE a.customer_id = c.id) DESC, c.id LIMIT 1`,
    [today],
  );
  if (!rows[0]) throw new Error(`The seeded central has no customer ${holding ? 'holding a lease' : 'the erasure allows'}.`);
  return rows[0].data;
}

test('the main user exports a customer\'s data as a JSON file and erases the personal data, keeping the invoices', async ({ page }) => {
  await signIn(page, await stack().openApp('sanna'), 'sanna');
  const c = await customer(false);
  const before = await invoke<Customer360>(page, 'berths.getCustomer', { id: c.id });
  // A note naming them in an application's history (decision 52), at the central before the erasure.
  const noted = before.applications[0]!;
  await invoke(page, 'berths.addNote', { applicationId: noted.id, note: `Soitti: ${c.firstName} ${c.lastName}, ${c.email}` });
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await openCustomer(page, `${c.lastName} ${c.firstName}`, c.id);
  const panel = page.getByTestId('customer-360');

  // The export: busy, then done, and the file is the central's whole answer about the customer.
  const exportButton = panel.getByTestId('customer-gdpr-export-button');
  await expect(exportButton).toHaveText('Vie tiedot (GDPR)');
  const download = page.waitForEvent('download');
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const file = await download;
  const status = panel.getByTestId('customer-gdpr-export-status');
  await expect(status).toHaveAttribute('data-phase', 'done');
  await expect(status).toContainText('.json');
  const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as Record<string, unknown> & { customer: Customer; boats: { id: string }[]; applications: { id: string }[]; orders: { id: string; totalCents: number }[] };
  expect(exported).toMatchObject({ customerId: c.id, exportedBy: 'Sanna Nieminen', customer: { firstName: c.firstName, lastName: c.lastName, email: c.email } });
  expect(exported.boats.map((b) => b.id).sort()).toEqual(before.boats.map((b) => b.id).sort());
  expect(exported.applications.map((a) => a.id).sort()).toEqual(before.applications.map((a) => a.id).sort());
  expect(exported.orders.map((o) => o.id).sort()).toEqual(before.orders.map((o) => o.id).sort());
  for (const key of ['leases', 'winterApplications', 'winterLeases', 'messages']) expect(Array.isArray(exported[key]), key).toBe(true);
  // The central recorded the read as a GDPR request by Sanna.
  const audit = await stack().queryCentral<{ actor_name: string; purpose: string }>('SELECT actor_name, purpose FROM audit_read WHERE $1 = ANY(subject_ids)', [c.id]);
  expect(audit).toEqual([{ actor_name: 'Sanna Nieminen', purpose: 'gdpr_request' }]);
  await expectNoAxeViolations(page, 'customer 360 with the GDPR actions');
  await shoot(page, 'customer-gdpr-exported');

  // The erasure asks first, says what goes and what is kept, and Escape leaves it undone.
  const erase = panel.getByTestId('customer-erase');
  await erase.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('customer-erase-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('customer-erase-kept')).toContainText('kirjanpitolaki: 10 vuotta');
  await expect(dialog.getByTestId('customer-erase-erased')).toContainText('nimi, sähköposti, puhelinnumero ja osoite');
  await expectNoAxeViolations(page, 'the erasure confirmation');
  await shoot(page, 'customer-gdpr-erase-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(erase).toBeFocused();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${c.firstName} ${c.lastName}`);

  await page.keyboard.press('Enter');
  await dialogReady(dialog);
  await dialog.getByTestId('customer-erase-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Poistettu asiakas');
  await expect(panel.getByTestId('customer-erased')).toContainText('Sanna Nieminen');
  await expect(erase).toHaveCount(0);
  await expect(panel.getByTestId('customer-profile')).not.toContainText(c.email);

  // As the central keeps it: the person gone, the invoices as they were.
  const [atCentral] = await stack().queryCentral<{ data: Customer }>('SELECT data FROM customer WHERE id = $1', [c.id]);
  expect(atCentral!.data).toMatchObject({ firstName: '', lastName: '', email: '', phone: '', address: '', erasedBy: 'Sanna Nieminen' });
  const after = await invoke<Customer360>(page, 'berths.getCustomer', { id: c.id });
  expect(after.orders).toEqual(before.orders);
  for (const b of after.boats) expect(b).toMatchObject({ registrationNumber: '', name: '' });
  // The history keeps that the note was written, by whom and when, but no longer names them, here or in the application.
  expect(after.history).toContainEqual(expect.objectContaining({ kind: 'note', note: '–', actorName: 'Sanna Nieminen' }));
  const application = JSON.stringify(await invoke<unknown>(page, 'berths.getApplication', { id: noted.id }));
  for (const value of [c.lastName, c.email]) expect(`${JSON.stringify(after.history)} ${application}`).not.toContain(value);
  await expectNoAxeViolations(page, 'an erased customer');
  await shoot(page, 'customer-gdpr-erased');

  // The same screens in Swedish and English, without axe findings.
  for (const [lang, heading, action] of [['sv', 'Raderad kund', 'Exportera uppgifter (GDPR)'], ['en', 'Erased customer', 'Export data (GDPR)']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(exportButton).toHaveText(action);
    await expectNoAxeViolations(page, `an erased customer in ${lang}`);
  }
  await page.getByTestId('language-switch').selectOption('fi');
});

test('an erasure is refused while the customer holds a lease, and the dialog says why in each language', async ({ page }) => {
  await signIn(page, await stack().openApp('sanna'), 'sanna');
  const c = await customer(true);
  await openCustomer(page, `${c.lastName} ${c.firstName}`, c.id);
  const panel = page.getByTestId('customer-360');
  for (const [lang, reason] of [['sv', 'avsluta avtalet först'], ['en', 'end the lease first'], ['fi', 'päätä sopimus ensin']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await panel.getByTestId('customer-erase').click();
    const dialog = page.getByTestId('customer-erase-dialog');
    const reach = await watchRefusalReach(page);
    await dialog.getByTestId('customer-erase-confirm').click();
    await expect(dialog.getByTestId('dialog-error')).toHaveAttribute('data-code', 'customer_lease_active');
    await expect(dialog.getByTestId('dialog-error')).toContainText(reason);
    // The refusal makes the question scroll at 1280×720: the keyboard reaches it from the start.
    expect(await reach()).toEqual({ overflowing: true, focusable: true });
    await expectNoAxeViolations(page, `the refused erasure in ${lang}`);
    if (lang === 'fi') await shoot(page, 'customer-gdpr-erase-refused');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${c.firstName} ${c.lastName}`);
});

test('handlers and supervisors do not get the GDPR actions', async ({ page }) => {
  for (const user of ['aino', 'olli']) {
    await signIn(page, await stack().openApp(user), user);
    const c = await customer(false);
    await openCustomer(page, `${c.lastName} ${c.firstName}`, c.id);
    await expect(page.getByTestId('customer-360').getByTestId('customer-profile')).toBeVisible();
    await expect(page.getByTestId('customer-gdpr-export')).toHaveCount(0);
    await expect(page.getByTestId('customer-erase')).toHaveCount(0);
    const refused = await page.evaluate(async (id) => {
      const kuva = (window as unknown as { kuva: { invoke: (m: string, i: unknown, caller?: { userId: string | null }) => Promise<unknown> } }).kuva;
      const session = (await kuva.invoke('session.get', {})) as { value?: { user: { id: string } | null } };
      return kuva.invoke('berths.customerGdprExport', { customerId: id }, { userId: session.value?.user?.id ?? null });
    }, c.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
});
