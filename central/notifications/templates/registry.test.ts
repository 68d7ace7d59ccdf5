import { describe, expect, it } from 'vitest';
import { GENERIC_NOTICE } from './generic.ts';
import { NOTIFICATION_TEMPLATES } from './index.ts';
import { TemplateRegistry } from './registry.ts';
import { renderTemplate, type NotificationTemplate } from './template.ts';

const text = { subject: 'S {name}', body: 'B {name}' };
const template = (key: string, over: Partial<NotificationTemplate> = {}): NotificationTemplate => ({ key, params: ['name'], text: { fi: text, sv: text, en: text }, ...over });

describe('notification templates', () => {
  it('holds the generic notice for every workspace', () => {
    expect(NOTIFICATION_TEMPLATES.get('core.notice')).toBe(GENERIC_NOTICE);
  });

  it('lets a workspace register its templates once, each complete in fi, sv and en', () => {
    const registry = new TemplateRegistry();
    const approved = template('bookings.approved');
    registry.register(approved);
    registry.register(approved);
    expect(registry.get('bookings.approved')).toBe(approved);
    expect(() => registry.register(template('bookings.approved'))).toThrow(/registered already/);
    expect(() => registry.register(template('bookings.denied', { text: { fi: text, sv: text, en: { subject: '', body: 'B' } } }))).toThrow(/no text in en/);
    expect(() => registry.register(template('bookings.moved', { params: [] }))).toThrow(/undeclared parameters: name/);
  });

  it('renders in the asked language, a subject on one line whatever a parameter holds', () => {
    expect(renderTemplate(GENERIC_NOTICE, 'sv', { name: 'Maja', message: 'Hej' })).toEqual({
      subject: 'Meddelande från Helsingfors stad',
      body: 'Hej Maja,\n\nHej\n\nMed vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn',
      sms: 'Hej Maja, Hej – Helsingfors stad',
    });
    expect(renderTemplate(template('x.y'), 'fi', { name: 'a\r\nBcc: evil@example.fi' }).subject).toBe('S a Bcc: evil@example.fi');
    expect(() => renderTemplate(template('x.y'), 'fi', {})).toThrow(/needs the parameter "name"/);
  });
});
