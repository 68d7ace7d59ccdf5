import { expect, test } from '@playwright/test';
import { chooseServicePoint, showAsView, signInAssist } from '../support/assist-app.ts';
import { chooseLanguage, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test("a customer's call for staff at the kiosk reaches the helpers' queue, and the helper's answer takes it off", async ({ page, context }) => {
  // A helper at Oodi has the queue open before the customer asks: the call has to arrive on its own.
  const staff = await context.newPage();
  await signInAssist(staff, await stack().openApp('hilkka'), 'hilkka');
  await showAsView(staff, 'asQueue');
  await chooseServicePoint(staff, 'as-queue', 'sp-oodi');
  await expect(staff.getByTestId('as-queue-body')).toHaveAttribute('data-service-point', 'sp-oodi');
  const requests = staff.getByTestId('as-help-requests');
  const before = Number(await requests.getAttribute('data-count'));
  const earlier = await staff.getByTestId('as-help-request').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-request-id')));

  await showAttract(page, await openKiosk(stack(), 'kiosk-staff-help'));
  await chooseLanguage(page, 'sv');
  await page.getByTestId('kiosk-tile-staff').click();
  await page.getByTestId('kiosk-ask-staff').click();
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });

  // The helper's screen shows it without a reload, in the customer's language.
  await expect(requests).toHaveAttribute('data-count', String(before + 1), { timeout: 30_000 });
  const ids = await staff.getByTestId('as-help-request').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-request-id')));
  const added = ids.filter((id) => !earlier.includes(id));
  expect(added).toHaveLength(1);
  const call = staff.locator(`[data-testid="as-help-request"][data-request-id="${added[0]}"]`);
  await expect(call).toHaveAttribute('data-status', 'open');
  await expect(call).toContainText('ruotsi');

  await call.getByTestId('as-help-on-my-way').click();
  await expect(call).toHaveAttribute('data-status', 'acknowledged');
  await call.getByTestId('as-help-done').click();
  await expect(requests).toHaveAttribute('data-count', String(before));
});
