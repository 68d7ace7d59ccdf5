/** Debian's Chromium: Playwright's own browser download cannot work on these machines. */
export const CHROMIUM_PATH = process.env.KUVA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
