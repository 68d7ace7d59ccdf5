import { NOTIFICATION_LANGUAGES } from '../message.ts';
import { undeclaredPlaceholders, type NotificationTemplate } from './template.ts';

/** Templates by key. Workspaces register theirs when their central module loads. */
export class TemplateRegistry {
  #templates = new Map<string, NotificationTemplate>();

  /** Throws on a key taken by another template, a missing language or an undeclared placeholder. */
  register(...templates: NotificationTemplate[]): void {
    for (const template of templates) {
      const existing = this.#templates.get(template.key);
      if (existing === template) continue;
      if (existing) throw new Error(`The notification template ${template.key} is registered already.`);
      const missing = NOTIFICATION_LANGUAGES.filter((l) => !template.text[l]?.subject || !template.text[l]?.body);
      if (missing.length > 0) throw new Error(`The notification template ${template.key} has no text in ${missing.join(', ')}.`);
      const undeclared = undeclaredPlaceholders(template);
      if (undeclared.length > 0) throw new Error(`The notification template ${template.key} uses undeclared parameters: ${undeclared.join(', ')}.`);
      this.#templates.set(template.key, template);
    }
  }

  get(key: string): NotificationTemplate | undefined {
    return this.#templates.get(key);
  }
}
