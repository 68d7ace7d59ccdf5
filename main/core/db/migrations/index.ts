import { sql as initial } from './001-initial.ts';
import { sql as bootstrapIndexes } from './002-bootstrap-indexes.ts';
import { sql as seasonDueAddress } from './003-season-due-address.ts';
import { sql as bookings } from './004-bookings.ts';
import { sql as cultureKids } from './005-culture-kids.ts';
import { sql as assist } from './006-assist.ts';
import { sql as kiosk } from './007-kiosk.ts';
import { sql as berthOrders } from './008-berth-orders.ts';
import { sql as customerSearch } from './009-customer-search.ts';
import { sql as berthMessages } from './010-berth-messages.ts';
import { sql as winterStorage } from './011-winter-storage.ts';
import { sql as applicationKind } from './012-application-kind.ts';
import { sql as boatCertificates } from './013-boat-certificates.ts';
import { sql as outboxPuts } from './014-outbox-puts.ts';
import { sql as documents } from './015-documents.ts';
import { sql as paymentIssues } from './016-payment-issues.ts';
import { sql as searchWithoutPrefixIndexes } from './017-search-without-prefix-indexes.ts';
import { sql as applicationChoiceByRowid } from './018-application-choice-by-rowid.ts';

export interface Migration {
  level: number;
  sql: string;
}

/** Applied in order at open, all pending ones in one transaction; PRAGMA user_version = last level. */
export const MIGRATIONS: readonly Migration[] = [
  { level: 1, sql: initial },
  { level: 2, sql: bootstrapIndexes },
  { level: 3, sql: seasonDueAddress },
  { level: 4, sql: bookings },
  { level: 5, sql: cultureKids },
  { level: 6, sql: assist },
  { level: 7, sql: kiosk },
  { level: 8, sql: berthOrders },
  { level: 9, sql: customerSearch },
  { level: 10, sql: berthMessages },
  { level: 11, sql: winterStorage },
  { level: 12, sql: applicationKind },
  { level: 13, sql: boatCertificates },
  { level: 14, sql: outboxPuts },
  { level: 15, sql: documents },
  { level: 16, sql: paymentIssues },
  { level: 17, sql: searchWithoutPrefixIndexes },
  { level: 18, sql: applicationChoiceByRowid },
];
