import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const WINTER_TABS = ['inbox', 'letters', 'areas', 'renewal'] as const;
export type WinterTab = (typeof WINTER_TABS)[number];

/**
 * The workspace's pages as ARIA tabs: Tab reaches the chosen one, the arrow keys, Home and
 * End move between them and show the one moved to (the WAI-ARIA tabs pattern, automatic activation).
 * `tabs` are the ones the user's role has.
 */
export function WinterTabs({ tabs, tab, onTab }: { tabs: readonly WinterTab[]; tab: WinterTab; onTab: (tab: WinterTab) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Record<WinterTab, HTMLButtonElement | null>>({ inbox: null, letters: null, areas: null, renewal: null });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const at = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at + tabs.length - 1) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = tabs[next] ?? 'inbox';
    onTab(to);
    refs.current[to]?.focus();
  }

  return (
    <div className="winter-tabs" role="tablist" aria-label={t('winter.tabs.label')} onKeyDown={onKeyDown}>
      {tabs.map((name) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[name] = el;
          }}
          type="button"
          role="tab"
          id={`winter-tab-${name}`}
          data-testid={`winter-tab-${name}`}
          className="winter-tabs__tab"
          aria-selected={tab === name}
          aria-controls={`winter-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onTab(name)}
        >
          {t(`winter.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
