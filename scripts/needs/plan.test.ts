import { describe, expect, it } from 'vitest';
import { planFor } from './plan.ts';
import type { Need } from './plan.ts';

const chromium: Need = { label: 'Chromium', ok: false, detail: 'none', apt: 'chromium', manual: 'Chromium: npx playwright install chromium' };
const postgres: Need = { label: 'PostgreSQL 15', ok: false, detail: 'none', apt: 'postgresql-15', manual: 'PostgreSQL 15: set KUVA_PG_BIN' };
const pgUser: Need = { label: 'the postgres user', ok: false, detail: 'none', rootCommand: ['useradd', '--system', '--no-create-home', 'postgres'], manual: 'useradd postgres' };
const found = (need: Need): Need => ({ ...need, ok: true });

describe('planFor', () => {
  it('does nothing when everything is there', () => {
    expect(planFor([found(chromium), found(postgres)], { isRoot: false, hasApt: false }, 'npm test')).toEqual({ kind: 'ready' });
  });

  it('as root with apt installs exactly what is missing, then adds the postgres user', () => {
    expect(planFor([chromium, found(postgres), pgUser], { isRoot: true, hasApt: true }, 'npm test')).toEqual({
      kind: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
        ['useradd', '--system', '--no-create-home', 'postgres'],
      ],
    });
  });

  it('as root, a missing user alone needs no apt', () => {
    expect(planFor([found(chromium), found(postgres), pgUser], { isRoot: true, hasApt: false }, 'npm test')).toEqual({
      kind: 'install',
      commands: [['useradd', '--system', '--no-create-home', 'postgres']],
    });
  });

  it('without root stops with the one apt command that fixes it', () => {
    expect(planFor([chromium, postgres], { isRoot: false, hasApt: true }, 'npm test')).toEqual({
      kind: 'stop',
      message: 'npm test needs Chromium and PostgreSQL 15, which this machine lacks; install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium postgresql-15',
    });
  });

  it('without apt (macOS, Windows, other Linux) names the manual steps, even as root', () => {
    for (const isRoot of [false, true]) {
      expect(planFor([chromium, found(postgres)], { isRoot, hasApt: false }, 'npm test')).toEqual({
        kind: 'stop',
        message: 'npm test needs Chromium, which this machine lacks: Chromium: npx playwright install chromium.',
      });
    }
  });

  it('never tries to fix by install what only the user can fix', () => {
    const wrongSetting: Need = { label: 'Chromium', ok: false, detail: 'KUVA_CHROMIUM=/x is not an executable file', manual: 'point KUVA_CHROMIUM at a Chromium executable or unset it' };
    expect(planFor([wrongSetting, postgres], { isRoot: true, hasApt: true }, 'npm test')).toMatchObject({ kind: 'stop', message: expect.stringContaining('point KUVA_CHROMIUM') });
  });
});
