import { expect, test, type Page } from '@playwright/test';
import type { WinterApplicationDetail, WinterApplicationList } from '../../domain/berths/winter-contract.ts';
import { deliverableEmail } from '../../domain/contact-address.ts';
import type { CaughtMessage } from '../../domain/contract.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { addDays } from '../../domain/wall-clock.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes } from '../support/screenshots.ts';
import { dialogReady } from '../support/dialogs.ts';

/**
 * A handler terminates a paid winter storage lease from its case with the keyboard (decision 49):
 * the end-date dialog checks the day as typed in fi, sv and en, the lease ends on the day chosen,
 * the history names it and the customer's notice is caught by the demo mail catcher. A supervisor
 * reads the same case without the action, and has no renewal tab.
 */
const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

/** A handled unmarked notice of the demo winter whose lease is paid and whose customer an email reaches. */
async function paidCase(page: Page): Promise<WinterApplicationDetail> {
  const { rows } = await invoke<WinterApplicationList>(page, 'berths.winterApplications', { winter: null, areaType: 'unmarked', statuses: ['handled'], areaId: null, search: '' });
  for (const row of rows.filter((r) => r.lease?.status === 'paid')) {
    const d = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: row.id });
    if (deliverableEmail(d.application.applicant.email) ?? deliverableEmail(d.customer?.email ?? '')) return d;
  }
  throw new Error('the demo winter has no paid unmarked lease of a customer with an email address');
}

async function openCase(page: Page, d: WinterApplicationDetail): Promise<void> {
  await page.getByTestId('nav-winterStorage').click();
  await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('winter-filter-search').fill(d.application.reference);
  await expect(page.getByTestId('winter-count')).toHaveAttribute('data-shown', '1');
  await page.locator(`[data-testid="winter-grid"] .ag-row[row-id="${d.application.id}"]`).first().click();
  await expect(page.getByTestId('winter-detail')).toHaveAttribute('data-application-id', d.application.id);
}

/** Opens the dialog from the keyboard: the action is reached and pressed, and the day field takes what is typed. */
async function openDialog(page: Page): Promise<void> {
  await page.getByTestId('winter-terminate').focus();
  await page.keyboard.press('Enter');
  await dialogReady(page.getByTestId('winter-terminate-dialog'));
}

test('a paid winter lease is terminated on a chosen day with the keyboard; the customer is told, the history names it; a supervisor has no such action', async ({ page }) => {
  test.slow();
  await signIn(page, await stack().openApp('aino'), 'aino');
  const d = await paidCase(page);
  const lease = d.lease!;
  const today = helsinkiDate(new Date());
  const endDate = addDays(today > lease.startDate ? today : lease.startDate, 20);
  const [y, m, day] = endDate.split('-').map(Number);
  const typed = `${day}.${m}.${y}`;
  const emails = new Set([d.application.applicant.email, d.customer?.email ?? ''].map((e) => deliverableEmail(e)?.toLowerCase()).filter((e): e is string => Boolean(e)));
  const mailsTo = async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((msg) => emails.has(msg.to.toLowerCase()));
  const before = new Set((await mailsTo()).map((msg) => msg.id));

  await openCase(page, d);
  // The dialog in each language: its texts and its check of the day, with nothing sent.
  for (const [lang, title, problem] of [
    ['sv', 'Ska avtalet sägas upp?', 'Slutdagen måste ligga mellan'],
    ['en', 'Terminate the lease?', 'The end date must be from'],
    ['fi', 'Irtisanotaanko sopimus?', 'Päättymispäivän on oltava välillä'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await openDialog(page);
    const dialog = page.getByTestId('winter-terminate-dialog');
    await expect(dialog.getByRole('heading', { name: title })).toBeVisible();
    await page.getByTestId('winter-end-date').fill(lang === 'en' ? '01/01/2000' : '1.1.2000');
    await expect(dialog).toContainText(problem);
    await expect(page.getByTestId('winter-terminate-confirm')).toBeDisabled();
    await expectNoAxeViolations(page, `terminate winter lease dialog (${lang})`);
    if (lang === 'fi') break;
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
  const field = page.getByTestId('winter-end-date');
  await field.fill(typed);
  await expect(page.getByTestId('winter-terminate-confirm')).toBeEnabled();
  await shootAtBothSizes(page, 'winter-terminate-dialog-fi');

  // From the day field, Tab reaches the confirming button first, and Enter presses it.
  await field.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('winter-terminate-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('winter-terminate-dialog')).toHaveCount(0);

  const state = page.getByTestId('winter-lease-state');
  await expect(state).toHaveAttribute('data-lease-status', 'terminated');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(state).toHaveAttribute('data-pending', 'false');
  await expect(state).toHaveAttribute('data-invoice-status', lease.invoice.status);
  await expect(page.getByTestId('winter-terminate')).toHaveCount(0);
  await expect(page.locator('[data-testid="winter-event"][data-kind="lease_terminated"]')).toContainText(typed);
  await expectNoAxeViolations(page, 'terminated winter lease');

  await expect.poll(async () => (await mailsTo()).filter((msg) => !before.has(msg.id)).length).toBe(1);
  const [mail] = (await mailsTo()).filter((msg) => !before.has(msg.id));
  const words = { fi: 'irtisanottu', sv: 'sagts upp', en: 'terminated' }[lease.invoice.language];
  expect(mail!.subject).toContain(words);
  expect(mail!.text).toContain(typed);

  const after = await invoke<WinterApplicationDetail>(page, 'berths.winterApplication', { id: d.application.id });
  expect(after.lease).toMatchObject({ status: 'terminated', endDate, pending: false });

  // A supervisor reads the case without the action.
  const olli = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 720 } });
  await signIn(olli, await stack().openApp('olli'), 'olli');
  const other = (await invoke<WinterApplicationList>(olli, 'berths.winterApplications', { winter: null, areaType: 'unmarked', statuses: ['handled'], areaId: null, search: '' })).rows.find((r) => r.lease?.status === 'paid');
  expect(other, 'another paid lease for the supervisor to read').toBeDefined();
  await openCase(olli, await invoke<WinterApplicationDetail>(olli, 'berths.winterApplication', { id: other!.id }));
  await expect(olli.getByTestId('winter-lease-state')).toHaveAttribute('data-lease-status', 'paid');
  await expect(olli.getByTestId('winter-terminate')).toHaveCount(0);
  // Nor does the supervisor have the renewal, which sends invoices.
  await expect(olli.getByTestId('winter-tab-areas')).toBeVisible();
  await expect(olli.getByTestId('winter-tab-renewal')).toHaveCount(0);
  await olli.close();
});
