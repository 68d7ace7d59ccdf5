import { Button, ButtonVariant, Notification } from 'hds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { asAppError } from '../api/base-query.ts';
import { useGetSessionQuery, useUnlockScreenMutation } from '../api/kuva-api.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { useErrorText } from '../components/StateViews.tsx';
import { useAppDispatch } from '../store/store.ts';
import { screenLockChanged } from '../store/window-slice.ts';
import { CardPage } from './CardPage.tsx';
import { useSignOut, useToSignIn, useUnsentText } from './SignOutDialog.tsx';

/**
 * The signed-in user's screen, locked after the app stood unused (or when asked): nothing of the
 * work shows until their password opens it; the work itself stays as it was under the lock, and
 * unsent changes keep going out. Someone else at the desk signs the user out from here.
 */
export function ScreenLock({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const idleLockMs = useGetSessionQuery().data?.idleLockMs ?? null;
  const signOut = useSignOut();
  const toSignIn = useToSignIn();
  const unsent = useUnsentText(user);
  const [signOutError, setSignOutError] = useState<AppError | null>(null);
  const [unlock, { isLoading }] = useUnlockScreenMutation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const passwordRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await unlock({ password });
    setPassword('');
    if ('data' in r && r.data) {
      setError(null);
      dispatch(screenLockChanged({ locked: false, userId: user.id }));
      return;
    }
    const failed: AppError = asAppError('error' in r ? r.error : null) ?? { code: 'internal', message: 'The screen did not open.' };
    if (failed.code === 'too_many_attempts') {
      // The core signed the user out: this window goes to the sign-in page, as after signing out.
      toSignIn();
      return;
    }
    setError(failed);
    passwordRef.current?.focus();
  }

  const attemptsLeft = (error?.details as { attemptsLeft?: number } | undefined)?.attemptsLeft;
  return (
    <CardPage mainId="screen-lock-main" languageId="screen-lock-language">
      <section className="login-card" aria-labelledby="screen-lock-title" data-testid="screen-lock" data-user={user.id}>
        <h1 id="screen-lock-title" ref={headingRef} tabIndex={-1}>
          {t('screenLock.title')}
        </h1>
        <p>{idleLockMs ? t('screenLock.why', { count: Math.max(1, Math.round(idleLockMs / 60_000)) }) : t('screenLock.whyAsked')}</p>
        <p data-testid="screen-lock-user">{t('screenLock.signedIn', { name: user.name })}</p>
        <form className="login-form" onSubmit={submit} noValidate>
          {error ? (
            <Notification type="error" label={t('screenLock.failedTitle')} className="login-form__error" role="alert" data-testid="screen-lock-error" data-code={error.code}>
              {error.code === 'invalid_credentials' && attemptsLeft !== undefined ? t('screenLock.wrong', { count: attemptsLeft }) : errorText(error)}
            </Notification>
          ) : null}
          <PasswordField id="screen-lock-password" inputRef={passwordRef} value={password} onChange={setPassword} />
          <Button type="submit" data-testid="screen-lock-submit" disabled={isLoading || !password}>
            {t('screenLock.unlock')}
          </Button>
        </form>
        <h2 className="screen-lock__other">{t('screenLock.someoneElse', { name: user.name })}</h2>
        <p data-testid="sign-out-unsent" data-pending={unsent.pending ?? ''}>
          {unsent.text}
        </p>
        {signOutError ? (
          <Notification type="error" label={t('states.actionFailedTitle')} role="alert">
            {errorText(signOutError)}
          </Notification>
        ) : null}
        <Button variant={ButtonVariant.Secondary} onClick={() => void signOut().then(setSignOutError)} data-testid="screen-lock-sign-out">
          {t('screenLock.signOut', { name: user.name })}
        </Button>
      </section>
    </CardPage>
  );
}
