import { describe, expect, it } from 'vitest';
import { GRID_VIEW_NAME_MAX, MAX_VIEWS_PER_GRID, gridViewNameProblem, sameGridViewName } from './grid-views.ts';

const full = Array.from({ length: MAX_VIEWS_PER_GRID }, (_, i) => `Näkymä ${i + 1}`);

describe('saved grid view names', () => {
  it('treats case as the same name and accents as another', () => {
    expect(sameGridViewName('Uudet hakemukset', ' uudet HAKEMUKSET')).toBe(true);
    expect(sameGridViewName('Sää', 'Saa')).toBe(false);
  });

  it('asks for a name of at most the longest length', () => {
    expect(gridViewNameProblem('   ', [])).toEqual({ problem: 'missing' });
    expect(gridViewNameProblem('x'.repeat(GRID_VIEW_NAME_MAX), [])).toBeNull();
    expect(gridViewNameProblem('x'.repeat(GRID_VIEW_NAME_MAX + 1), [])).toEqual({ problem: 'too_long', max: GRID_VIEW_NAME_MAX });
  });

  it('lets a save replace a view of the same name, even in a full grid, and refuses a new name there', () => {
    expect(gridViewNameProblem('näkymä 3', full)).toBeNull();
    expect(gridViewNameProblem('Tarjotut', full)).toEqual({ problem: 'full', max: MAX_VIEWS_PER_GRID });
    expect(gridViewNameProblem('Tarjotut', full.slice(1))).toBeNull();
  });

  it('refuses a rename to another view’s name, not to the view’s own name in other case', () => {
    const names = ['Tarjotut', 'Odottaa'];
    expect(gridViewNameProblem('odottaa', names, 'Tarjotut')).toEqual({ problem: 'taken', name: 'odottaa' });
    expect(gridViewNameProblem('TARJOTUT', names, 'Tarjotut')).toBeNull();
    // A rename adds no view: a full grid still takes it.
    expect(gridViewNameProblem('Uusi nimi', full, 'Näkymä 1')).toBeNull();
  });
});
