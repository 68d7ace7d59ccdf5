import { Notification, NotificationSize } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { announce } from '../store/ui-slice.ts';
import type { HostLink } from '../store/window-slice.ts';

/** The window cannot reach the local service behind it (the browser host); Electron never shows this. */
export function HostBanner() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const host = useAppSelector((s) => s.window.host);
  const previous = useRef<HostLink>(host);

  useEffect(() => {
    const was = previous.current;
    previous.current = host;
    if (was === host) return;
    dispatch(announce({ key: host === 'up' ? 'host.back' : host === 'lost' ? 'host.lostTitle' : 'host.keyTitle' }));
  }, [host, dispatch]);

  if (host === 'up') return null;
  const title = host === 'lost' ? t('host.lostTitle') : t('host.keyTitle');
  return (
    <Notification type="error" size={NotificationSize.Small} label={title} data-testid="host-lost" data-reason={host} className="banner">
      <strong>{title}.</strong> {host === 'lost' ? t('host.lostText') : t('host.keyText')}
    </Notification>
  );
}
