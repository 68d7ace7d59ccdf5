import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PG_BIN } from '../../central/testing/pg-cluster.ts';
import { findChromium } from '../../e2e/support/chromium.ts';
import { isExecutable, onPath } from './on-path.ts';
import type { Machine, Need } from './plan.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** What `npm test` needs: a Chromium for the UI suites and PostgreSQL 15 for the production-path tests. */
export function testNeeds(env: Env, isRoot: boolean): Need[] {
  const chromium = findChromium(env);
  const pgFound = ['initdb', 'pg_ctl', 'postgres'].every((bin) => isExecutable(join(PG_BIN, bin)));
  const needs: Need[] = [
    {
      label: 'Chromium',
      ok: chromium.found,
      detail: chromium.found ? `${chromium.path}, ${chromium.source}` : chromium.reason,
      // A wrong KUVA_CHROMIUM is the user's to fix: installing a package would not change what it names.
      ...(env.KUVA_CHROMIUM
        ? { manual: `${chromium.found ? '' : (chromium.reason + ': ')}point KUVA_CHROMIUM at a Chromium executable or unset it` }
        : { apt: 'chromium', manual: 'Chromium: run `npx playwright install chromium`, or set KUVA_CHROMIUM to a Chromium or Chrome executable' }),
    },
    {
      label: 'PostgreSQL 15',
      ok: pgFound,
      detail: pgFound ? PG_BIN : `no initdb, pg_ctl and postgres in ${PG_BIN}`,
      apt: 'postgresql-15',
      manual: 'PostgreSQL 15: install it and set KUVA_PG_BIN to the folder that holds its initdb',
    },
  ];
  // initdb refuses root, so as root the test clusters run as the postgres user (central/testing/pg-cluster.ts).
  if (isRoot && pgFound) {
    const hasUser = userExists('postgres');
    needs.push({
      label: 'the postgres user',
      ok: hasUser,
      detail: hasUser ? 'in /etc/passwd' : 'not in /etc/passwd',
      rootCommand: ['useradd', '--system', '--no-create-home', 'postgres'],
      manual: 'the postgres user: useradd --system --no-create-home postgres',
    });
  }
  return needs;
}

/** What `npm run test:soak` needs beside the suite: a CPU hog. */
export function soakNeeds(env: Env): Need[] {
  const stressNg = onPath(env, 'stress-ng');
  return [
    {
      label: 'stress-ng',
      ok: stressNg !== null,
      detail: stressNg ?? 'not on PATH',
      apt: 'stress-ng',
      manual: 'stress-ng: install it with your package manager (brew install stress-ng)',
    },
  ];
}

export function thisMachine(env: Env): Machine {
  return { isRoot: process.getuid?.() === 0, hasApt: onPath(env, 'apt-get') !== null };
}

/** Read from /etc/passwd rather than `id`, so the answer does not depend on PATH. */
function userExists(name: string): boolean {
  if (!existsSync('/etc/passwd')) return false;
  return readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .some((line) => line.startsWith(`${name}:`));
}
