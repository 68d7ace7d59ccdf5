import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { StaffUser } from '../../../domain/sync/protocol.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.ts';

/**
 * profile.json in the data dir: who was signed in, against which central, and their token as the
 * SecretStore wrapped it. It is what lets a restart (offline too) resume the same cache and outbox.
 */
export const Profile = z.object({
  version: z.literal(1),
  centralUrl: z.string(),
  user: StaffUser.nullable(),
  /** What the user signed in with, so signing in again is offered for them only (older profiles lack it). */
  username: z.string().nullable().optional(),
  /** The token as SecretStore.encrypt returned it, with the store's kind; null after sign-out. */
  token: z.object({ store: z.string(), data: z.string() }).nullable(),
  expiresAt: z.string().nullable(),
  /** The unlock verifier (unlock-verifier.ts) as SecretStore.encrypt returned its JSON; null after sign-out, absent in older profiles. */
  unlock: z.object({ store: z.string(), data: z.string() }).nullable().optional(),
});
export type Profile = z.infer<typeof Profile>;

export const PROFILE_FILE = 'profile.json';

/** A missing or unreadable profile means "nobody signed in"; it never stops the app from starting. */
export async function readProfile(dataDir: string): Promise<Profile | null> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, PROFILE_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = Profile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temp file and renamed, so a crash mid-write leaves the old profile intact. */
export async function writeProfile(dataDir: string, profile: Profile): Promise<void> {
  makePrivateDir(dataDir);
  const file = path.join(dataDir, PROFILE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(profile, null, 2), { mode: PRIVATE_FILE_MODE });
  await rename(tmp, file);
}

/** One cache per user; ids that are not plain file names are hex-encoded. */
export function cacheFileFor(dataDir: string, userId: string): string {
  const name = /^[A-Za-z0-9_-]{1,100}$/.test(userId) ? userId : `u-${Buffer.from(userId, 'utf8').toString('hex').slice(0, 200)}`;
  return path.join(dataDir, 'cache', `${name}.sqlite`);
}
