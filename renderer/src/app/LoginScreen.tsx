import { useTranslation } from 'react-i18next';
import { CardPage } from './CardPage.tsx';
import { LoginForm } from './LoginForm.tsx';

export function LoginScreen() {
  const { t } = useTranslation();
  return (
    <CardPage>
      <section className="login-card" aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        <LoginForm />
      </section>
      <aside className="demo-hint" aria-labelledby="demo-title">
        <h2 id="demo-title">{t('login.demoTitle')}</h2>
        <ul>
          <li>{t('login.demoHandlers')}</li>
          <li>{t('login.demoServices')}</li>
          <li>{t('login.demoSupervisor')}</li>
          <li>{t('login.demoHarbour')}</li>
        </ul>
        <p>{t('login.demoText')}</p>
      </aside>
    </CardPage>
  );
}
