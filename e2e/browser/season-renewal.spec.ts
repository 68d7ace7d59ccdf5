import { expect, test } from '@playwright/test';
import type { CaughtMessage } from '../../domain/contract.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { RenewalOverview } from '../../domain/berths/renewal-contract.ts';
import { helsinkiDate, offerSeason } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { snapshot } from '../support/offer-states.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();
const season = offerSeason(helsinkiDate(new Date()));

test.use({ viewport: { width: 1280, height: 720 } });

test("a handler previews the season renewal of one harbour, sends it, and fixes and resends the one that failed", async ({ page }) => {
  // The harbour with the fewest of last season's paid leases (at least three, one of them a private
  // holder invoiced online) keeps the run short.
  const [harbour] = await stack().queryCentral<{ id: string; leases: number }>(
    `SELECT b.harbour_id::text AS id, count(*)::int AS leases FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer x ON x.id = l.customer_id
     WHERE l.season = $1 AND l.status = 'paid' GROUP BY b.harbour_id
     HAVING count(*) >= 3 AND bool_or(x.kind = 'private' AND x.data->>'invoicingType' = 'online_payment')
     ORDER BY count(*), b.harbour_id LIMIT 1`,
    [season - 1],
  );
  // Legacy data: one holder there, invoiced online, has no email address (the app cannot save one so).
  const [holder] = await stack().queryCentral<{ id: string; name: string }>(
    `SELECT x.id::text AS id, (x.data->>'lastName') || ' ' || (x.data->>'firstName') AS name
     FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer x ON x.id = l.customer_id
     WHERE l.season = $1 AND l.status = 'paid' AND b.harbour_id = $2 AND x.kind = 'private' AND x.data->>'invoicingType' = 'online_payment'
     ORDER BY l.id LIMIT 1`,
    [season - 1, harbour!.id],
  );
  expect(holder, 'the harbour has a private holder invoiced online').toBeDefined();
  await stack().changeAtCentral<Customer>('customer', holder!.id, (c) => ({ ...c, email: '' }));

  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('nav-renewal').click();
  await expect(page.getByTestId('renewal-season')).toHaveText(`Kausi ${season}`);
  await page.getByTestId('renewal-harbour').selectOption(harbour!.id);
  const overview = await invoke<RenewalOverview>(page, 'berths.renewalOverview', { harbourId: harbour!.id });
  const sendable = overview.candidates.filter((c) => c.priceCents !== null).length;
  expect(sendable).toBeGreaterThanOrEqual(2);
  const preview = page.getByTestId('renewal-preview');
  await expect(preview).toHaveAttribute('data-count', String(overview.candidates.length));
  await expect(page.getByTestId('renewal-attention')).toContainText(holder!.name);
  await expect(page.getByTestId('renewal-attention')).toContainText('Asiakkaalla ei ole sähköpostiosoitetta');
  await expect(page.getByTestId('renewal-failures-empty')).toBeVisible();
  await expectNoAxeViolations(page, 'season renewal preview');
  await snapshot(page, 'renewal-preview-fi-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'renewal-preview-fi-1920');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Send: the confirmation names the count and the customers who will fail.
  const send = page.getByTestId('renewal-send-button');
  await expect(send).toHaveText(`Lähetä ${sendable} kausilaskua`);
  await send.click();
  const confirm = page.getByTestId('renewal-confirm');
  await expect(confirm).toContainText(`${sendable} sopimusta uusitaan kaudelle ${season}.`);
  await expect(page.getByTestId('renewal-confirm-attention')).toContainText('1 asiakkaalta puuttuu');
  await expectNoAxeViolations(page, 'season renewal confirmation');
  await page.getByTestId('renewal-confirm-send').click();
  const result = page.getByTestId('renewal-result');
  await expect(result).toHaveAttribute('data-renewed', String(sendable));
  await expect(result).toHaveAttribute('data-refused', '0');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');

  // The central's answers: one failed for want of an address, the rest sent (or on paper, or free).
  await expect(page.getByTestId('renewal-count-failed')).toHaveAttribute('data-value', '1');
  await expect(preview).toHaveAttribute('data-count', String(overview.candidates.length - sendable));
  const failure = page.getByTestId('renewal-failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText(holder!.name);
  await expect(failure).toContainText('(ei sähköpostia)');
  await expect(failure.getByTestId('renewal-resend')).toBeDisabled();
  await expectNoAxeViolations(page, 'season renewal with a failure');
  await snapshot(page, 'renewal-failed-fi-1280');

  // Fix the address: a wrong one is refused while typing, a right one is saved.
  await failure.getByTestId('renewal-fix').click();
  const dialog = page.getByTestId('renewal-contact-dialog');
  const email = page.getByTestId('renewal-contact-email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('holder@');
  await expect(dialog).toContainText('Tarkista sähköpostiosoite');
  await expect(page.getByTestId('renewal-contact-save')).toBeDisabled();
  await email.fill('renewed.holder@example.fi');
  await expectNoAxeViolations(page, 'season renewal contact dialog');
  await snapshot(page, 'renewal-contact-fi-1280');
  await page.getByTestId('renewal-contact-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(failure).toHaveAttribute('data-fixed', 'true');
  await expect(failure).toContainText('renewed.holder@example.fi');

  // Send it again: it goes out, and the list of failures empties.
  await failure.getByTestId('renewal-resend').click();
  await expect(page.getByTestId('renewal-failures-empty')).toBeVisible();
  await expect(page.getByTestId('renewal-count-failed')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // The renewal invoice reached the demo catcher over SMTP, in the customer's language.
  await expect
    .poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.to === 'renewed.holder@example.fi').map((m) => m.subject))
    .toEqual([expect.stringMatching(new RegExp(`(kaudelle|säsongen|the) ${season}`))]);

  // The page in Swedish.
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Säsongsfakturor: förnyelse av avtal');
  await expect(page.getByTestId('renewal-count-failed')).toContainText('Misslyckade');
  await expectNoAxeViolations(page, 'season renewal sv');
});
