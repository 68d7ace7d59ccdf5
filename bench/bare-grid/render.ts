/**
 * Runs in the bare page (passed to `page.evaluate`, so it carries everything it uses): AG Grid
 * alone, given the rows the page already holds, with the app's columns as plain text (the same
 * fields, widths, pinning, wrapping and no column virtualisation, so as many cells are drawn) and
 * the theme's row and header heights. Answers the time from creating the grid to its first rows
 * in the DOM, marked as the app marks its own: a frame after the model first shows row data.
 */
export function renderBareGrid(): Promise<{ ms: number; rowsInDom: number }> {
  type Params = { data?: Record<string, unknown> };
  type Api = { getDisplayedRowAtIndex(i: number): { data?: unknown } | undefined };
  interface AgGrid {
    createGrid(el: HTMLElement, options: Record<string, unknown>): unknown;
    themeQuartz: { withParams(p: Record<string, unknown>): unknown };
    ModuleRegistry?: { registerModules(modules: unknown[]): void };
    AllCommunityModule?: unknown;
  }
  const w = window as unknown as { agGrid: AgGrid; bareRows: unknown[] };
  const { agGrid } = w;
  if (agGrid.ModuleRegistry && agGrid.AllCommunityModule) agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule]);
  const key = { pinned: 'left', lockPinned: true, lockVisible: true, suppressMovable: true };
  const text = (p: Params, f: string) => (p.data ? String(p.data[f] ?? '') : '');
  const columnDefs = [
    { ...key, colId: 'queuePosition', field: 'queuePosition', headerName: 'Jono', width: 84, type: 'numericColumn' },
    { ...key, colId: 'reference', field: 'reference', headerName: 'Tunnus', width: 128 },
    { ...key, colId: 'status', field: 'status', headerName: 'Tila', width: 200 },
    {
      colId: 'applicantName',
      field: 'applicantName',
      headerName: 'Hakija',
      width: 240,
      wrapText: true,
      valueFormatter: (p: Params) => (p.data?.companyName ? `${text(p, 'applicantName')} (${text(p, 'companyName')})` : text(p, 'applicantName')),
    },
    { colId: 'boat', headerName: 'Vene', width: 220, valueGetter: (p: Params) => [text(p, 'boatRegistration'), text(p, 'boatName')].filter(Boolean).join(' · ') },
    { colId: 'boatWidth', field: 'boatWidth', headerName: 'Leveys', width: 100, type: 'numericColumn' },
    { colId: 'boatLength', field: 'boatLength', headerName: 'Pituus', width: 100, type: 'numericColumn' },
    {
      colId: 'firstChoice',
      headerName: 'Ensisijainen satama',
      width: 300,
      wrapText: true,
      valueGetter: (p: Params) => (p.data?.firstChoice as { fi?: string } | null | undefined)?.fi ?? '',
    },
    { colId: 'kind', field: 'kind', headerName: 'Laji', width: 124 },
    { colId: 'season', field: 'season', headerName: 'Kausi', width: 96, type: 'numericColumn' },
    { colId: 'receivedAt', field: 'receivedAt', headerName: 'Saapunut', width: 204 },
    { colId: 'dueDate', field: 'offerDueDate', headerName: 'Eräpäivä', width: 240 },
    { colId: 'priority', field: 'priority', headerName: 'Prioriteetti', width: 104 },
    { colId: 'municipality', field: 'municipality', headerName: 'Kunta', width: 150 },
    { colId: 'choiceCount', field: 'choiceCount', headerName: 'Valintoja', width: 116, type: 'numericColumn' },
  ];
  return new Promise((resolve) => {
    let shown = false;
    const t0 = performance.now();
    const inDom = () => {
      const rows = document.querySelectorAll('#grid .ag-row[row-index]').length;
      if (rows === 0) {
        requestAnimationFrame(inDom);
        return;
      }
      performance.mark('bare:first-rows');
      resolve({ ms: performance.now() - t0, rowsInDom: rows });
    };
    agGrid.createGrid(document.getElementById('grid')!, {
      theme: agGrid.themeQuartz.withParams({ rowHeight: 40, headerHeight: 40, fontSize: 15, headerFontSize: 15, cellHorizontalPadding: 12 }),
      rowData: w.bareRows,
      columnDefs,
      defaultColDef: { resizable: true, suppressHeaderMenuButton: true, suppressMovable: true },
      getRowId: (p: { data: { id: string } }) => p.data.id,
      rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: false },
      suppressColumnVirtualisation: true,
      onModelUpdated: (e: { api: Api }) => {
        if (shown || !e.api.getDisplayedRowAtIndex(0)?.data) return;
        shown = true;
        requestAnimationFrame(inDom);
      },
    });
  });
}
