import { createHash } from 'node:crypto';
import { wrapPglite, type Db } from './db.ts';
import type { TemplateStage } from './memory-template.ts';
import { sql as m001 } from './migrations/001-berths-schema.ts';
import { sql as m002 } from './migrations/002-sync-and-auth.ts';
import { sql as m003 } from './migrations/003-write-rule.ts';
import { sql as m004 } from './migrations/004-login-throttle.ts';
import { sql as m005 } from './migrations/005-customer-answer.ts';
import { sql as m006 } from './migrations/006-scoped-grants.ts';
import { sql as m007 } from './migrations/007-berth-orders.ts';
import { sql as m008 } from './migrations/008-payments.ts';
import { sql as m009 } from './migrations/009-berth-messages.ts';
import { sql as m010 } from './migrations/010-winter-storage.ts';
import { sql as m011 } from './migrations/011-winter-invoice-reminders.ts';
import { sql as m012 } from './migrations/012-boat-certificates.ts';
import { sql as m014 } from './migrations/014-certificate-reminders.ts';
import { sql as m050 } from './migrations/050-notification-outbox.ts';
import { sql as m051 } from './migrations/051-audit-reads.ts';
import { sql as m052 } from './migrations/052-master-data-changes.ts';
import { sql as m053 } from './migrations/053-winter-master-data-changes.ts';
import { sql as m054 } from './migrations/054-erasure-rewrites-history.ts';
import { sql as m055 } from './migrations/055-documents.ts';
import { sql as m056 } from './migrations/056-winter-retention.ts';
import { sql as m057 } from './migrations/057-unapplied-payments.ts';
import { sql as m100 } from './migrations/100-bookings-schema.ts';
import { sql as m101 } from './migrations/101-reservation-slots.ts';
import { sql as m200 } from './migrations/200-culture-kids-schema.ts';
import { sql as m300 } from './migrations/300-assist-schema.ts';
import { sql as m350 } from './migrations/350-kiosk-schema.ts';

/** Numbered migrations in order; a level once released never changes, new levels are appended. */
export const MIGRATIONS: readonly { level: number; name: string; sql: string }[] = [
  { level: 1, name: '001-berths-schema', sql: m001 },
  { level: 2, name: '002-sync-and-auth', sql: m002 },
  { level: 3, name: '003-write-rule', sql: m003 },
  { level: 4, name: '004-login-throttle', sql: m004 },
  { level: 5, name: '005-customer-answer', sql: m005 },
  { level: 6, name: '006-scoped-grants', sql: m006 },
  { level: 7, name: '007-berth-orders', sql: m007 },
  { level: 8, name: '008-payments', sql: m008 },
  { level: 9, name: '009-berth-messages', sql: m009 },
  { level: 10, name: '010-winter-storage', sql: m010 },
  { level: 11, name: '011-winter-invoice-reminders', sql: m011 },
  { level: 12, name: '012-boat-certificates', sql: m012 },
  { level: 14, name: '014-certificate-reminders', sql: m014 },
  { level: 50, name: '050-notification-outbox', sql: m050 },
  { level: 51, name: '051-audit-reads', sql: m051 },
  { level: 52, name: '052-master-data-changes', sql: m052 },
  { level: 53, name: '053-winter-master-data-changes', sql: m053 },
  { level: 54, name: '054-erasure-rewrites-history', sql: m054 },
  { level: 55, name: '055-documents', sql: m055 },
  { level: 56, name: '056-winter-retention', sql: m056 },
  { level: 57, name: '057-unapplied-payments', sql: m057 },
  { level: 100, name: '100-bookings-schema', sql: m100 },
  { level: 101, name: '101-reservation-slots', sql: m101 },
  { level: 200, name: '200-culture-kids-schema', sql: m200 },
  { level: 300, name: '300-assist-schema', sql: m300 },
  { level: 350, name: '350-kiosk-schema', sql: m350 },
];

const LOCK_KEY = 74_210_001;

/** Applies the missing migrations, each in its own transaction. Safe with several processes. */
export async function migrate(db: Db): Promise<number> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    level int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  let applied = 0;
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE level = $1', [m.level]);
      if (seen.rowCount > 0 || seen.rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (level, name) VALUES ($1, $2)', [m.level, m.name]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}

/** An in-memory central's template with every migration applied, named for their text: any change builds a new one. */
export const MIGRATED_TEMPLATE: TemplateStage = {
  key: `migrated-${createHash('sha256')
    .update(MIGRATIONS.map((m) => `${m.level}\n${m.sql}`).join('\n'))
    .digest('hex')
    .slice(0, 16)}`,
  prepare: async (db) => {
    await migrate(wrapPglite(db));
  },
};
