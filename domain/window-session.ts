import type { Caller, Method } from './contract.ts';

/**
 * One signed-in user per installation, any number of windows. A window acts only for the user it
 * shows: a call from a window that shows someone other than the signed-in user is refused
 * (`session_changed`), and that window locks. Switching user is an explicit sign-out first.
 */
export function mayCall(method: Method, caller: Caller, signedInUserId: string | null): boolean {
  // Every window may ask who is signed in: that is how a locked one finds its way forward.
  if (method === 'session.get') return true;
  // Signing in never pushes a signed-in user aside: it is for nobody signed in, or for the same
  // user again (an expired session), from a window that shows them.
  if (method === 'session.login') return signedInUserId === null || signedInUserId === caller.userId;
  return caller.userId === signedInUserId;
}

/**
 * Whom a sign-in from this window must be for: a window that shows a user signs in that user
 * again and nobody else; the sign-in page (no user) may sign in anyone.
 */
export function signInMustBeFor(caller: Caller): string | null {
  return caller.userId;
}

/** The user name a sign-in is for, as the central compares it. */
export function sameUsername(typed: string, known: string): boolean {
  return typed.trim().toLowerCase() === known.trim().toLowerCase();
}
