import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const WINTER_TABS = ['inbox', 'letters', 'areas'] as const;
export type WinterTab = (typeof WINTER_TABS)[number];

/**
 * The workspace's pages as ARIA tabs: Tab reaches the chosen one, the arrow keys, Home and
 * End move between them and show the one moved to (the WAI-ARIA tabs pattern, automatic activation).
 */
export function WinterTabs({ tab, onTab }: { tab: WinterTab; onTab: (tab: WinterTab) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Record<WinterTab, HTMLButtonElement | null>>({ inbox: null, letters: null, areas: null });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const at = WINTER_TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (at + 1) % WINTER_TABS.length : e.key === 'ArrowLeft' ? (at + WINTER_TABS.length - 1) % WINTER_TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? WINTER_TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = WINTER_TABS[next] ?? 'inbox';
    onTab(to);
    refs.current[to]?.focus();
  }

  return (
    <div className="winter-tabs" role="tablist" aria-label={t('winter.tabs.label')} onKeyDown={onKeyDown}>
      {WINTER_TABS.map((name) => (
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
