import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './app-protocol.ts';

const root = resolve('/opt/kuva/out/renderer');

describe('resolveAppRequest', () => {
  it('maps app://kuva paths to files in the renderer folder with their MIME type', () => {
    expect(resolveAppRequest('app://kuva/index.html', 'GET', root)).toEqual({ ok: true, filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://kuva/assets/index-abc.js', 'GET', root)).toEqual({ ok: true, filePath: join(root, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAppRequest('app://kuva/assets/a.css', 'HEAD', root)).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
    expect(resolveAppRequest('app://kuva/fonts/x.woff2', 'GET', root)).toMatchObject({ ok: true, mimeType: 'font/woff2' });
    expect(resolveAppRequest('app://kuva/blob.xyz', 'GET', root)).toMatchObject({ ok: true, mimeType: 'application/octet-stream' });
  });

  it('answers client-side routes and the bare origin with index.html', () => {
    for (const url of ['app://kuva/', 'app://kuva', 'app://kuva/berths/applications']) {
      expect(resolveAppRequest(url, 'GET', root)).toMatchObject({ ok: true, filePath: join(root, 'index.html') });
    }
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://kuva/%2e%2e/%2e%2e/etc/passwd',
      'app://kuva/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://kuva/..%5c..%5cWindows%5cwin.ini',
      'app://kuva/assets/%00.js',
      'app://kuva/%E0%A4%A',
      'app://kuva/.git/config',
    ]) {
      const target = resolveAppRequest(url, 'GET', root);
      if (target.ok) expect(target.filePath.startsWith(root + '/'), url).toBe(true);
      else expect(target.status, url).toBe(404);
    }
    expect(resolveAppRequest('app://kuva/.git/config', 'GET', root)).toEqual({ ok: false, status: 404 });
  });

  it('refuses other hosts, schemes and methods', () => {
    expect(resolveAppRequest('app://other/index.html', 'GET', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('https://kuva/index.html', 'GET', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://kuva/index.html', 'POST', root)).toEqual({ ok: false, status: 405 });
    expect(resolveAppRequest('::::', 'GET', root)).toEqual({ ok: false, status: 400 });
  });
});
