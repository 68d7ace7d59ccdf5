/**
 * Saved grid views, in any workspace's grid: the limits and the name rules that the views dialog
 * checks first (so the handler hears why in their language at once) and the core enforces.
 */
export const GRID_VIEW_NAME_MAX = 60;
export const MAX_VIEWS_PER_GRID = 30;

/** The core's refusals of a save or a rename that the schema alone cannot see. */
export const GRID_VIEW_ERROR_CODES = [
  /** A rename to a name another of the grid's views has. */
  'grid_view_name_taken',
  /** A new name for a grid that already keeps its most views. */
  'grid_views_full',
] as const;

/** One name whatever its case ("Uudet", "UUDET"); letters that differ by accent differ ("Sää", "Saa"). */
export function sameGridViewName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'fi', { sensitivity: 'accent' }) === 0;
}

export type GridViewNameProblem =
  | { problem: 'missing' }
  | { problem: 'too_long'; max: number }
  | { problem: 'taken'; name: string }
  | { problem: 'full'; max: number };

/**
 * Why `value` cannot be saved among the grid's views `names`, or null. A save under a name the grid
 * has replaces that view; `renaming` is the present name of the view being renamed.
 */
export function gridViewNameProblem(value: string, names: readonly string[], renaming: string | null = null): GridViewNameProblem | null {
  const name = value.trim();
  if (name === '') return { problem: 'missing' };
  if (name.length > GRID_VIEW_NAME_MAX) return { problem: 'too_long', max: GRID_VIEW_NAME_MAX };
  const exists = names.some((n) => sameGridViewName(n, name));
  if (renaming !== null) return exists && !sameGridViewName(renaming, name) ? { problem: 'taken', name } : null;
  return !exists && names.length >= MAX_VIEWS_PER_GRID ? { problem: 'full', max: MAX_VIEWS_PER_GRID } : null;
}
