import { test, type Page } from '@playwright/test';

/** The two window sizes the desk is used in. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Screenshots where the other specs keep theirs (the test's output folder), at both sizes the
 * desk is used in; the page is left at 1280×720.
 */
export async function shootAtBothSizes(page: Page, name: string): Promise<void> {
  for (const viewport of SIZES) {
    await page.setViewportSize(viewport);
    const file = `${name}-${viewport.width}x${viewport.height}`;
    await test.info().attach(file, { body: await page.screenshot({ path: test.info().outputPath(`${file}.png`) }), contentType: 'image/png' });
  }
  await page.setViewportSize(SIZES[0]);
}
