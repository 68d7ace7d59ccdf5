import { Button, ButtonVariant, ButtonSize, IconQuestionCircle, IconSignout } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { askSignOut } from '../store/ui-slice.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SignOutDialog } from './SignOutDialog.tsx';

export function AppHeader({ user, onHelp }: { user: StaffUser; onHelp: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const asked = useAppSelector((s) => s.ui.signOutAsked);
  const roles = user.roles.map((r) => t(`roles.${r}`)).join(', ');

  return (
    <header className="app-header">
      <Brand />
      <div className="app-header__tools">
        <Button
          variant={ButtonVariant.Supplementary}
          size={ButtonSize.Small}
          iconStart={<IconQuestionCircle aria-hidden />}
          onClick={onHelp}
          aria-keyshortcuts="?"
          data-testid="help-open"
        >
          {t('help.button')}
        </Button>
        <LanguageSwitch />
        <div className="app-header__user">
          <span className="app-header__name">
            <span className="visually-hidden">{t('header.user')}: </span>
            {user.name}
          </span>
          <span className="app-header__roles" title={roles}>
            {roles}
          </span>
        </div>
        <Button
          variant={ButtonVariant.Secondary}
          size={ButtonSize.Small}
          iconStart={<IconSignout aria-hidden />}
          data-testid="sign-out"
          onClick={() => dispatch(askSignOut(true))}
        >
          {t('header.signOut')}
        </Button>
      </div>
      {asked ? <SignOutDialog user={user} /> : null}
    </header>
  );
}
