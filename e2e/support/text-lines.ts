import type { Locator } from '@playwright/test';

/** How many lines an element's text takes on screen (its text's distinct line tops): 1 when no word wraps or breaks. */
export async function textLines(element: Locator): Promise<number> {
  return element.evaluate((root) => {
    const words = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const tops = new Set<number>();
    for (let node = words.nextNode(); node; node = words.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
    }
    return tops.size;
  });
}
