import { expect, test } from '@playwright/test';
import type { CaughtMessage } from '../../domain/contract.ts';
import type { SentCustomerMessage } from '../../domain/berths/message-contract.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import { helsinkiDate, offerSeason } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';
import { snapshot } from '../support/offer-states.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();
const season = offerSeason(helsinkiDate(new Date())) - 1;

test.use({ viewport: { width: 1280, height: 720 } });

test('a handler writes to the holders of one harbour in Finnish and Swedish, sees who it reaches, sends it, and each customer gets it in their language', async ({ page }) => {
  // The harbour with the fewest paid leases last season (at least three, one in Swedish) keeps the catch small.
  const [harbour] = await stack().queryCentral<{ id: string }>(
    `SELECT b.harbour_id::text AS id FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer x ON x.id = l.customer_id
     WHERE l.season = $1 AND l.status = 'paid' GROUP BY b.harbour_id
     HAVING count(DISTINCT x.id) >= 3 AND bool_or(x.data->>'language' = 'sv')
     ORDER BY count(*), b.harbour_id LIMIT 1`,
    [season],
  );
  expect(harbour, 'the seed has a harbour with Swedish-speaking holders').toBeDefined();
  const holders = await stack().queryCentral<{ email: string; phone: string; language: 'fi' | 'sv' | 'en' }>(
    `SELECT DISTINCT x.id, x.data->>'email' AS email, x.data->>'phone' AS phone, x.data->>'language' AS language
     FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer x ON x.id = l.customer_id
     WHERE l.season = $1 AND l.status = 'paid' AND b.harbour_id = $2`,
    [season, harbour!.id],
  );
  const emails = new Set(holders.map((h) => deliverableEmail(h.email)?.toLowerCase()).filter((e): e is string => e !== undefined));
  const phones = new Set(holders.map((h) => deliverableSmsNumber(h.phone)).filter((p): p is string => p !== null));

  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('nav-berthMessages').click();
  await expect(page.getByTestId('berth-no-messages')).toBeVisible();
  await page.getByTestId('berth-message-season').selectOption(String(season));
  await page.getByTestId('berth-message-harbour').selectOption(harbour!.id);
  await page.locator('label[for="berth-message-channel-sms"]').click();

  // Who it reaches, counted on the desk as the choice changes.
  const reach = page.getByTestId('berth-message-reach');
  await expect(reach).toHaveAttribute('data-customers', String(holders.length));
  await expect(reach).toHaveAttribute('data-messages', String(emails.size + phones.size));
  await expect(page.getByTestId('berth-message-send')).toBeDisabled();

  const stamp = Date.now().toString(36);
  await page.getByTestId('berth-message-subject-fi').fill(`Laiturityöt ${stamp}`);
  await page.locator('#berth-message-body-fi').fill(`Laituri suljetaan kesäkuun alussa (${stamp}).`);
  // No Swedish text yet: the Swedish speakers would get the Finnish one, and the screen says so.
  await expect(page.getByTestId('berth-message-fallback').and(page.locator('[data-language="sv"]'))).toBeVisible();
  await page.getByTestId('berth-message-lang-sv').click();
  await page.getByTestId('berth-message-subject-sv').fill(`Bryggarbeten ${stamp}`);
  await page.locator('#berth-message-body-sv').fill(`Bryggan stängs i början av juni (${stamp}).`);
  await expect(page.locator('[data-testid="berth-message-fallback"][data-language="sv"]')).toHaveCount(0);
  await expect(page.getByTestId('berth-message-sms-segments')).toBeVisible();
  await expectNoAxeViolations(page, 'customer message composer');
  await snapshot(page, 'berth-messages-fi-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'berth-messages-fi-1920');
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByTestId('berth-message-send').click();
  const dialog = page.getByTestId('berth-message-send-dialog');
  await expect(dialog).toContainText(`${holders.length} asiakkaalle`);
  await page.getByTestId('berth-message-send-confirm').click();
  const row = page.getByTestId('berth-message-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-pending', 'false');
  await expect(row).toContainText(`Laiturityöt ${stamp}`);
  const [sent] = await invoke<SentCustomerMessage[]>(page, 'berths.customerMessages', {});
  expect(sent!.message).toMatchObject({ customerCount: holders.length, messageCount: emails.size + phones.size, channels: ['email', 'sms'] });

  // Every holder's address caught the message in their own language; Swedish speakers the Swedish one.
  await expect
    .poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.text.includes(stamp)).length)
    .toBe(emails.size + phones.size);
  const caught = (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.text.includes(stamp));
  for (const h of holders) {
    const email = deliverableEmail(h.email);
    // An address two holders share gets one message, in the first one's language.
    if (!email || holders.filter((o) => deliverableEmail(o.email)?.toLowerCase() === email.toLowerCase()).length > 1) continue;
    const mail = caught.find((m) => m.to.toLowerCase() === email.toLowerCase());
    expect(mail, email).toBeDefined();
    if (h.language === 'sv') expect(mail!.subject).toBe(`Bryggarbeten ${stamp}`);
    else expect(mail!.subject).toBe(`Laiturityöt ${stamp}`);
  }
  await snapshot(page, 'berth-messages-sent-fi-1280');

  // The screen in Swedish and English, with the sent message listed.
  for (const [lang, heading] of [['sv', 'Nytt meddelande'], ['en', 'New message']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByTestId('berth-message-compose')).toContainText(heading);
    await expect(row).toContainText(`Laiturityöt ${stamp}`);
    await expectNoAxeViolations(page, `customer messages in ${lang}`);
    await snapshot(page, `berth-messages-${lang}-1280`);
  }
});

