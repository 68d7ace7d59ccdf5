import type { Db } from '../db/db.ts';
import { SmtpCatcher } from './catcher/smtp-catcher.ts';
import { groupedCaughtStore } from './caught-store.ts';
import type { Channel } from './message.ts';
import { NotificationSender, type SenderOptions } from './sender.ts';
import type { NotificationSettings } from './settings.ts';
import { DemoSmsGateway } from './transports/demo-sms.ts';
import { HttpSmsGateway } from './transports/sms-gateway.ts';
import { SmtpTransport } from './transports/smtp.ts';
import type { NotificationTransport } from './transports/transport.ts';

export interface RunningNotifications {
  sender: NotificationSender;
  /** smtp://127.0.0.1:<port> of the demo catcher, when it runs. */
  catcherUrl: string | null;
  close(): Promise<void>;
}

/**
 * The central's outbox sender with its transports: the configured mail server and SMS gateway,
 * or in demo mode (no KUVA_SMTP_URL) the built-in catcher, which keeps every message in the
 * database so the app can list them and a restart keeps them.
 */
export async function startNotifications(db: Db, settings: NotificationSettings, sender: Omit<SenderOptions, 'transports'> = {}): Promise<RunningNotifications> {
  const demo = !settings.smtpUrl;
  const store = groupedCaughtStore(db);
  const catcher = demo ? await new SmtpCatcher({ store }).start() : null;
  const transports: Partial<Record<Channel, NotificationTransport>> = {
    email: new SmtpTransport({ url: settings.smtpUrl ?? catcher?.url ?? '', from: settings.from }),
  };
  if (settings.smsGateway) transports.sms = new HttpSmsGateway(settings.smsGateway);
  else if (demo) transports.sms = new DemoSmsGateway(store);
  const running = new NotificationSender(db, { ...sender, transports });
  try {
    await running.start(settings.intervalMs);
  } catch (error) {
    await running.stop();
    await catcher?.close();
    throw error;
  }
  return {
    sender: running,
    catcherUrl: catcher?.url ?? null,
    async close() {
      await running.stop();
      for (const t of Object.values(transports)) await t.close();
      await catcher?.close();
    },
  };
}
