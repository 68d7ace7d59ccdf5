import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { showView, type View } from '../store/ui-slice.ts';

export function SideNav({ views, conflictCount }: { views: View[]; conflictCount: number }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const current = useAppSelector((s) => s.ui.view);
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {views.includes('applications') ? (
          <li>
            <button
              type="button"
              className="side-nav__item"
              data-testid="nav-applications"
              aria-current={current === 'applications' ? 'page' : undefined}
              onClick={() => dispatch(showView('applications'))}
            >
              {t('nav.applications')}
            </button>
          </li>
        ) : null}
        {views.includes('conflicts') ? (
          <li>
            <button
              type="button"
              className="side-nav__item"
              data-testid="nav-conflicts"
              aria-current={current === 'conflicts' ? 'page' : undefined}
              onClick={() => dispatch(showView('conflicts'))}
            >
              <span>{t('nav.conflicts')}</span>
              <span
                className={`badge${conflictCount > 0 ? ' badge--alert' : ''}`}
                data-testid="conflict-count"
                data-count={conflictCount}
                aria-label={t('nav.conflictCount', { count: conflictCount })}
              >
                {conflictCount}
              </span>
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
