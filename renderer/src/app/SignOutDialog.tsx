import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { asAppError } from '../api/base-query.ts';
import { kuvaApi, useLogoutMutation, useSyncStatusQuery } from '../api/kuva-api.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { askSignOut, closeApplication, showView } from '../store/ui-slice.ts';
import { signedOut, signingOut } from '../store/window-slice.ts';

/** This window goes to the sign-in page, forgetting what it showed (the user is signed out). */
export function useToSignIn(): () => void {
  const dispatch = useAppDispatch();
  return () => {
    dispatch(askSignOut(false));
    dispatch(closeApplication());
    dispatch(showView('applications'));
    dispatch(kuvaApi.util.resetApiState());
    dispatch(signedOut());
  };
}

/** Signs the user out and takes this window to the sign-in page; answers the error to show, or null. */
export function useSignOut(): () => Promise<AppError | null> {
  const dispatch = useAppDispatch();
  const [logout] = useLogoutMutation();
  const toSignIn = useToSignIn();
  return async () => {
    dispatch(signingOut(true));
    const r = await logout();
    if ('error' in r && r.error) {
      dispatch(signingOut(false));
      return asAppError(r.error);
    }
    toSignIn();
    return null;
  };
}

/** What signing out leaves behind, in words: the shown user's unsent changes (null: not known). */
export function useUnsentText(user: StaffUser): { pending: number | null; text: string } {
  const { t } = useTranslation();
  const host = useAppSelector((s) => s.window.host);
  const { data: status } = useSyncStatusQuery();
  const pending = host === 'up' && status ? status.pendingCommands : null;
  const text =
    pending === null
      ? t('signOut.unsentUnknown', { name: user.name })
      : pending > 0
        ? t('signOut.unsent', { count: pending, name: user.name })
        : t('signOut.nothingUnsent', { name: user.name });
  return { pending, text };
}

/**
 * Signing out is also how the user is switched, so it first says what is still unsent and whose
 * it is, and whether this computer keeps the user's data (it does while anything is unsent).
 */
export function SignOutDialog({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const signOut = useSignOut();
  const { pending, text } = useUnsentText(user);

  return (
    <ConfirmDialog
      isOpen
      title={t('signOut.title')}
      confirmLabel={t('signOut.confirm')}
      onConfirm={signOut}
      onClose={() => dispatch(askSignOut(false))}
      testId="sign-out-dialog"
      confirmTestId="sign-out-confirm"
    >
      <p data-testid="sign-out-unsent" data-pending={pending ?? ''}>
        {text}
      </p>
    </ConfirmDialog>
  );
}
