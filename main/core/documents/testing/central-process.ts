import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_PREFIX, LoginResponse } from '../../../../domain/sync/protocol.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

export interface CentralProcess {
  url: string;
  /** Signs a demo user in (password `demo`): their token and who they are. */
  signIn(username: string): Promise<LoginResponse>;
  /** Boats the user can read that have no certificate yet (each takes one of each kind), from the central's feed. */
  boatsWithoutCertificates(token: string): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * A real central (`central/main.ts` on PGlite in a temp folder) in a process of its own, on
 * 127.0.0.1: the core's tests may not import the central (npm run deps), so they start it as the
 * app's users do. The demo staff and reference data, `applications` generated berth cases (their
 * customers and boats), nothing else generated: it listens within seconds.
 */
export async function startCentralProcess(applications = 0): Promise<CentralProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-core-central-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KUVA_DATA_DIR: dataDir,
    KUVA_CENTRAL_PORT: '0',
    KUVA_CENTRAL_HOST: '127.0.0.1',
    KUVA_DEMO_APPLICATIONS: String(applications),
    KUVA_DEMO_CHILDREN_PER_COHORT: '0',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'central/main.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`The central exited (${code}) before it listened: ${out}`)));
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  // Read on, so a full pipe never stalls the central.
  child.stdout.resume();
  return {
    url,
    async signIn(username) {
      const res = await fetch(`${url}${API_PREFIX}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
      if (res.status !== 200) throw new Error(`Signing in ${username} failed: ${res.status} ${await res.text()}`);
      return LoginResponse.parse(await res.json());
    },
    async boatsWithoutCertificates(token) {
      const res = await fetch(`${url}${API_PREFIX}/sync/stream`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`The feed failed: ${res.status} ${await res.text()}`);
      const boats = new Set<string>();
      const certified = new Set<string>();
      for (const line of (await res.text()).split('\n')) {
        const change = line ? (JSON.parse(line) as { entity?: string; id?: string; data?: { boatId?: string } }) : {};
        if (change.entity === 'boat') boats.add(change.id!);
        if (change.entity === 'boat_certificate') certified.add(change.data!.boatId!);
      }
      return [...boats].filter((id) => !certified.has(id)).sort();
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
