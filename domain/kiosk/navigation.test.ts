import { describe, expect, it } from 'vitest';
import { kioskNavigationAllowlist, parseKioskOrigin } from './navigation.ts';

const allowed = kioskNavigationAllowlist(['app://kuva', 'http://127.0.0.1:5173']);

describe('kioskNavigationAllowlist', () => {
  it.each([
    'app://kuva/index.html',
    'app://kuva/index.html#/kiosk/queue?lang=sv',
    'APP://KUVA/index.html',
    'http://127.0.0.1:5173/kiosk',
    'HTTP://127.0.0.1:5173/',
    // The same origin written in other legal ways: URL canonicalises them first.
    'http://0x7f.0.0.1:5173/',
    'http://2130706433:5173/',
    'http://127.0.0.1:05173/',
    'http:\\\\127.0.0.1:5173\\kiosk',
    ' app://kuva/index.html',
  ])('allows the app origin %j', (url) => {
    expect(allowed(url)).toBe(true);
  });

  it.each([
    // the schemes the issue names, and their relatives
    'file:///etc/passwd',
    'file://kuva/index.html',
    'chrome://settings',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    'view-source:app://kuva/index.html',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'blob:app://kuva/6f1c2a8e-7c53-4d8e-9a1e-3b7f2f4c1d2e',
    'about:blank',
    'filesystem:app://kuva/temporary/x',
    // userinfo: the host is after the @
    'app://kuva@evil.example/',
    'app://evil@kuva/index.html',
    'http://127.0.0.1:5173@evil.example/',
    'http://user:pass@127.0.0.1:5173/',
    // look-alikes and neighbours
    'app://kuva.evil.example/',
    'app://kuvа/index.html', // Cyrillic а
    'app://%6buva/index.html',
    'https://127.0.0.1:5173/',
    'http://127.0.0.1:5174/',
    'http://127.0.0.1/',
    'http://localhost:5173/',
    'https://www.hel.fi/',
    'app:kuva/index.html',
    'app:/kuva/index.html',
    // not URLs at all
    '',
    'index.html',
    '//kuva/index.html',
  ])('blocks %j', (url) => {
    expect(allowed(url)).toBe(false);
  });

  it('allows an IDN origin in either spelling and nothing that only looks like it', () => {
    const idn = kioskNavigationAllowlist(['https://kirjasto.hel.fi', 'https://hämeenlinna.example']);
    expect(idn('https://xn--hmeenlinna-q5a.example/x')).toBe(true);
    expect(idn('https://HÄMEENLINNA.example/x')).toBe(true);
    expect(idn('https://ｋirjasto.hel.fi/')).toBe(true); // full-width k folds to k (IDNA)
    expect(idn('https://kirjastо.hel.fi/')).toBe(false); // Cyrillic о
    expect(idn('https://kirjasto.hel.fi.evil.example/')).toBe(false);
  });

  it('an empty list allows nothing', () => {
    expect(kioskNavigationAllowlist([])('app://kuva/index.html')).toBe(false);
  });
});

describe('parseKioskOrigin', () => {
  it('takes scheme and host, the port included', () => {
    expect(parseKioskOrigin('http://127.0.0.1:5173')).toEqual({ protocol: 'http:', host: '127.0.0.1:5173' });
    expect(parseKioskOrigin('app://KUVA/')).toEqual({ protocol: 'app:', host: 'kuva' });
  });

  it.each(['file:///', 'javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'app://kuva/index.html', 'http://a@127.0.0.1:5173', 'http://127.0.0.1:5173/?x', 'not a url', 'app:kuva'])(
    'refuses %j as an allowed origin',
    (origin) => {
      expect(() => parseKioskOrigin(origin)).toThrow(RangeError);
    },
  );
});
