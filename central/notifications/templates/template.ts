import type { NotificationLanguage, TemplateParams } from '../message.ts';

/** One language's text. `{name}` is replaced by the parameter; the SMS carries `sms` or else `body`. */
export interface TemplateText {
  subject: string;
  body: string;
  sms?: string;
}

/** A message a workspace sends, in every language the customer may have. */
export interface NotificationTemplate {
  /** `<workspace>.<what>`, e.g. `bookings.approved`. */
  key: string;
  /** The parameters every text may use; enqueueing checks they are all given. */
  params: readonly string[];
  text: Readonly<Record<NotificationLanguage, TemplateText>>;
}

export interface Rendered {
  subject: string;
  body: string;
  sms: string;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

function fill(text: string, params: TemplateParams, key: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Template ${key} needs the parameter "${name}".`);
    return String(value);
  });
}

/** The texts in one language. A subject is one line whatever a parameter holds. */
export function renderTemplate(template: NotificationTemplate, language: NotificationLanguage, params: TemplateParams): Rendered {
  const text = template.text[language];
  const body = fill(text.body, params, template.key);
  return {
    subject: fill(text.subject, params, template.key).replace(/[\r\n]+/g, ' ').trim(),
    body,
    sms: text.sms === undefined ? body : fill(text.sms, params, template.key),
  };
}

/** Placeholders a text uses that the template does not declare: a mistake caught at registration. */
export function undeclaredPlaceholders(template: NotificationTemplate): string[] {
  const used = new Set<string>();
  for (const text of Object.values(template.text)) {
    for (const part of [text.subject, text.body, text.sms ?? '']) for (const m of part.matchAll(PLACEHOLDER)) used.add(m[1] ?? '');
  }
  return [...used].filter((name) => !template.params.includes(name)).sort();
}
