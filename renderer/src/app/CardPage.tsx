import type { ReactNode } from 'react';
import { Brand } from './Brand.tsx';
import { HostBanner } from './HostBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/**
 * The frame of a page shown without a signed-in workspace (sign-in, a locked window). `mainId`
 * and `languageId`: other ids where the workspace stays in the page under it (a locked screen), so
 * ids stay unique.
 */
export function CardPage({ children, mainId = 'main', languageId }: { children: ReactNode; mainId?: string; languageId?: string }) {
  return (
    <div className="login-page">
      <header className="login-page__header">
        <Brand />
        <LanguageSwitch {...(languageId ? { id: languageId } : {})} />
      </header>
      <HostBanner />
      <main className="login-page__main" id={mainId}>
        {children}
      </main>
    </div>
  );
}
