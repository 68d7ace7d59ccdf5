/**
 * A sender in a process of its own, for the crash test: it claims the due messages of the
 * database at argv[2] with a lease of argv[4] ms and delivers them to the SMTP server at argv[3].
 * The test kills it with SIGKILL in the middle of a delivery.
 */
import { openDb } from '../../db/db.ts';
import { NotificationSender } from '../sender.ts';
import { SmtpTransport } from '../transports/smtp.ts';

const [databaseUrl, smtpUrl, lease] = process.argv.slice(2);
if (!databaseUrl || !smtpUrl || !lease) throw new Error('usage: sender-process.ts <database url> <smtp url> <lease ms>');
const db = await openDb({ databaseUrl });
const smtp = new SmtpTransport({ url: smtpUrl, from: 'no-reply@kuva-desk.invalid', timeoutMs: 1000 });
const sender = new NotificationSender(db, { transports: { email: smtp }, leaseMs: Number(lease), sendTimeoutMs: 1000 });
const result = await sender.runOnce();
console.log(JSON.stringify(result));
await smtp.close();
await db.close();
