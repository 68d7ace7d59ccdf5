import { describe, expect, it } from 'vitest';
import { kioskNavigationAllowlist } from '../../../domain/kiosk/navigation.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../app-origin.ts';
import { decideKioskContextMenu, decideKioskDownload, decideKioskNavigation, decideKioskWindowOpen } from './content-decisions.ts';

const allowed = kioskNavigationAllowlist([APP_ORIGIN]);

describe('decideKioskNavigation', () => {
  it('lets the app navigate within its own origin', () => {
    expect(decideKioskNavigation(`${APP_ENTRY_URL}#/kiosk/events`, allowed)).toEqual({ allow: true, bypass: null });
  });

  it.each(['file:///C:/Windows/System32/cmd.exe', 'chrome://settings', 'devtools://devtools/bundled/inspector.html', 'javascript:alert(1)', 'https://www.google.com/', 'app://kuva@evil.example/'])(
    'prevents %j and logs it as a bypass attempt',
    (url) => {
      expect(decideKioskNavigation(url, allowed)).toEqual({ allow: false, bypass: 'blocked_navigation' });
    },
  );
});

describe('decideKioskWindowOpen', () => {
  it('never opens a window: an app link opens in place', () => {
    expect(decideKioskWindowOpen(`${APP_ORIGIN}/index.html#/kiosk/help`, allowed)).toEqual({ action: 'deny', loadInPlace: `${APP_ORIGIN}/index.html#/kiosk/help`, bypass: null });
  });

  it('intercepts a popup to anywhere else, hands nothing to the OS and logs it', () => {
    expect(decideKioskWindowOpen('https://www.hel.fi/', allowed)).toEqual({ action: 'deny', loadInPlace: null, bypass: 'popup' });
    expect(decideKioskWindowOpen('mailto:someone@example.org', allowed)).toEqual({ action: 'deny', loadInPlace: null, bypass: 'popup' });
  });
});

describe('downloads and the context menu', () => {
  it('cancels every download and logs it', () => {
    expect(decideKioskDownload()).toEqual({ allow: false, bypass: 'download' });
  });

  it('shows no context menu, and a long press is no bypass attempt', () => {
    expect(decideKioskContextMenu()).toEqual({ allow: false, bypass: null });
  });
});
