import { Button, ButtonVariant, ButtonSize } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { kuvaApi, useLogoutMutation } from '../api/kuva-api.ts';
import { useAppDispatch } from '../store/store.ts';
import { closeApplication, showView } from '../store/ui-slice.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AppHeader({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [logout, { isLoading }] = useLogoutMutation();

  async function signOut() {
    await logout();
    dispatch(closeApplication());
    dispatch(showView('applications'));
    dispatch(kuvaApi.util.resetApiState());
  }

  return (
    <header className="app-header">
      <Brand />
      <div className="app-header__tools">
        <div className="app-header__user" aria-label={t('header.user')}>
          <span className="app-header__name">{user.name}</span>
          <span className="app-header__roles">{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</span>
        </div>
        <LanguageSwitch />
        <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} data-testid="sign-out" onClick={signOut} disabled={isLoading} className="app-header__signout">
          {t('header.signOut')}
        </Button>
      </div>
    </header>
  );
}
