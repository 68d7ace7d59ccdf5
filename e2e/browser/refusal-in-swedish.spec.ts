import { expect, test } from '@playwright/test';
import type { ConflictItem, HarbourOption } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { contestedBerth, goOffline, goOnline, invoke, openApplication, prepareOffer, signIn, suggestionsFor } from '../support/app-page.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

test('a refusal is told in Swedish from its code and state, and the inbox never claims more than is true', async ({ browser }) => {
  const ainoContext = await browser.newContext();
  const eeroContext = await browser.newContext();
  const pa = await ainoContext.newPage();
  const pe = await eeroContext.newPage();
  await signIn(pa, await stack().openApp('aino'), 'aino');
  await signIn(pe, await stack().openApp('eero'), 'eero');
  await pe.getByTestId('language-switch').selectOption('sv');
  await expect(pe.locator('html')).toHaveAttribute('lang', 'sv');

  const { berthId, a, b } = await contestedBerth(pa);
  const berth = (await suggestionsFor(pe, b.id)).find((s) => s.berthId === berthId)!;
  const harbour = (await invoke<HarbourOption[]>(pe, 'berths.listHarbours', {})).find((h) => h.id === berth.harbourId)!;

  // Eero offers the berth offline; meanwhile Aino offers it online and the central applies hers.
  await goOffline(pe, stack().links.get('eero')!);
  await openApplication(pe, b.reference, b.id);
  await prepareOffer(pe, berthId);
  await pe.getByTestId('offer-confirm').click();
  await expect(pe.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');
  await openApplication(pa, a.reference, a.id);
  await prepareOffer(pa, berthId);
  await pa.getByTestId('offer-confirm').click();
  await expect(pa.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await goOnline(pe, stack().links.get('eero')!);

  // The refusal banner: Swedish from the code and the central's state, not the central's English.
  const refused = pe.getByTestId('offer-refused');
  await expect(refused).toHaveAttribute('data-code', 'berth_taken');
  await expect(refused).toContainText('Centraltjänsten godkände inte erbjudandet: Platsen är inte längre ledig.');
  await expect(pe.getByTestId('offer-refused-current')).toHaveText(`Plats ${berth.number} i ${harbour.name.sv} har nu erbjudits en annan ansökan.`);
  const [conflict] = await invoke<ConflictItem[]>(pe, 'conflicts.list', {});
  expect(conflict?.message).toBeTruthy();
  const english = conflict!.message;
  expect(await pe.locator('body').innerText()).not.toContain(english);
  // Kept for support, under technical details.
  const details = pe.getByTestId('offer-refused-details');
  await expect(details).toContainText('Tekniska uppgifter (på engelska)');
  await details.locator('summary').click();
  await expect(details.locator('p')).toHaveText(english);
  await details.locator('summary').click();

  // The inbox says the same in Swedish; the English stays folded away.
  await pe.getByTestId('nav-conflicts').click();
  const item = pe.getByTestId('conflict-item');
  await expect(item).toHaveAttribute('data-code', 'berth_taken');
  await expect(item).toContainText('Platsen är inte längre ledig.');
  await expect(item).toContainText(`Plats ${berth.number} i ${harbour.name.sv} har nu erbjudits en annan ansökan.`);
  expect(await pe.locator('body').innerText()).not.toContain(english);

  // Dismissing is not an acceptance: the empty inbox says what actually happened.
  await item.getByTestId('conflict-dismiss').click();
  const empty = pe.getByTestId('conflicts-empty');
  await expect(empty).toContainText('Inga öppna konflikter');
  await expect(empty).toContainText('Centraltjänsten har svarat på alla ändringar som du skickat från den här datorn.');
  await expect(empty).toContainText('Kvitterade avvisningar träder inte i kraft: centraltjänstens läge står kvar.');
  await expect(empty).not.toContainText('godkänts');

  // With a change still on its way, it says so instead of an all-clear.
  await goOffline(pe, stack().links.get('eero')!);
  await pe.getByTestId('nav-applications').click();
  await expect(pe.getByTestId('application-detail')).toHaveAttribute('data-application-id', b.id);
  await pe.getByTestId('note-text').fill('Ringde: väntar på en annan plats.');
  await pe.getByTestId('add-note').click();
  await expect(pe.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');
  await pe.getByTestId('nav-conflicts').click();
  await expect(empty).toContainText('1 ändring väntar ännu på att skickas till centraltjänsten. Om centraltjänsten avvisar den visas det här.');
  await expect(empty).not.toContainText('har svarat på alla');
  await goOnline(pe, stack().links.get('eero')!);
  await expect(empty).toContainText('Centraltjänsten har svarat på alla ändringar som du skickat från den här datorn.');

  await ainoContext.close();
  await eeroContext.close();
});
