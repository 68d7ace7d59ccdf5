/** Something a command needs from the machine, as found there. */
export interface Need {
  label: string;
  ok: boolean;
  /** Where it was found, or why it counts as missing. */
  detail: string;
  /** The Debian package that brings it. */
  apt?: string;
  /** A command root runs to provide it when no package does (the postgres user). */
  rootCommand?: string[];
  /** How to provide it by hand where apt cannot. */
  manual: string;
}

export interface Machine {
  isRoot: boolean;
  hasApt: boolean;
}

export type Plan = { kind: 'ready' } | { kind: 'install'; commands: string[][] } | { kind: 'stop'; message: string };

/**
 * What to do about what is missing: nothing; as root with apt, install it; otherwise stop at once
 * with the one command (or the manual steps) that fixes it. Pure, so the decision is tested
 * without touching the machine.
 */
export function planFor(needs: readonly Need[], machine: Machine, command: string): Plan {
  const missing = needs.filter((need) => !need.ok);
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.flatMap((need) => (need.apt ? [need.apt] : []));
  const rootOnly = missing.filter((need) => !need.apt);
  const names = listOf(missing.map((need) => need.label));

  if (machine.isRoot && (packages.length === 0 || machine.hasApt) && rootOnly.every((need) => need.rootCommand)) {
    const commands = packages.length > 0 ? [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]] : [];
    return { kind: 'install', commands: [...commands, ...rootOnly.flatMap((need) => (need.rootCommand ? [need.rootCommand] : []))] };
  }
  if (!machine.isRoot && machine.hasApt && rootOnly.length === 0) {
    const fix = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    return { kind: 'stop', message: `${command} needs ${names}, which this machine lacks; install them with: ${fix}` };
  }
  return { kind: 'stop', message: `${command} needs ${names}, which this machine lacks: ${missing.map((need) => need.manual).join('; ')}.` };
}

export function commandLine(command: readonly string[]): string {
  return command.join(' ');
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
