import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KIOSK_CONFIG_FILE, readKioskCredential } from './credential.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kuva-kiosk-credential-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ENV = { KUVA_KIOSK_USER: 'kiosk-oodi-1', KUVA_KIOSK_PASSWORD: 'demo' };

describe("the terminal's maintenance PIN beside its credential", () => {
  it('comes from KUVA_KIOSK_ADMIN_PIN, or is absent', async () => {
    expect(await readKioskCredential({ ...ENV, KUVA_KIOSK_ADMIN_PIN: '2468' }, dir)).toMatchObject({ ok: true, adminPin: '2468', source: 'env' });
    expect(await readKioskCredential(ENV, dir)).toMatchObject({ ok: true, adminPin: undefined });
  });

  it("comes from the kiosk file's adminPin, the environment winning", async () => {
    await writeFile(path.join(dir, KIOSK_CONFIG_FILE), JSON.stringify({ username: 'kiosk-oodi-1', password: 'demo', adminPin: '13579' }));
    expect(await readKioskCredential({}, dir)).toMatchObject({ ok: true, adminPin: '13579', source: 'file' });
    expect(await readKioskCredential({ KUVA_KIOSK_ADMIN_PIN: '8642' }, dir)).toMatchObject({ ok: true, adminPin: '8642' });
  });

  it('refuses a PIN that is not 4 to 8 digits, without echoing it', async () => {
    for (const bad of ['123', '123456789', '12a4']) {
      const r = await readKioskCredential({ ...ENV, KUVA_KIOSK_ADMIN_PIN: bad }, dir);
      expect(r).toEqual({ ok: false, reason: 'KUVA_KIOSK_ADMIN_PIN must be 4 to 8 digits.' });
    }
    await writeFile(path.join(dir, KIOSK_CONFIG_FILE), JSON.stringify({ username: 'kiosk-oodi-1', password: 'demo', adminPin: 2468 }));
    expect(await readKioskCredential({}, dir)).toMatchObject({ ok: false, reason: expect.stringContaining('adminPin') });
  });
});
