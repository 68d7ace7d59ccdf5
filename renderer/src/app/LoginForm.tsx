import { Button, Notification, TextInput } from 'hds-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../domain/contract.ts';
import { asAppError } from '../api/base-query.ts';
import { kuvaApi, useLoginMutation } from '../api/kuva-api.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { useErrorText } from '../components/StateViews.tsx';
import { useAppDispatch } from '../store/store.ts';
import { retryWait } from './retry-wait.ts';
import { signedIn } from '../store/window-slice.ts';

/**
 * Signs in through the backend; on success this window shows the user. `fixedUsername`: signing
 * in again, for that user only (shown, not editable).
 */
export function LoginForm({ fixedUsername = null, onSignedIn }: { fixedUsername?: string | null; onSignedIn?: (s: SessionInfo) => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const [login, { isLoading, error }] = useLoginMutation();
  const [typed, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const username = fixedUsername ?? typed;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await login({ username, password });
    if ('data' in result && result.data?.user) {
      dispatch(signedIn({ user: result.data.user, username: result.data.username ?? null }));
      dispatch(kuvaApi.util.upsertQueryData('getSession', undefined, result.data));
      dispatch(kuvaApi.util.invalidateTags(['Sync', 'Harbours', 'Application', 'Suggestions', 'Conflicts']));
      onSignedIn?.(result.data);
    }
  }

  const appError = asAppError(error);
  const wait = retryWait(appError);
  return (
    <form className="login-form" onSubmit={submit} noValidate>
      {appError ? (
        <Notification type="error" label={t('login.failedTitle')} className="login-form__error" role="alert">
          {errorText(appError)}
          {wait ? <span data-testid="login-retry-after"> {t(wait.key, { count: wait.count })}</span> : null}
        </Notification>
      ) : null}
      <TextInput
        id="login-username"
        data-testid="login-username"
        label={t('login.username')}
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        readOnly={fixedUsername !== null}
        helperText={fixedUsername !== null ? t('reauth.onlyThisUser') : undefined}
        required
      />
      <PasswordField id="login-password" value={password} onChange={setPassword} />
      <Button type="submit" data-testid="login-submit" disabled={isLoading || !username.trim() || !password}>
        {isLoading ? t('login.signingIn') : t('login.submit')}
      </Button>
    </form>
  );
}
