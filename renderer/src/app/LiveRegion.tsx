import { useTranslation } from 'react-i18next';
import { useAppSelector } from '../store/store.ts';

// Parameters that are themselves message keys (a command's name, an error code) are translated too.
const NESTED_KEY = /^(commands|errors)\.[\w.]+$/;

/** Screen readers hear every command result here, whatever part of the screen has focus. */
export function LiveRegion() {
  const { t } = useTranslation();
  const a = useAppSelector((s) => s.ui.announcement);
  const params = a ? Object.fromEntries(Object.entries(a.params).map(([k, v]) => [k, typeof v === 'string' && NESTED_KEY.test(v) ? t(v) : v])) : {};
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {a ? <span key={a.seq}>{t(a.key, params)}</span> : null}
    </div>
  );
}
