import { describe, expect, it } from 'vitest';
import { centralAddresses } from './central-addresses.ts';

describe('the central addresses', () => {
  it('are one address or several, in order, trimmed and without duplicates', () => {
    expect(centralAddresses('http://127.0.0.1:8787/')).toEqual(['http://127.0.0.1:8787']);
    expect(centralAddresses(' https://a.example/kuva , http://10.0.0.2:8787  http://10.0.0.3:8787 https://a.example/kuva/')).toEqual([
      'https://a.example/kuva',
      'http://10.0.0.2:8787',
      'http://10.0.0.3:8787',
    ]);
  });

  it('refuse what is not an http(s) address, with the part named', () => {
    expect(() => centralAddresses('')).toThrow(/No central address/);
    expect(() => centralAddresses('http://a:1, 127.0.0.1:8787')).toThrow(/"127.0.0.1:8787" is not an address/);
    expect(() => centralAddresses('http://a:1 ftp://b/')).toThrow(/"ftp:\/\/b\/" must start with http/);
    expect(() => centralAddresses('http://a:1,not an address')).toThrow(/"not" is not an address/);
    expect(() => centralAddresses('http://a:1/?x=1')).toThrow(/query/);
  });
});
