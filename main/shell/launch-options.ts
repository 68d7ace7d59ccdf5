/** How this run of the shell was started: the staff window, or the locked kiosk window (main/shell/kiosk). */
export interface LaunchOptions {
  dev: boolean;
  kiosk: boolean;
}

export function parseLaunchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): LaunchOptions {
  const dev = !isPackaged && (env.KUVA_DEV === '1' || argv.includes('--dev'));
  const kiosk = argv.includes('--kiosk') || env.KUVA_KIOSK === '1';
  return { dev, kiosk };
}
