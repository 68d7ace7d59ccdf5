import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { UserConfig as ElectronViteConfig } from 'electron-vite';
import { loadConfigFromFile } from 'vite';
import type { UserConfig } from 'vite';

const root = import.meta.dirname;
const rendererConfigFile = resolve(root, 'renderer/vite.config.ts');

/**
 * The renderer's own Vite settings (plugins, aliases, defines) from renderer/vite.config.ts, so
 * `npm run build:renderer` and `electron-vite build` produce the same out/renderer.
 */
async function rendererSettings(mode: string): Promise<UserConfig> {
  if (!existsSync(rendererConfigFile)) return {};
  const loaded = await loadConfigFromFile({ command: 'build', mode }, rendererConfigFile, root);
  // root and outDir are set below; electron-vite picks the target for Electron's Chromium.
  const { root: _root, build = {}, ...rest } = loaded?.config ?? {};
  const { outDir: _outDir, target: _target, ...buildRest } = build;
  return { ...rest, build: buildRest };
}

export default defineConfig(async ({ mode }): Promise<ElectronViteConfig> => {
  const renderer = await rendererSettings(mode);
  return {
    main: {
      build: {
        outDir: 'out/main',
        // npm packages (better-sqlite3 with its .node binary, zod, ...) load from node_modules at run time.
        externalizeDeps: true,
        rolldownOptions: {
          input: {
            index: resolve(root, 'main/shell/main.ts'),
            'core-worker': resolve(root, 'main/core/worker/core-worker.ts'),
          },
          output: { format: 'es' as const, entryFileNames: '[name].js' },
        },
      },
    },
    preload: {
      build: {
        outDir: 'out/preload',
        // A sandboxed preload cannot require anything but electron: one self-contained CommonJS file.
        externalizeDeps: false,
        rolldownOptions: {
          input: { index: resolve(root, 'preload/index.ts') },
          output: { format: 'cjs' as const, entryFileNames: '[name].cjs', codeSplitting: false },
        },
      },
    },
    renderer: {
      ...renderer,
      root: resolve(root, 'renderer'),
      build: {
        ...renderer.build,
        // electron-vite does not minify by default; the standalone renderer build does.
        minify: true,
        outDir: resolve(root, 'out/renderer'),
        emptyOutDir: true,
        rolldownOptions: { input: resolve(root, 'renderer/index.html') },
      },
    },
  };
});