test('a handler writes to the applicants still queued for one harbour, lease or not, and each of them gets it', async ({ page }) => {
  const offered = offerSeason(helsinkiDate(new Date()));
  // The harbour fewest waiting applicants chose (at least two), to keep the catch small.
  const [harbour] = await stack().queryCentral<{ id: string }>(
    `SELECT h AS id FROM application a, jsonb_array_elements_text(a.data->'harbourChoices') h
     WHERE a.season = $1 AND a.status = 'pending' GROUP BY h HAVING count(DISTINCT a.customer_id) >= 2 ORDER BY count(*), h LIMIT 1`,
    [offered],
  );
  expect(harbour, 'the seed has queued applicants').toBeDefined();
  const applicants = await stack().queryCentral<{ email: string }>(
    `SELECT DISTINCT c.id, c.data->>'email' AS email FROM application a JOIN customer c ON c.id = a.customer_id
     WHERE a.season = $1 AND a.status = 'pending' AND a.data->'harbourChoices' ? $2`,
    [offered, harbour!.id],
  );
  const emails = new Set(applicants.map((a) => deliverableEmail(a.email)?.toLowerCase()).filter((e): e is string => e !== undefined));

  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('nav-berthMessages').click();
  await page.getByTestId('berth-message-season').selectOption(String(offered));
  await page.getByTestId('berth-message-harbour').selectOption(harbour!.id);
  // No status at all: nobody to count, and the screen says what to choose.
  await page.locator('label[for="berth-message-status-paid"]').click();
  await expect(page.locator('#berth-message-blocked')).toHaveText('Valitse ainakin yksi sopimusten tai hakemusten tila.');
  await page.locator('label[for="berth-message-application-pending"]').click();
  const reach = page.getByTestId('berth-message-reach');
  await expect(reach).toHaveAttribute('data-customers', String(applicants.length));
  await expect(reach).toHaveAttribute('data-messages', String(emails.size));
  await expectNoAxeViolations(page, 'customer message composer, queued applicants');

  const stamp = Date.now().toString(36);
  await page.getByTestId('berth-message-subject-fi').fill(`Jonotilanne ${stamp}`);
  await page.locator('#berth-message-body-fi').fill(`Hakemuksesi on yhä jonossa (${stamp}).`);
  await page.getByTestId('berth-message-send').click();
  await expect(page.getByTestId('berth-message-send-dialog')).toContainText(`${applicants.length} asiakkaalle`);
  await page.getByTestId('berth-message-send-confirm').click();
  const row = page.getByTestId('berth-message-row').filter({ hasText: `Jonotilanne ${stamp}` });
  await expect(row).toHaveAttribute('data-pending', 'false');
  await expect(row).toContainText('Jonossa olevat hakijat');

  await expect
    .poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.text.includes(stamp)).length)
    .toBe(emails.size);
  const caught = (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.text.includes(stamp));
  expect(new Set(caught.map((m) => m.to.toLowerCase()))).toEqual(emails);
  await snapshot(page, 'berth-messages-applicants-fi-1280');
});
