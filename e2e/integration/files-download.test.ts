import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOST_DOWNLOAD_PATH, HOST_USER_HEADER, type ExportedFile } from '../../domain/contract.ts';
import { HOST_KEY_HEADER, HOST_RPC_PATH } from '../../domain/host-protocol.ts';
import { createCore, type Core } from '../../main/core/core.ts';
import { exportsFolder } from '../../main/core/files/export-folder.ts';
import { readZip } from '../../main/core/files/testing/read-zip.ts';
import { pdfPageTexts } from '../../main/core/files/testing/pdf-text.ts';
import { startHost, type Host } from '../../main/host/server.ts';
import { withSaveDialog, type SaveDialogChoice } from '../../main/shell/save-export.ts';
import { deliverFile } from '../../renderer/src/files/deliver-file.ts';
import type { KuvaApi } from '../../domain/contract.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { FAST_SYNC, tempRoot } from './support/harness.ts';

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;
let core: Core;
let host: Host;
let dataDir: string;
let userId: string;

beforeAll(async () => {
  root = await tempRoot('files-download');
  central = await TestCentral.start(root.dir);
  dataDir = path.join(root.dir, 'desk');
  core = await createCore({ dataDir, centralUrl: central.url, mode: 'browser', sync: FAST_SYNC });
  const rendererDir = path.join(root.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startHost({ core, dataDir, rendererDir });
  const login = await rpc('session.login', { username: 'aino', password: 'demo' }, { userId: null });
  userId = (login.value as { user: { id: string } }).user.id;
  await rpc('sync.now', {});
}, SETUP_MS);
afterAll(async () => {
  await host?.close();
  await core?.close();
  await central?.stop();
  await root?.remove();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so the path goes out exactly as written (no client-side normalising). */
function get(rawPath: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function rpc(method: string, input: unknown, caller: { userId: string | null } = { userId }): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await fetch(`${host.origin}${HOST_RPC_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HOST_KEY_HEADER]: host.secret },
    body: JSON.stringify({ method, input, caller }),
  });
  return (await res.json()) as never;
}

const asUser = (id = userId) => ({ [HOST_KEY_HEADER]: host.secret, [HOST_USER_HEADER]: id });

async function exportApplications(): Promise<ExportedFile> {
  const r = await rpc('files.exportXlsx', { exportId: 'berths.applications', params: { filter: { statuses: ['pending'] } }, language: 'sv' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as ExportedFile;
}

it('the signed-in user downloads their export once, as an attachment with its safe name', async () => {
  const file = await exportApplications();
  expect(file.rows).toBeGreaterThan(0);
  const answer = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, asUser());
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(answer.headers['content-disposition']).toBe(`attachment; filename="${file.name}"`);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.body.length).toBe(file.size);
  const saved = path.join(root.dir, 'downloaded.xlsx');
  writeFileSync(saved, answer.body);
  const sheet = readZip(saved).get('xl/worksheets/sheet1.xml')!.toString('utf8');
  expect(sheet).toContain('Beteckning');
  expect(sheet.match(/<row /g)?.length).toBe(file.rows + 1);
  // Delivered, so gone: a second download finds nothing.
  await expect.poll(async () => (await get(`${HOST_DOWNLOAD_PATH}${file.name}`, asUser())).status).toBe(404);
});

it('a printout downloads as a PDF whose text is in the language asked for', async () => {
  const harbours = await rpc('berths.listHarbours', {});
  const harbour = (harbours.value as { id: string; name: { en: string } }[])[0]!;
  const r = await rpc('files.printPdf', { documentId: 'berths.harbourBerths', params: { harbourId: harbour.id }, language: 'en' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const answer = await get(`${HOST_DOWNLOAD_PATH}${(r.value as ExportedFile).name}`, asUser());
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('application/pdf');
  const pages = await pdfPageTexts(answer.body);
  expect(pages[0]).toContain(`Berths: ${harbour.name.en}`);
  expect(pages[0]).toContain(`page 1 / ${pages.length}`);
});

it('refuses a request without the host key, and a window that shows another user', async () => {
  const file = await exportApplications();
  const noKey = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, { [HOST_USER_HEADER]: userId });
  expect(noKey.status).toBe(401);
  const wrongKey = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, { [HOST_KEY_HEADER]: 'guess', [HOST_USER_HEADER]: userId });
  expect(wrongKey.status).toBe(403);
  const otherUser = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, asUser('00000000-0000-4000-8000-00000000beef'));
  expect(otherUser.status).toBe(403);
  expect(JSON.parse(otherUser.body.toString()).error.code).toBe('session_changed');
  const noUser = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, { [HOST_KEY_HEADER]: host.secret });
  expect(noUser.status).toBe(400);
  const oversizedUser = await get(`${HOST_DOWNLOAD_PATH}${file.name}`, asUser('x'.repeat(500)));
  expect(oversizedUser.status).toBe(400);
  // None of that took the file away from its owner.
  expect((await get(`${HOST_DOWNLOAD_PATH}${file.name}`, asUser())).status).toBe(200);
});

it("serves nothing outside the user's exports folder: no traversal, no other user's file", async () => {
  for (const attempt of ['..%2F..%2Fprofile.json', '..%2f..%2fcache', '%2e%2e%2fprofile.json', 'a%00.xlsx', 'x-20260101-000000-0000000g.xlsx', '%E0%A4%A']) {
    const answer = await get(`${HOST_DOWNLOAD_PATH}${attempt}`, asUser());
    expect([400, 404], attempt).toContain(answer.status);
    expect(answer.headers['content-disposition'], attempt).toBeUndefined();
  }
  // A file with a name the app makes, but in someone else's folder.
  const foreign = 'berth-applications-20261201-120000-0badc0de.xlsx';
  mkdirSync(exportsFolder(dataDir, 'someone-else'), { recursive: true });
  writeFileSync(path.join(exportsFolder(dataDir, 'someone-else'), foreign), 'not yours');
  expect((await get(`${HOST_DOWNLOAD_PATH}${foreign}`, asUser())).status).toBe(404);
  const traversalByDots = await get('/files/../desk/profile.json', asUser());
  expect(traversalByDots.headers['content-disposition']).toBeUndefined();
  expect(traversalByDots.body.toString()).not.toContain('token');
});

it('answers bad export input over the wire with a clear code, never a 5xx', async () => {
  const r = await rpc('files.exportXlsx', { exportId: 'berths.applications', language: 'de' });
  expect(r.error?.code).toBe('bad_request');
  const forbidden = await rpc('files.exportXlsx', { exportId: 'no.such', language: 'fi' });
  expect(forbidden.error?.code).toBe('not_found');
});

it("the desktop app's save dialog moves the user's file where they chose, and only theirs", async () => {
  // Electron's dialog cannot run here: the shell's logic runs against this real core, the dialog's
  // answer is given (the Electron suite drives the real one).
  const asked: string[] = [];
  let answer: SaveDialogChoice = { canceled: true };
  const shell = withSaveDialog(core, {
    dataDir,
    defaultFolder: () => root.dir,
    showSaveDialog: async (options) => {
      asked.push(options.defaultPath);
      return answer;
    },
  });
  const file = await exportApplications();
  const source = path.join(exportsFolder(dataDir, userId), file.name);
  expect(await shell.invoke('files.saveAs', { name: file.name }, { userId })).toEqual({ ok: true, value: { saved: false } });
  expect(existsSync(source)).toBe(true);
  const target = path.join(root.dir, 'chosen.xlsx');
  answer = { canceled: false, filePath: target };
  expect(await shell.invoke('files.saveAs', { name: file.name }, { userId })).toEqual({ ok: true, value: { saved: true } });
  expect(asked).toEqual([path.join(root.dir, file.name), path.join(root.dir, file.name)]);
  expect(readFileSync(target).length).toBe(file.size);
  expect(existsSync(source)).toBe(false);
  expect(await shell.invoke('files.saveAs', { name: file.name }, { userId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(await shell.invoke('files.saveAs', { name: '../profile.json' }, { userId })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  const other = await exportApplications();
  expect(await shell.invoke('files.saveAs', { name: other.name }, { userId: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'session_changed' } });
  // Everything else passes through to the core unchanged; the core itself does not save.
  expect(await shell.invoke('sync.status', {}, { userId })).toMatchObject({ ok: true });
  expect(await core.invoke('files.saveAs', { name: other.name }, { userId })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
});

it("the renderer's delivery downloads through the host as the window's user, and says why when it cannot", async () => {
  const invoke = (async (method: string, input: unknown) => rpc(method, input)) as unknown as KuvaApi['invoke'];
  const saved: { name: string; size: number }[] = [];
  const env = {
    invoke,
    hostKey: host.secret,
    fetch: ((url: string, init?: RequestInit) => fetch(`${host.origin}${url}`, init)) as typeof fetch,
    saveBlob: (blob: Blob, name: string) => void saved.push({ name, size: blob.size }),
  };
  const file = await exportApplications();
  expect(await deliverFile(env, file)).toEqual({ ok: true, value: { saved: true } });
  expect(saved).toEqual([{ name: file.name, size: file.size }]);
  // Fetched once: a second try says the file is not there, with the code the screen translates.
  expect(await deliverFile(env, file)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(await deliverFile({ ...env, hostKey: 'wrong' }, await exportApplications())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
