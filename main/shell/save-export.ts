import { copyFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { SaveFileInput, type KuvaApi } from '../../domain/contract.ts';
import { fail, ok } from '../../domain/result.ts';
import { exportedFile } from '../core/files/export-folder.ts';

export interface SaveDialogChoice {
  canceled: boolean;
  filePath?: string | undefined;
}

export interface SaveExportDeps {
  /** The core's profile folder (made files wait in its exports/). */
  dataDir: string;
  /** Electron's dialog.showSaveDialog, parented to the calling window. */
  showSaveDialog: (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<SaveDialogChoice>;
  /** Where the dialog starts (the user's Downloads folder). */
  defaultFolder: () => string;
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel', extensions: ['xlsx'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.jpg': { name: 'JPEG', extensions: ['jpg', 'jpeg'] },
  '.png': { name: 'PNG', extensions: ['png'] },
};

/**
 * The desktop app's delivery of a made file: `files.saveAs` asks the user where to save it and
 * moves it there; every other call goes to the core unchanged. Only the signed-in user's own
 * files, only for a window that shows that user, only names the core makes.
 */
export function withSaveDialog(core: KuvaApi, deps: SaveExportDeps): KuvaApi {
  return {
    onEvent: (listener) => core.onEvent(listener),
    async invoke(method, input, caller) {
      if (method !== 'files.saveAs') return core.invoke(method, input, caller);
      const parsed = SaveFileInput.safeParse(input);
      if (!parsed.success) return fail('bad_request', 'Not a file the app made.') as never;
      const session = await core.invoke('session.get', {}, caller);
      if (!session.ok) return session as never;
      const user = session.value.user;
      if (!user) return fail('not_signed_in', 'Sign in first.') as never;
      if (caller?.userId !== user.id) return fail('session_changed', `${user.name} is signed in now; this window shows someone else.`, { user }) as never;
      const file = exportedFile(deps.dataDir, user.id, parsed.data.name)!;
      if (!(await stat(file).catch(() => null))?.isFile()) return fail('not_found', 'The file is not there any more (saved already, or older than a day).') as never;
      const extension = path.extname(file);
      const choice = await deps.showSaveDialog({ defaultPath: path.join(deps.defaultFolder(), parsed.data.name), filters: [FILTERS[extension]!] });
      if (choice.canceled || !choice.filePath) return ok({ saved: false }) as never;
      // Copy then remove: the user's folder may be on another disk, where a rename cannot go.
      await copyFile(file, choice.filePath);
      await unlink(file);
      return ok({ saved: true }) as never;
    },
  };
}
