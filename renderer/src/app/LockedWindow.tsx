import { Button } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { kuvaApi } from '../api/kuva-api.ts';
import { useAppDispatch } from '../store/store.ts';
import { closeApplication, showView } from '../store/ui-slice.ts';
import { continueAs, type WindowLock } from '../store/window-slice.ts';
import { CardPage } from './CardPage.tsx';

/**
 * The signed-in user changed under this window (another window signed someone out or in): it
 * shows nothing of either user's data and acts for nobody until the user chooses how to go on.
 */
export function LockedWindow({ shown, lock }: { shown: StaffUser; lock: WindowLock }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const now = lock.now;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function goOn() {
    dispatch(closeApplication());
    dispatch(showView('applications'));
    dispatch(kuvaApi.util.resetApiState());
    dispatch(continueAs(now));
  }

  const unsent =
    lock.pending === null
      ? t('locked.unsentUnknown', { shown: shown.name })
      : lock.pending > 0
        ? t('locked.unsent', { count: lock.pending, shown: shown.name })
        : t('locked.nothingUnsent', { shown: shown.name });

  return (
    <CardPage>
      <section className="login-card locked-card" aria-labelledby="locked-title" data-testid="window-locked" data-shown={shown.id} data-now={now?.id ?? ''}>
        <h1 id="locked-title" ref={headingRef} tabIndex={-1}>
          {t('locked.title')}
        </h1>
        <p data-testid="locked-reason">{now ? t('locked.otherUser', { now: now.name, shown: shown.name }) : t('locked.signedOut', { shown: shown.name })}</p>
        <p>{t('locked.why')}</p>
        <p data-testid="locked-unsent" data-pending={lock.pending ?? ''}>
          {unsent}
        </p>
        {now ? <p className="muted">{t('locked.backHint', { shown: shown.name, now: now.name })}</p> : null}
        <Button data-testid="locked-continue" onClick={goOn}>
          {now ? t('locked.continueAs', { now: now.name }) : t('locked.toSignIn')}
        </Button>
      </section>
    </CardPage>
  );
}
