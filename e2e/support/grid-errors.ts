import type { Page } from '@playwright/test';

/**
 * AG Grid's own errors and warnings in a page's console from now on. The one that matters most is
 * "error #200": a grid uses a feature whose module is not registered
 * (renderer/src/grid-views/grid-modules.ts), and the feature silently does nothing. Call the
 * answer to read what was logged.
 */
export function watchGridErrors(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && message.text().includes('AG Grid')) seen.push(message.text().slice(0, 400));
  });
  return () => [...seen];
}
