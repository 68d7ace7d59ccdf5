import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin.ts';

describe('isAppUrl', () => {
  it('accepts our origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kuva/assets/index-1.js?x=1#y')).toBe(true);
  });

  it('refuses look-alikes that a prefix check would let through', () => {
    for (const url of ['app://kuva.evil.example/', 'app://kuvax/', 'app://user@kuva/', 'https://kuva/', 'file:///app://kuva/', 'app:kuva', 'app://KUVA.example', '', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl(null)).toBe(false);
  });
});
