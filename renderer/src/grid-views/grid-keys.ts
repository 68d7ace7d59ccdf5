/**
 * For AG Grid's tabToNextCell and tabToNextHeader on every workspace grid: false lets the browser
 * move focus out of the grid to the next area, as the help says; the arrow keys move between cells.
 */
export const leaveOnTab = () => false as const;
