import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { decideWindowOpen, installNavigationGuard, isAllowedExternalUrl, isAllowedNavigation } from './navigation-guard.ts';

describe('navigation rules', () => {
  it('keeps in-window navigation inside app://kuva', () => {
    expect(isAllowedNavigation('app://kuva/index.html#/berths')).toBe(true);
    for (const url of ['https://www.hel.fi/', 'app://kuva.evil/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://kuva@evil/']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('lets only http, https and mailto out to the OS', () => {
    expect(isAllowedExternalUrl('https://www.hel.fi/fi/kulttuuri')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org')).toBe(true);
    expect(isAllowedExternalUrl('mailto:venepaikat@hel.fi')).toBe(true);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'ms-msdt:/id', 'app://kuva/', 'https://user:pw@example.org', 'mailto:', 'nonsense']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('never opens a window', () => {
    expect(decideWindowOpen('https://www.hel.fi/')).toEqual({ action: 'deny', openExternal: 'https://www.hel.fi/' });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternal: null });
    expect(decideWindowOpen('app://kuva/index.html')).toEqual({ action: 'deny', openExternal: null });
  });
});

/** WebContents is an EventEmitter; this one records the window-open handler as Electron would. */
class Contents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string) {
  return { url, prevented: false, preventDefault() { this.prevented = true; } };
}

describe('installNavigationGuard', () => {
  it('prevents foreign navigation and redirects, hands allowed links to the OS', () => {
    const contents = new Contents();
    const opened: string[] = [];
    installNavigationGuard(contents as never, (url) => opened.push(url));

    const inside = navigationEvent('app://kuva/index.html');
    contents.emit('will-navigate', inside);
    expect(inside.prevented).toBe(false);

    const outside = navigationEvent('https://www.hel.fi/');
    contents.emit('will-navigate', outside);
    expect(outside.prevented).toBe(true);

    const redirect = navigationEvent('file:///etc/passwd');
    contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);

    const frame = navigationEvent('https://evil.example/');
    contents.emit('will-frame-navigate', frame);
    expect(frame.prevented).toBe(true);

    expect(contents.openHandler?.({ url: 'mailto:a@hel.fi' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///x' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.hel.fi/', 'mailto:a@hel.fi']);
  });
});
