import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { asAppError } from '../api/base-query.ts';
import { kuvaApi, useLogoutMutation, useSyncStatusQuery } from '../api/kuva-api.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { askSignOut, closeApplication, showView } from '../store/ui-slice.ts';
import { signedOut, signingOut } from '../store/window-slice.ts';

/**
 * Signing out is also how the user is switched, so it first says what is still unsent and whose
 * it is, and whether this computer keeps the user's data (it does while anything is unsent).
 */
export function SignOutDialog({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const host = useAppSelector((s) => s.window.host);
  const { data: status } = useSyncStatusQuery();
  const [logout] = useLogoutMutation();
  const pending = host === 'up' && status ? status.pendingCommands : null;
  const text =
    pending === null
      ? t('signOut.unsentUnknown', { name: user.name })
      : pending > 0
        ? t('signOut.unsent', { count: pending, name: user.name })
        : t('signOut.nothingUnsent', { name: user.name });

  async function signOut() {
    dispatch(signingOut(true));
    const r = await logout();
    if ('error' in r && r.error) {
      dispatch(signingOut(false));
      return asAppError(r.error);
    }
    dispatch(askSignOut(false));
    dispatch(closeApplication());
    dispatch(showView('applications'));
    dispatch(kuvaApi.util.resetApiState());
    dispatch(signedOut());
    return null;
  }

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
