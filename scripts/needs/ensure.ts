import { spawnSync } from 'node:child_process';
import { commandLine, planFor } from './plan.ts';
import type { Need } from './plan.ts';
import { soakNeeds, testNeeds, thisMachine } from './probes.ts';

export type NeedsKind = 'test' | 'soak';
export type NeedsOutcome = { ok: true; needs: Need[] } | { ok: false; message: string };

const COMMAND: Record<NeedsKind, string> = { test: 'npm test', soak: 'npm run test:soak' };

/**
 * Checks what a command needs; as root with apt it installs what is missing and checks again,
 * otherwise it answers with the one sentence that names the fix. `dryRun` reports the install
 * it would do instead of doing it.
 */
export function ensureNeeds(kind: NeedsKind, options: { dryRun?: boolean; log: (line: string) => void }): NeedsOutcome {
  const env = process.env;
  const machine = thisMachine(env);
  const probe = (): Need[] => (kind === 'test' ? testNeeds(env, machine.isRoot) : soakNeeds(env));
  const needs = probe();
  const plan = planFor(needs, machine, COMMAND[kind]);
  if (plan.kind === 'ready') return { ok: true, needs };
  if (plan.kind === 'stop') return { ok: false, message: plan.message };

  if (options.dryRun) {
    options.log(`would run as root: ${plan.commands.map(commandLine).join(' && ')}`);
    return { ok: true, needs };
  }
  const missing = needs.filter((need) => !need.ok).map((need) => need.label);
  options.log(`${COMMAND[kind]}: installing ${missing.join(', ')}`);
  for (const command of plan.commands) {
    options.log(`$ ${commandLine(command)}`);
    const [file = '', ...args] = command;
    const run = spawnSync(file, args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      const why = run.error ? run.error.message : `exit code ${run.status ?? run.signal}`;
      return { ok: false, message: `${COMMAND[kind]} could not install what it needs: \`${commandLine(command)}\` failed (${why}); run it yourself to see why.` };
    }
  }
  const after = probe();
  const still = planFor(after, machine, COMMAND[kind]);
  return still.kind === 'ready' ? { ok: true, needs: after } : { ok: false, message: `${COMMAND[kind]} installed ${missing.join(', ')}, yet ${after.filter((need) => !need.ok).map((need) => `${need.label} (${need.detail})`).join(', ')} is still missing.` };
}

export function describeNeeds(needs: readonly Need[]): string {
  return needs.map((need) => `${need.label} ${need.ok ? 'found' : 'missing'} (${need.detail})`).join('; ');
}
