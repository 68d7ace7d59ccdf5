/**
 * The import rules of the house plan (docs/architecture.md). `npm test` runs this and fails loudly
 * on any violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-shell',
      comment: 'Only main/shell (and the preload) may import electron.',
      severity: 'error',
      from: { pathNot: '^(main/shell|preload|e2e/electron)/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules: zod and date libraries only, no I/O, no other layer.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: '^domain/|node_modules/(zod|date-fns)/|node_modules/vitest/|^(vitest)$' },
    },
    {
      name: 'core-imports-domain-only',
      comment: 'The core is handed its folders; it does not compute them.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: '^(main/shell|main/host|node-shared|central|renderer|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'core-has-no-io-beyond-node',
      comment: 'main/core is Node only: no browser or UI packages.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: 'node_modules/(react|react-dom|hds-react|ag-grid-community|ag-grid-react|@reduxjs)/' },
    },
    {
      name: 'host-imports-domain-and-core',
      severity: 'error',
      from: { path: '^main/host/' },
      to: { path: '^(main/shell|central|renderer|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'shell-imports-domain-and-core',
      severity: 'error',
      from: { path: '^main/shell/' },
      to: { path: '^(main/host|central|renderer|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'preload-imports-domain-only',
      severity: 'error',
      from: { path: '^preload/' },
      to: { path: '^(main|node-shared|central|renderer|e2e|bench|scripts)/' },
    },
    {
      name: 'renderer-talks-through-window-kuva',
      comment: 'The renderer may import domain/ only; the backend is reached through window.kuva.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(main|node-shared|central|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'grid-views-are-shared',
      comment: 'renderer/src/grid-views/ serves every workspace\'s grids: it knows no workspace.',
      severity: 'error',
      from: { path: '^renderer/src/grid-views/' },
      to: { path: '^renderer/src/features/' },
    },
    {
      name: 'workspaces-share-grids-through-grid-views',
      comment: 'Another workspace reuses saved views and grid keys from renderer/src/grid-views/, not the berth grids.',
      severity: 'error',
      from: { path: '^renderer/src/features/(?!berths/)' },
      to: { path: '^renderer/src/features/berths/(.*Grid.*|columns|applications-datasource)' },
    },
    {
      name: 'workspaces-keep-to-themselves',
      comment: 'No workspace imports another\'s internals: what two workspaces share lives in a shared place.',
      severity: 'error',
      from: { path: '^(?:domain|main/core|central|renderer/src/features)/(berths|bookings|culture-kids|assist|kiosk)/' },
      to: {
        path: '^(?:domain|main/core|central|renderer/src/features)/(?:berths|bookings|culture-kids|assist|kiosk)/',
        pathNot: '^(?:domain|main/core|central|renderer/src/features)/$1/',
      },
    },
    {
      name: 'shared-rules-know-no-workspace',
      comment:
        'domain/space-holds (which bookings hold a space), domain/help-queue and domain/help-slots (walk-in help) hold the rules several workspaces apply, bookings or Assistance and the kiosk: every workspace may import them, so they import none.',
      severity: 'error',
      from: { path: '^domain/(?:space-holds|help-queue|help-slots)/' },
      to: { path: '^(?:domain|main/core|central|renderer/src/features)/(?:berths|bookings|culture-kids|assist|kiosk)/' },
    },
    {
      name: 'central-imports-domain-and-node-shared',
      severity: 'error',
      from: { path: '^central/' },
      to: { path: '^(main|renderer|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'mail-only-in-central',
      comment: 'The central alone sends messages (its notification outbox); a desk never talks SMTP.',
      severity: 'error',
      from: { pathNot: '^central/' },
      to: { path: 'node_modules/(nodemailer|smtp-server)/' },
    },
    {
      name: 'node-shared-imports-domain-only',
      comment: 'node-shared/ holds Node-only helpers that central, main and scripts share (the data-folder layout).',
      severity: 'error',
      from: { path: '^node-shared/' },
      to: { path: '^(main|central|renderer|preload|e2e|bench|scripts)/' },
    },
    {
      name: 'file-libraries-in-files-only',
      comment: 'The PDF library is used by main/core/files only; the file readers (exceljs, pdfjs-dist) by tests only.',
      severity: 'error',
      from: { pathNot: '^main/core/files/' },
      to: { path: 'node_modules/pdfkit/' },
    },
    {
      name: 'file-readers-in-tests-only',
      severity: 'error',
      from: { pathNot: '\\.(test|spec)\\.ts$|^main/core/files/testing/|^bench/' },
      to: { path: 'node_modules/(exceljs|pdfjs-dist)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'] },
  },
};
