import { TextInput } from 'hds-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** The user's own password, as the sign-in and the locked screen ask it (the browser may fill it in). */
export function PasswordField({ id, value, onChange, inputRef }: { id: string; value: string; onChange: (value: string) => void; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  return <TextInput id={id} data-testid={id} ref={inputRef} label={t('login.password')} type="password" autoComplete="current-password" value={value} onChange={(e) => onChange(e.target.value)} required />;
}
