import { describe, expect, it } from 'vitest';
import { DEFAULT_FROM, notificationSettings } from './settings.ts';

describe('notificationSettings', () => {
  it('defaults to demo mode: no mail server, no SMS gateway, a sender tick every 5 s', () => {
    expect(notificationSettings({})).toEqual({ from: DEFAULT_FROM, intervalMs: 5000 });
  });

  it('reads the mail server, the sender address, the SMS gateway and the interval', () => {
    expect(
      notificationSettings({
        KUVA_SMTP_URL: 'smtps://user:pass@mail.example.fi:465',
        KUVA_SMTP_FROM: 'Helsingin kaupunki <no-reply@hel.fi>',
        KUVA_SMS_GATEWAY_URL: 'https://sms.example.fi/api/messages',
        KUVA_SMS_GATEWAY_TOKEN: 'abc',
        KUVA_NOTIFY_INTERVAL_MS: '1000',
      }),
    ).toEqual({
      smtpUrl: 'smtps://user:pass@mail.example.fi:465',
      from: 'Helsingin kaupunki <no-reply@hel.fi>',
      smsGateway: { url: 'https://sms.example.fi/api/messages', token: 'abc' },
      intervalMs: 1000,
    });
  });

  it('names the variable whose value is unusable, without echoing a secret', () => {
    expect(() => notificationSettings({ KUVA_SMTP_URL: 'http://mail.example.fi' })).toThrow(/KUVA_SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(() => notificationSettings({ KUVA_SMTP_URL: 'smtp://user:secret@' })).toThrow(/^KUVA_SMTP_URL is not a URL\.$/);
    expect(() => notificationSettings({ KUVA_SMS_GATEWAY_URL: 'https://sms.example.fi' })).toThrow(/needs KUVA_SMS_GATEWAY_TOKEN/);
    expect(() => notificationSettings({ KUVA_SMS_GATEWAY_TOKEN: 'abc' })).toThrow(/without KUVA_SMS_GATEWAY_URL/);
    expect(() => notificationSettings({ KUVA_SMS_GATEWAY_URL: 'ftp://sms', KUVA_SMS_GATEWAY_TOKEN: 'abc' })).toThrow(/KUVA_SMS_GATEWAY_URL must start with http:\/\/ or https:\/\//);
    expect(() => notificationSettings({ KUVA_SMTP_FROM: 'nobody' })).toThrow(/KUVA_SMTP_FROM is not an address/);
    expect(() => notificationSettings({ KUVA_NOTIFY_INTERVAL_MS: '10' })).toThrow(/KUVA_NOTIFY_INTERVAL_MS must be a whole number/);
    expect(() => notificationSettings({ KUVA_NOTIFY_INTERVAL_MS: 'often' })).toThrow(/KUVA_NOTIFY_INTERVAL_MS/);
  });
});
