import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../domain/contract.ts';
import { LANGUAGES, type Language } from '../../../domain/languages.ts';
import type { AppError } from '../../../domain/result.ts';
import { useWindowInvoke } from '../api/use-window-invoke.ts';
import { SECRET_STORAGE_KEY } from '../bridge/host-secret.ts';
import { deliverFile, saveBlobInBrowser } from './deliver-file.ts';

/** What to make: a registered xlsx export or PDF printout, with its own input (e.g. the grid's filter and sort). */
export type FileRequest =
  | { kind: 'xlsx'; exportId: string; params?: Record<string, unknown>; purpose?: string }
  | { kind: 'pdf'; documentId: string; params?: Record<string, unknown>; purpose?: string };

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'making' }
  | { phase: 'delivering'; file: ExportedFile }
  | { phase: 'done'; file: ExportedFile; saved: boolean }
  | { phase: 'failed'; error: AppError };

/**
 * Makes a file in the core (where the data is) in the user's language and hands it to them:
 * a save dialog in the desktop app, a download in the browser. One run at a time.
 */
export function useExport(): { state: ExportState; run: (request: FileRequest) => Promise<void>; reset: () => void } {
  const invoke = useWindowInvoke();
  const { i18n } = useTranslation();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (request: FileRequest) => {
      if (running.current) return;
      if (!invoke) {
        setState({ phase: 'failed', error: { code: 'host_unreachable', message: 'No backend.' } });
        return;
      }
      running.current = true;
      try {
        setState({ phase: 'making' });
        const language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'fi';
        const common = { params: request.params ?? {}, language, ...(request.purpose ? { purpose: request.purpose } : {}) };
        const made =
          request.kind === 'xlsx'
            ? await invoke('files.exportXlsx', { exportId: request.exportId, ...common })
            : await invoke('files.printPdf', { documentId: request.documentId, ...common });
        if (!made.ok) return setState({ phase: 'failed', error: made.error });
        setState({ phase: 'delivering', file: made.value });
        const delivered = await deliverFile(
          { invoke, hostKey: window.sessionStorage.getItem(SECRET_STORAGE_KEY), fetch: window.fetch.bind(window), saveBlob: saveBlobInBrowser },
          made.value,
        );
        if (!delivered.ok) return setState({ phase: 'failed', error: delivered.error });
        setState({ phase: 'done', file: made.value, saved: delivered.value.saved });
      } finally {
        running.current = false;
      }
    },
    [invoke, i18n],
  );

  return { state, run, reset: useCallback(() => setState({ phase: 'idle' }), []) };
}
