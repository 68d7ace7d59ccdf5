import type { ReactNode } from 'react';
import { Brand } from './Brand.tsx';
import { HostBanner } from './HostBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The frame of a page shown without a signed-in workspace (sign-in, a locked window). */
export function CardPage({ children }: { children: ReactNode }) {
  return (
    <div className="login-page">
      <header className="login-page__header">
        <Brand />
        <LanguageSwitch />
      </header>
      <HostBanner />
      <main className="login-page__main" id="main">
        {children}
      </main>
    </div>
  );
}
