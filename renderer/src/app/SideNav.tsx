import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../store/store.ts';
import { showView, type View } from '../store/ui-slice.ts';

const LABEL_KEY: Record<View, string> = { applications: 'nav.applications', harbours: 'nav.harbours', conflicts: 'nav.conflicts' };

/** `active`: the view on screen (a role's landing page may differ from the stored choice). */
export function SideNav({ views, active, conflictCount }: { views: View[]; active: View | undefined; conflictCount: number }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {views.map((view) => (
          <li key={view}>
            <button
              type="button"
              className="side-nav__item"
              data-testid={`nav-${view}`}
              aria-current={active === view ? 'page' : undefined}
              onClick={() => dispatch(showView(view))}
            >
              <span>{t(LABEL_KEY[view])}</span>
              {view === 'conflicts' ? (
                <span
                  className={`badge${conflictCount > 0 ? ' badge--alert' : ''}`}
                  data-testid="conflict-count"
                  data-count={conflictCount}
                  aria-label={t('nav.conflictCount', { count: conflictCount })}
                >
                  {conflictCount}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
