import type { KeyboardEvent } from 'react';

/**
 * For AG Grid's tabToNextCell and tabToNextHeader on every workspace grid: false lets the browser
 * move focus out of the grid to the next area, as the help says; the arrow keys move between cells.
 */
export const leaveOnTab = () => false as const;

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

function tabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [hidden]')) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  // Tab reaches only the checked radio of a group that has one.
  if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
    const group = el.form?.elements.namedItem(el.name) ?? document.getElementsByName(el.name);
    if ([...(group instanceof RadioNodeList || group instanceof NodeList ? group : [group])].some((r) => r instanceof HTMLInputElement && r.checked)) return false;
  }
  return el.getClientRects().length > 0;
}

/** Focuses the nearest element Tab reaches before (or after) `area`, outside it; false when there is none. */
export function focusBeside(area: Element, backwards: boolean): boolean {
  const outside = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !area.contains(el) && tabbable(el));
  const after = (el: Element) => (area.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? outside.findLast((el) => !after(el)) : outside.find(after);
  target?.focus();
  return target !== undefined && document.activeElement === target;
}

/**
 * The grid area's onKeyDownCapture: Tab (or Shift+Tab) anywhere in AG Grid's own part goes to the
 * next (or previous) area, decided here rather than by AG Grid. Left to AG Grid, Shift+Tab from the
 * first row went to the column headers whenever its page bounds had been worked out (after some
 * refreshes), so the same key sometimes stayed in the grid.
 */
export function leaveGridOnTab(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
  const grid = e.target instanceof Element ? e.target.closest('.ag-root-wrapper') : null;
  if (!grid || !e.currentTarget.contains(grid)) return;
  if (focusBeside(grid, e.shiftKey)) {
    e.preventDefault();
    e.stopPropagation();
  }
}
