import { z } from 'zod';
import type { Result } from './result.ts';
import type { EntityName } from './workspaces.ts';
import type { StaffUser } from './sync/protocol.ts';
import type { DownloadProgress } from './sync/download-progress.ts';
import { LoginRequest } from './sync/protocol.ts';
import { ApplicationStatus, IsoDate, Uuid } from './berths/entities.ts';
import { StorableText } from './text.ts';
import { GRID_VIEW_NAME_MAX } from './grid-views.ts';
import { CUSTOMER_CONTRACT_INPUTS as CU, type Customer360, type CustomerSearch } from './berths/customer-contract.ts';
import type { Application, ApplicationEvent, Lease, MooringType } from './berths/entities.ts';
import type { BerthOrder } from './berths/order-entity.ts';
import { EditOrderLinesPayload } from './berths/order-commands.ts';
import { Language, type Localized } from './languages.ts';
import { AllocationProposalInput, type AllocationProposalView } from './berths/allocation-contract.ts';
import type { ErrorCode } from './errors.ts';
import { MASTER_DATA_CONTRACT_INPUTS as MD, type HarbourMasterData, type PriceListsView } from './berths/master-data-contract.ts';
import { RENEWAL_CONTRACT_INPUTS as RN, type RenewalOverview } from './berths/renewal-contract.ts';
import { WINTER_CONTRACT_INPUTS as WS, type StickerLetterRow, type WinterApplicationDetail, type WinterApplicationList, type WinterAreasView, type WinterRenewalOverview } from './berths/winter-contract.ts';
import { MESSAGE_CONTRACT_INPUTS as MSG, type MessageReachView, type SentCustomerMessage } from './berths/message-contract.ts';
import { EditApplicationPayload } from './berths/application-edit-schema.ts';
import { LinkApplicationCustomerPayload } from './berths/application-link-schema.ts';
import { CreateLeaseInput } from './berths/lease-create-schema.ts';
import { GetOrderInput, type OrderDetail } from './berths/order-contract.ts';
import { BOAT_CERTIFICATE_CONTRACT_INPUTS as BC } from './berths/boat-certificate-contract.ts';
import { PAYMENT_ISSUE_CONTRACT_INPUTS as PI, type PaymentIssueRow } from './berths/payment-issue-contract.ts';
import { DOCUMENT_CONTRACT_INPUTS as DOC } from './documents/document-contract.ts';
import type { DocumentRef } from './documents/document.ts';
import {
  BOOKINGS_CONTRACT_INPUTS,
  type BookingUnitOption,
  type DayCalendar,
  type OccurrencePreviewView,
  type ReschedulePreview,
  type UnitSettings,
  type OpenRequests,
  type ReservationDetail,
  type ReservationList,
  type SlotAnswerView,
  type WeekCalendar,
} from './bookings/contract.ts';
import {
  CULTURE_KIDS_CONTRACT_INPUTS,
  type AttendeeList,
  type ChildDetail,
  type ChildPage,
  type CohortOption,
  type CohortProgram,
  type CohortReports,
  type MessageHistory,
  type RecipientCount,
  type TicketCheck,
  type TicketCodeStatus,
} from './culture-kids/contract.ts';
import {
  KIOSK_CONTRACT_INPUTS,
  type KioskAdminPinAnswer,
  type KioskCoreWipe,
  type KioskFleet,
  type KioskHome,
  type KioskRequestState,
  type KioskStatus,
  type KioskTicketState,
} from './kiosk/contract.ts';
import {
  ASSIST_CONTRACT_INPUTS,
  type AssistDashboard,
  type HelperCalendars,
  type QueueDisplay,
  type QueueView,
  type ServicePointOption,
  type SessionList,
} from './assist/contract.ts';

/**
 * The contract between the renderer and the backend (Electron IPC or the browser host).
 * Inputs are zod schemas checked on every side of every bridge; outputs are plain JSON.
 */

// ---------- view models (outputs) ----------

export interface SessionInfo {
  user: StaffUser | null;
  /** The name the signed-in user signs in with (null when not known): re-signing in is for them only. */
  username: string | null;
  mode: 'electron' | 'browser';
  centralUrl: string;
  /** Set when the signed-in user's local cache could not be opened at sign-in; null otherwise. */
  cacheNotice: CacheNotice | null;
  /** The signed-in user's screen is locked: nothing but unlocking or signing out is answered. */
  screenLocked: boolean;
  /** How long the app may stand unused before the screen locks (null: never, as at a kiosk). */
  idleLockMs: number | null;
}

/** The signed-in user's password, to open a locked screen. */
export const UnlockScreenInput = z.object({ password: LoginRequest.shape.password }).strict();

/**
 * The cache's key was missing or did not fit: the cache was set aside (renamed, never deleted, as
 * it may hold unsent commands) and the data is being downloaded again.
 */
export interface CacheNotice {
  reason: 'key_missing' | 'key_wrong';
  at: string;
  /** The set-aside file's name in the profile's cache folder, for support. */
  setAsideFile: string;
}

export interface SignOutResult extends SessionInfo {
  /**
   * The signed-out user's local data: removed, or kept because commands were still unsent (they
   * go out at their next sign-in). null when nobody was signed in.
   */
  localData: { removed: boolean; unsentCommands: number } | null;
}

/**
 * Who a window shows as signed in (null: the sign-in page). Every call from a window carries it,
 * and the core refuses a call whose window shows someone other than the signed-in user, so no
 * window ever acts under a name it does not show.
 */
export const Caller = z.object({ userId: z.string().min(1).max(200).nullable() }).strict();
export type Caller = z.infer<typeof Caller>;

export interface SyncStatus {
  /** Whose status this is (the core stamps it): a window ignores another user's status. */
  userId?: string | null;
  /**
   * Grows with every status the core hands out. Answers and events travel on different channels
   * and can overtake each other; a window keeps the newest and drops an older one that arrives late.
   */
  revision?: number;
  connection: 'online' | 'offline' | 'unknown';
  phase: 'idle' | 'pushing' | 'pulling' | 'bootstrapping';
  signedIn: boolean;
  /** The central no longer accepts the token: sign in again; queued work is kept. */
  authExpired: boolean;
  pendingCommands: number;
  openConflicts: number;
  lastSyncAt: string | null;
  lastError: { code: ErrorCode; message: string } | null;
  /**
   * While the first full download runs: rows received of the total the central announced, the
   * estimate of the time left, and `finishing` once every row is in (domain/sync/download-progress.ts).
   */
  bootstrap: DownloadProgress | null;
}

export interface HarbourOption {
  id: string;
  name: Localized;
  region: 'east' | 'west';
  berthCount: number;
}

export interface ApplicationRow {
  id: string;
  reference: string;
  kind: 'new' | 'switch';
  status: Application['status'];
  priority: Application['priority'];
  receivedAt: string;
  /** Position in the queue of pending applications (1 = next to serve), null when not pending. */
  queuePosition: number | null;
  applicantName: string;
  companyName: string | null;
  municipality: string;
  boatRegistration: string;
  boatName: string;
  boatWidth: number;
  boatLength: number;
  firstChoice: Localized | null;
  choiceCount: number;
  /** The season the application is for. */
  season: number;
  /** The offer's due date (YYYY-MM-DD) while an offer waits for the customer, else null. */
  offerDueDate: string | null;
  /** The offer waits past its due date (domain/berths/overdue.ts, today in Helsinki). */
  overdue: boolean;
  /** A command on this application waits for the central. */
  pending: boolean;
}

export interface ApplicationList {
  total: number;
  rows: ApplicationRow[];
  /** The season offers are made for today (what the season filter's 'current' means). */
  offerSeason: number;
}

export interface PendingCommandInfo {
  id: string;
  type: string;
  issuedAt: string;
}

export interface ApplicationDetail {
  application: Application;
  version: number;
  queuePosition: number | null;
  pendingCommands: PendingCommandInfo[];
  choices: { order: number; harbourId: string; name: Localized }[];
  switchDetails: {
    harbourName: Localized | null;
    pier: string | null;
    berthNumber: string | null;
    reason: Localized | null;
  } | null;
  offer: {
    lease: Lease;
    harbourName: Localized | null;
    pier: string | null;
    berthNumber: string | null;
    pending: boolean;
  } | null;
  /** Newest first. */
  history: ApplicationEvent[];
  customerKind: string | null;
  /** The customer the application belongs to as a person reads it (linkName), null when the cache lacks it. */
  customerName: string | null;
  /** The order of the offer in force, else of the latest offer; null before any order exists. */
  order: { order: BerthOrder; lease: Lease; pending: boolean } | null;
}

export interface BerthSuggestionRow {
  berthId: string;
  harbourId: string;
  harbourName: Localized;
  pier: string;
  number: string;
  width: number;
  length: number;
  mooringType: MooringType;
  choiceOrder: number;
  shorterThanBoat: boolean;
  spareWidth: number;
  priceCents: number | null;
}

/** How a harbour's berths stand for one season (berths.cases.read roles only). */
export interface HarbourOccupancyCounts {
  free: number;
  /** Drafted or offered, waiting for the customer. */
  offered: number;
  leased: number;
  /** Held by last season's paid lease until it is renewed or ended. */
  renewal: number;
}

export interface HarbourOverviewRow {
  id: string;
  name: Localized;
  region: 'east' | 'west';
  pierCount: number;
  berthCount: number;
  activeBerths: number;
  inactiveBerths: number;
  /** Largest berth in use (metres); null when no berth is in use. */
  maxWidth: number | null;
  maxLength: number | null;
  /** null when the caller's roles may not read cases (harbour services). */
  occupancy: HarbourOccupancyCounts | null;
}

export interface HarbourOverview {
  season: number;
  includesOccupancy: boolean;
  /** In Finnish alphabetical order. */
  harbours: HarbourOverviewRow[];
}

export type BerthOccupancyReason = 'free' | 'offered' | 'leased' | 'renewal' | 'inactive';

export interface HarbourBerthRow {
  id: string;
  pierId: string;
  pier: string;
  number: string;
  width: number;
  length: number;
  mooringType: MooringType;
  isActive: boolean;
  /** null when the caller's roles may not read cases. */
  occupancy: BerthOccupancyReason | null;
}

export interface HarbourBerths {
  harbourId: string;
  season: number;
  includesOccupancy: boolean;
  /** By pier, then berth number, both in natural order (2 before 10). */
  berths: HarbourBerthRow[];
}

export interface ConflictItem {
  /** The rejected command's id. */
  id: string;
  commandType: string;
  status: 'conflict' | 'rejected';
  code: ErrorCode;
  message: string;
  applicationId: string | null;
  applicationReference: string | null;
  /** The server's state at the time of the refusal. */
  current: unknown;
  payload: unknown;
  createdAt: string;
}

export interface CommandAccepted {
  commandId: string;
  status: 'pending';
}

/** Each command of a `commands.queueMany`, in the order given: queued, or refused as it alone would be. */
export interface QueuedMany {
  results: Result<CommandAccepted>[];
}

// ---------- inputs ----------

const Empty = z.object({}).strict();

export const ApplicationFilter = z.object({
  statuses: z.array(ApplicationStatus).max(10).optional(),
  kind: z.enum(['new', 'switch']).optional(),
  harbourId: Uuid.optional(),
  text: StorableText.trim().max(200).optional(),
  /** One season's applications; 'current' = the season offers are made for today; absent or 'all' = every season. */
  season: z.union([z.number().int().min(2000).max(2100), z.enum(['current', 'all'])]).optional(),
  /** Offers past their due date only. */
  overdue: z.boolean().optional(),
});
export type ApplicationFilter = z.infer<typeof ApplicationFilter>;

export const APPLICATION_SORT_COLUMNS = ['queue', 'reference', 'receivedAt', 'applicantName', 'boatWidth', 'boatLength', 'status', 'season'] as const;

export const ListApplicationsInput = z.object({
  filter: ApplicationFilter.default({}),
  sort: z
    .object({ column: z.enum(APPLICATION_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'queue', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type ListApplicationsInput = z.input<typeof ListApplicationsInput>;

const ById = z.object({ id: Uuid });

/**
 * At most this many commands in one `commands.queueMany`: a bulk screen sends its list in calls of
 * this size, so the progress it shows moves between them.
 */
export const QUEUE_MANY_MAX = 25;
/** Many commands of one kind, each decided as if alone, queued in one durable write. */
const QueueManyInput = z.object({ method: z.string().max(80), inputs: z.array(z.unknown()).min(1).max(QUEUE_MANY_MAX) }).strict();
const ByApplication = z.object({ applicationId: Uuid });

/** Without a season the core uses the season offers are made for today. */
const Season = z.number().int().min(2000).max(2100);
export const HarbourOverviewInput = z.object({ season: Season.optional() }).strict();
export const ListBerthsInput = z.object({ harbourId: Uuid, season: Season.optional() }).strict();

export const OfferBerthInput = z.object({
  applicationId: Uuid,
  berthId: Uuid,
  dueDate: IsoDate.optional(),
  acceptShorter: z.boolean().default(false),
});
export const WithdrawOfferInput = z.object({ applicationId: Uuid, leaseId: Uuid, reason: StorableText.max(2000).default('') });
export const RecordOfferAnswerInput = z.object({ applicationId: Uuid, leaseId: Uuid, answer: z.enum(['accepted', 'declined']) });
export const AddNoteInput = z.object({ applicationId: Uuid, note: StorableText.trim().min(1).max(2000) });
/** Without a due date the core gives the default: 14 days from sending. */
export const ResendOfferInput = z.object({ orderId: Uuid, dueDate: IsoDate.optional() });
export const ByOrder = z.object({ orderId: Uuid });
export const TerminateLeaseInput = z.object({ leaseId: Uuid, endDate: IsoDate });

// ---------- files (exports and printouts; the core writes them into the user's exports folder) ----------

/** A file the core made: `<stem>-<yyyymmdd>-<hhmmss>-<8 hex>.<ext>`, nothing else is ever served or saved. */
export const EXPORTED_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{8}-\d{6}-[0-9a-f]{8}\.(?:xlsx|pdf|json|jpg|png)$/;
/** The browser host serves a made file once at this path + its name, to the user it was made for. */
export const HOST_DOWNLOAD_PATH = '/files/';
/** Which user the downloading window shows (a download is a plain GET, it carries no caller body). */
export const HOST_USER_HEADER = 'x-kuva-user';
const FileName = z.string().max(120).regex(EXPORTED_FILE_NAME, 'not a file name the app made');
const FileSpecId = z.string().max(80).regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/, 'like "berths.applications"');
const FileRequest = {
  language: Language,
  /** The export's own input (a grid's filter and sort, a harbour); its schema is checked by the export. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Why the data leaves the app; exports of personal data may require it. */
  purpose: StorableText.trim().max(500).optional(),
};
export const ExportXlsxInput = z.object({ exportId: FileSpecId, ...FileRequest }).strict();
export const PrintPdfInput = z.object({ documentId: FileSpecId, ...FileRequest }).strict();
export const SaveFileInput = z.object({ name: FileName }).strict();

export interface ExportedFile {
  /** The file's name in the user's exports folder: what a download or the save dialog asks for. */
  name: string;
  size: number;
  /** Data rows written. */
  rows: number;
  mediaType: string;
}

// ---------- the demo mail catcher (every workspace's messages) ----------

/** A message the central's demo catcher kept instead of sending (demo mode only). */
export interface CaughtMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  caughtAt: string;
}

// ---------- saved grid views (every workspace's grids) ----------

/** A grid's id, e.g. `berths.applications`: one set of views per grid per user. */
export const GridId = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){0,3}$/).max(64);
const ColId = z.string().min(1).max(64);
/** Only scalar filter values and short lists: a view's filter is what the workspace's filter bar holds. */
const FilterValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null(), z.array(z.string().max(64)).max(20)]);
export const GridViewState = z
  .object({
    /** In display order; what is not listed keeps its default. */
    columns: z
      .array(
        z
          .object({
            colId: ColId,
            hide: z.boolean(),
            width: z.number().int().min(20).max(2000).optional(),
          })
          .strict(),
      )
      .max(60),
    sort: z.array(z.object({ colId: ColId, sort: z.enum(['asc', 'desc']) }).strict()).max(5),
    filter: z.record(z.string().max(40), FilterValue).refine((f) => Object.keys(f).length <= 20, 'at most 20 filter fields'),
  })
  .strict();
export type GridViewState = z.infer<typeof GridViewState>;
export const GridViewName = StorableText.trim().min(1).max(GRID_VIEW_NAME_MAX);

export interface SavedGridView {
  name: string;
  state: GridViewState;
  savedAt: string;
}
export interface GridViews {
  /** The columns (and sort) the user left the grid with; null = the grid's defaults. */
  current: GridViewState | null;
  views: SavedGridView[];
  /** The preferences file could not be read and was set aside under this name (this answer only). */
  setAside: string | null;
}

const BK = BOOKINGS_CONTRACT_INPUTS;
const CK = CULTURE_KIDS_CONTRACT_INPUTS;
const KI = KIOSK_CONTRACT_INPUTS;
const AS = ASSIST_CONTRACT_INPUTS;

/** Phantom type carrier: outputs are typed, not parsed (they come from our own code). */
const out = <T>() => z.custom<T>(() => true);

export const CONTRACT = {
  'session.get': { kind: 'query', input: Empty, output: out<SessionInfo>() },
  'session.login': { kind: 'query', input: LoginRequest, output: out<SessionInfo>() },
  'session.logout': { kind: 'query', input: Empty, output: out<SignOutResult>() },
  /** The user is at the window (throttled by the window): the idle time starts again. */
  'session.activity': { kind: 'query', input: Empty, output: out<{ screenLocked: boolean }>() },
  'session.lockScreen': { kind: 'query', input: Empty, output: out<SessionInfo>() },
  'session.unlockScreen': { kind: 'query', input: UnlockScreenInput, output: out<SessionInfo>() },
  'sync.status': { kind: 'query', input: Empty, output: out<SyncStatus>() },
  'sync.now': { kind: 'query', input: Empty, output: out<SyncStatus>() },
  'conflicts.list': { kind: 'query', input: Empty, output: out<ConflictItem[]>() },
  'conflicts.dismiss': { kind: 'query', input: ById, output: out<{ dismissed: true }>() },
  'commands.queueMany': { kind: 'query', input: QueueManyInput, output: out<QueuedMany>() },
  'berths.listHarbours': { kind: 'query', input: Empty, output: out<HarbourOption[]>() },
  'berths.listApplications': { kind: 'query', input: ListApplicationsInput, output: out<ApplicationList>() },
  'berths.getApplication': { kind: 'query', input: ById, output: out<ApplicationDetail>() },
  'berths.suggestBerths': { kind: 'query', input: ByApplication, output: out<BerthSuggestionRow[]>() },
  'berths.harbourOverview': { kind: 'query', input: HarbourOverviewInput, output: out<HarbourOverview>() },
  'berths.listBerths': { kind: 'query', input: ListBerthsInput, output: out<HarbourBerths>() },
  'berths.allocationProposal': { kind: 'query', input: AllocationProposalInput, output: out<AllocationProposalView>() },
  'berths.searchCustomers': { kind: 'query', input: CU['berths.searchCustomers'], output: out<CustomerSearch>() },
  'berths.getCustomer': { kind: 'query', input: CU['berths.getCustomer'], output: out<Customer360>() },
  'berths.customerGdprExport': { kind: 'query', input: CU['berths.customerGdprExport'], output: out<ExportedFile>() },
  'berths.eraseCustomer': { kind: 'command', input: CU['berths.eraseCustomer'], output: out<CommandAccepted>() },
  'berths.offerBerth': { kind: 'command', input: OfferBerthInput, output: out<CommandAccepted>() },
  'berths.withdrawOffer': { kind: 'command', input: WithdrawOfferInput, output: out<CommandAccepted>() },
  'berths.recordOfferAnswer': { kind: 'command', input: RecordOfferAnswerInput, output: out<CommandAccepted>() },
  'berths.markNoSuitableBerth': { kind: 'command', input: ByApplication, output: out<CommandAccepted>() },
  'berths.extendApplication': { kind: 'command', input: ByApplication, output: out<CommandAccepted>() },
  'berths.returnToQueue': { kind: 'command', input: ByApplication, output: out<CommandAccepted>() },
  'berths.addNote': { kind: 'command', input: AddNoteInput, output: out<CommandAccepted>() },
  'berths.editApplication': { kind: 'command', input: EditApplicationPayload, output: out<CommandAccepted>() },
  'berths.createLease': { kind: 'command', input: CreateLeaseInput, output: out<CommandAccepted>() },
  'berths.linkApplicationCustomer': { kind: 'command', input: LinkApplicationCustomerPayload, output: out<CommandAccepted>() },
  'berths.addBoatCertificate': { kind: 'command', input: BC['berths.addBoatCertificate'], output: out<CommandAccepted>() },
  'berths.editBoatCertificate': { kind: 'command', input: BC['berths.editBoatCertificate'], output: out<CommandAccepted>() },
  'berths.removeBoatCertificate': { kind: 'command', input: BC['berths.removeBoatCertificate'], output: out<CommandAccepted>() },
  'berths.listPaymentIssues': { kind: 'query', input: PI['berths.listPaymentIssues'], output: out<PaymentIssueRow[]>() },
  'berths.markPaymentRefunded': { kind: 'command', input: PI['berths.markPaymentRefunded'], output: out<CommandAccepted>() },
  'berths.harbourMasterData': { kind: 'query', input: MD['berths.harbourMasterData'], output: out<HarbourMasterData>() },
  'berths.priceLists': { kind: 'query', input: MD['berths.priceLists'], output: out<PriceListsView>() },
  'berths.editHarbour': { kind: 'command', input: MD['berths.editHarbour'], output: out<CommandAccepted>() },
  'berths.editPier': { kind: 'command', input: MD['berths.editPier'], output: out<CommandAccepted>() },
  'berths.editBerth': { kind: 'command', input: MD['berths.editBerth'], output: out<CommandAccepted>() },
  'berths.addBerth': { kind: 'command', input: MD['berths.addBerth'], output: out<CommandAccepted>() },
  'berths.addPier': { kind: 'command', input: MD['berths.addPier'], output: out<CommandAccepted>() },
  'berths.savePriceList': { kind: 'command', input: MD['berths.savePriceList'], output: out<CommandAccepted>() },
  'berths.renewalOverview': { kind: 'query', input: RN['berths.renewalOverview'], output: out<RenewalOverview>() },
  'berths.renewLease': { kind: 'command', input: RN['berths.renewLease'], output: out<CommandAccepted>() },
  'berths.editCustomerContact': { kind: 'command', input: RN['berths.editCustomerContact'], output: out<CommandAccepted>() },
  'berths.messageReach': { kind: 'query', input: MSG['berths.messageReach'], output: out<MessageReachView>() },
  'berths.sendCustomerMessage': { kind: 'command', input: MSG['berths.sendCustomerMessage'], output: out<CommandAccepted>() },
  'berths.customerMessages': { kind: 'query', input: MSG['berths.customerMessages'], output: out<SentCustomerMessage[]>() },
  'berths.winterApplications': { kind: 'query', input: WS['berths.winterApplications'], output: out<WinterApplicationList>() },
  'berths.winterApplication': { kind: 'query', input: WS['berths.winterApplication'], output: out<WinterApplicationDetail>() },
  'berths.stickerLetters': { kind: 'query', input: WS['berths.stickerLetters'], output: out<StickerLetterRow[]>() },
  'berths.createWinterLease': { kind: 'command', input: WS['berths.createWinterLease'], output: out<CommandAccepted>() },
  'berths.sendWinterInvoice': { kind: 'command', input: WS['berths.sendWinterInvoice'], output: out<CommandAccepted>() },
  'berths.markWinterInvoicePaid': { kind: 'command', input: WS['berths.markWinterInvoicePaid'], output: out<CommandAccepted>() },
  'berths.reassignWinterSticker': { kind: 'command', input: WS['berths.reassignWinterSticker'], output: out<CommandAccepted>() },
  'berths.setWinterStickerPosted': { kind: 'command', input: WS['berths.setWinterStickerPosted'], output: out<CommandAccepted>() },
  'berths.terminateWinterLease': { kind: 'command', input: WS['berths.terminateWinterLease'], output: out<CommandAccepted>() },
  'berths.renewWinterLease': { kind: 'command', input: WS['berths.renewWinterLease'], output: out<CommandAccepted>() },
  'berths.winterRenewalOverview': { kind: 'query', input: WS['berths.winterRenewalOverview'], output: out<WinterRenewalOverview>() },
  'berths.winterAreas': { kind: 'query', input: WS['berths.winterAreas'], output: out<WinterAreasView>() },
  'berths.editWinterArea': { kind: 'command', input: WS['berths.editWinterArea'], output: out<CommandAccepted>() },
  'berths.editWinterSection': { kind: 'command', input: WS['berths.editWinterSection'], output: out<CommandAccepted>() },
  'berths.editWinterPlace': { kind: 'command', input: WS['berths.editWinterPlace'], output: out<CommandAccepted>() },
  'berths.addWinterPlace': { kind: 'command', input: WS['berths.addWinterPlace'], output: out<CommandAccepted>() },
  'berths.addWinterSection': { kind: 'command', input: WS['berths.addWinterSection'], output: out<CommandAccepted>() },
  'berths.resendOffer': { kind: 'command', input: ResendOfferInput, output: out<CommandAccepted>() },
  'berths.editOrderLines': { kind: 'command', input: EditOrderLinesPayload, output: out<CommandAccepted>() },
  'berths.markOrderPaidElsewhere': { kind: 'command', input: ByOrder, output: out<CommandAccepted>() },
  'berths.cancelOrder': { kind: 'command', input: ByOrder, output: out<CommandAccepted>() },
  'berths.refundOrder': { kind: 'command', input: ByOrder, output: out<CommandAccepted>() },
  'berths.terminateLease': { kind: 'command', input: TerminateLeaseInput, output: out<CommandAccepted>() },
  'berths.getOrder': { kind: 'query', input: GetOrderInput, output: out<OrderDetail>() },
  'files.exportXlsx': { kind: 'query', input: ExportXlsxInput, output: out<ExportedFile>() },
  'files.printPdf': { kind: 'query', input: PrintPdfInput, output: out<ExportedFile>() },
  /** Electron only: the shell asks where to save a made file and moves it there (false: cancelled). */
  'files.saveAs': { kind: 'query', input: SaveFileInput, output: out<{ saved: boolean }>() },
  /** Keeps a scan in the cache until the sync uploads it (domain/documents); works offline. */
  'documents.attach': { kind: 'query', input: DOC['documents.attach'], output: out<DocumentRef>() },
  /** A document as a made file: from the cache, else fetched from the central (which audits the read). */
  'documents.open': { kind: 'query', input: DOC['documents.open'], output: out<ExportedFile>() },
  'gridViews.list': { kind: 'query', input: z.object({ gridId: GridId }).strict(), output: out<GridViews>() },
  'gridViews.keep': { kind: 'query', input: z.object({ gridId: GridId, state: GridViewState }).strict(), output: out<GridViews>() },
  'gridViews.save': { kind: 'query', input: z.object({ gridId: GridId, name: GridViewName, state: GridViewState }).strict(), output: out<GridViews>() },
  'gridViews.rename': { kind: 'query', input: z.object({ gridId: GridId, name: GridViewName, newName: GridViewName }).strict(), output: out<GridViews>() },
  'notifications.caught': { kind: 'query', input: Empty, output: out<CaughtMessage[]>() },
  'bookings.listUnits': { kind: 'query', input: BK['bookings.listUnits'], output: out<BookingUnitOption[]>() },
  'bookings.openRequests': { kind: 'query', input: BK['bookings.openRequests'], output: out<OpenRequests>() },
  'bookings.listReservations': { kind: 'query', input: BK['bookings.listReservations'], output: out<ReservationList>() },
  'bookings.getReservation': { kind: 'query', input: BK['bookings.getReservation'], output: out<ReservationDetail>() },
  'bookings.dayCalendar': { kind: 'query', input: BK['bookings.dayCalendar'], output: out<DayCalendar>() },
  'bookings.weekCalendar': { kind: 'query', input: BK['bookings.weekCalendar'], output: out<WeekCalendar>() },
  'bookings.checkSlot': { kind: 'query', input: BK['bookings.checkSlot'], output: out<SlotAnswerView>() },
  'bookings.previewSeries': { kind: 'query', input: BK['bookings.previewSeries'], output: out<OccurrencePreviewView[]>() },
  'bookings.previewReschedule': { kind: 'query', input: BK['bookings.previewReschedule'], output: out<ReschedulePreview>() },
  'bookings.unitSettings': { kind: 'query', input: BK['bookings.unitSettings'], output: out<UnitSettings>() },
  'bookings.approveReservation': { kind: 'command', input: BK['bookings.approveReservation'], output: out<CommandAccepted>() },
  'bookings.denyReservation': { kind: 'command', input: BK['bookings.denyReservation'], output: out<CommandAccepted>() },
  'bookings.returnToHandling': { kind: 'command', input: BK['bookings.returnToHandling'], output: out<CommandAccepted>() },
  'bookings.cancelReservation': { kind: 'command', input: BK['bookings.cancelReservation'], output: out<CommandAccepted>() },
  'bookings.createStaffReservation': { kind: 'command', input: BK['bookings.createStaffReservation'], output: out<CommandAccepted>() },
  'bookings.createSeries': { kind: 'command', input: BK['bookings.createSeries'], output: out<CommandAccepted>() },
  'bookings.endSeries': { kind: 'command', input: BK['bookings.endSeries'], output: out<CommandAccepted>() },
  'bookings.rescheduleSeries': { kind: 'command', input: BK['bookings.rescheduleSeries'], output: out<CommandAccepted>() },
  'bookings.setPrices': { kind: 'command', input: BK['bookings.setPrices'], output: out<CommandAccepted>() },
  'bookings.setUnitRules': { kind: 'command', input: BK['bookings.setUnitRules'], output: out<CommandAccepted>() },
  'cultureKids.listCohorts': { kind: 'query', input: CK['cultureKids.listCohorts'], output: out<CohortOption[]>() },
  'cultureKids.searchChildren': { kind: 'query', input: CK['cultureKids.searchChildren'], output: out<ChildPage>() },
  'cultureKids.getChild': { kind: 'query', input: CK['cultureKids.getChild'], output: out<ChildDetail>() },
  'cultureKids.program': { kind: 'query', input: CK['cultureKids.program'], output: out<CohortProgram>() },
  'cultureKids.attendees': { kind: 'query', input: CK['cultureKids.attendees'], output: out<AttendeeList>() },
  'cultureKids.verifyTicket': { kind: 'query', input: CK['cultureKids.verifyTicket'], output: out<TicketCheck>() },
  'cultureKids.recipientCount': { kind: 'query', input: CK['cultureKids.recipientCount'], output: out<RecipientCount>() },
  'cultureKids.listMessages': { kind: 'query', input: CK['cultureKids.listMessages'], output: out<MessageHistory>() },
  'cultureKids.ticketCodes': { kind: 'query', input: CK['cultureKids.ticketCodes'], output: out<TicketCodeStatus[]>() },
  'cultureKids.reports': { kind: 'query', input: CK['cultureKids.reports'], output: out<CohortReports>() },
  'cultureKids.gdprExport': { kind: 'query', input: CK['cultureKids.gdprExport'], output: out<ExportedFile>() },
  'cultureKids.enrol': { kind: 'command', input: CK['cultureKids.enrol'], output: out<CommandAccepted>() },
  'cultureKids.cancelEnrolment': { kind: 'command', input: CK['cultureKids.cancelEnrolment'], output: out<CommandAccepted>() },
  'cultureKids.moveEnrolment': { kind: 'command', input: CK['cultureKids.moveEnrolment'], output: out<CommandAccepted>() },
  'cultureKids.subscribeFreeSpot': { kind: 'command', input: CK['cultureKids.subscribeFreeSpot'], output: out<CommandAccepted>() },
  'cultureKids.unsubscribeFreeSpot': { kind: 'command', input: CK['cultureKids.unsubscribeFreeSpot'], output: out<CommandAccepted>() },
  'cultureKids.unsubscribeAll': { kind: 'command', input: CK['cultureKids.unsubscribeAll'], output: out<CommandAccepted>() },
  'cultureKids.markAttendance': { kind: 'command', input: CK['cultureKids.markAttendance'], output: out<CommandAccepted>() },
  'cultureKids.markAttendanceBulk': { kind: 'command', input: CK['cultureKids.markAttendanceBulk'], output: out<CommandAccepted>() },
  'cultureKids.publishEvent': { kind: 'command', input: CK['cultureKids.publishEvent'], output: out<CommandAccepted>() },
  'cultureKids.publishGroup': { kind: 'command', input: CK['cultureKids.publishGroup'], output: out<CommandAccepted>() },
  'cultureKids.importTicketCodes': { kind: 'command', input: CK['cultureKids.importTicketCodes'], output: out<CommandAccepted>() },
  'cultureKids.eraseChild': { kind: 'command', input: CK['cultureKids.eraseChild'], output: out<CommandAccepted>() },
  'cultureKids.createVenue': { kind: 'command', input: CK['cultureKids.createVenue'], output: out<CommandAccepted>() },
  'cultureKids.updateVenue': { kind: 'command', input: CK['cultureKids.updateVenue'], output: out<CommandAccepted>() },
  'cultureKids.copyVenues': { kind: 'command', input: CK['cultureKids.copyVenues'], output: out<CommandAccepted>() },
  'cultureKids.createEventGroup': { kind: 'command', input: CK['cultureKids.createEventGroup'], output: out<CommandAccepted>() },
  'cultureKids.updateEventGroup': { kind: 'command', input: CK['cultureKids.updateEventGroup'], output: out<CommandAccepted>() },
  'cultureKids.createEvent': { kind: 'command', input: CK['cultureKids.createEvent'], output: out<CommandAccepted>() },
  'cultureKids.updateEvent': { kind: 'command', input: CK['cultureKids.updateEvent'], output: out<CommandAccepted>() },
  'cultureKids.setEventReady': { kind: 'command', input: CK['cultureKids.setEventReady'], output: out<CommandAccepted>() },
  'cultureKids.createOccurrence': { kind: 'command', input: CK['cultureKids.createOccurrence'], output: out<CommandAccepted>() },
  'cultureKids.updateOccurrence': { kind: 'command', input: CK['cultureKids.updateOccurrence'], output: out<CommandAccepted>() },
  'cultureKids.cancelOccurrence': { kind: 'command', input: CK['cultureKids.cancelOccurrence'], output: out<CommandAccepted>() },
  'cultureKids.sendMessage': { kind: 'command', input: CK['cultureKids.sendMessage'], output: out<CommandAccepted>() },
  'assist.listServicePoints': { kind: 'query', input: AS['assist.listServicePoints'], output: out<ServicePointOption[]>() },
  'assist.queue': { kind: 'query', input: AS['assist.queue'], output: out<QueueView>() },
  'assist.queueDisplay': { kind: 'query', input: AS['assist.queueDisplay'], output: out<QueueDisplay>() },
  'assist.listSessions': { kind: 'query', input: AS['assist.listSessions'], output: out<SessionList>() },
  'assist.helperCalendars': { kind: 'query', input: AS['assist.helperCalendars'], output: out<HelperCalendars>() },
  'assist.dashboard': { kind: 'query', input: AS['assist.dashboard'], output: out<AssistDashboard>() },
  'assist.issueTicket': { kind: 'command', input: AS['assist.issueTicket'], output: out<CommandAccepted>() },
  'assist.callNext': { kind: 'command', input: AS['assist.callNext'], output: out<CommandAccepted>() },
  'assist.recallTicket': { kind: 'command', input: AS['assist.recallTicket'], output: out<CommandAccepted>() },
  'assist.transferTicket': { kind: 'command', input: AS['assist.transferTicket'], output: out<CommandAccepted>() },
  'assist.markNoShow': { kind: 'command', input: AS['assist.markNoShow'], output: out<CommandAccepted>() },
  'assist.startService': { kind: 'command', input: AS['assist.startService'], output: out<CommandAccepted>() },
  'assist.finishService': { kind: 'command', input: AS['assist.finishService'], output: out<CommandAccepted>() },
  'assist.logSession': { kind: 'command', input: AS['assist.logSession'], output: out<CommandAccepted>() },
  'assist.logSessionsBulk': { kind: 'command', input: AS['assist.logSessionsBulk'], output: out<CommandAccepted>() },
  'assist.bookAppointment': { kind: 'command', input: AS['assist.bookAppointment'], output: out<CommandAccepted>() },
  'assist.openHelperHours': { kind: 'command', input: AS['assist.openHelperHours'], output: out<CommandAccepted>() },
  'assist.closeHelperHours': { kind: 'command', input: AS['assist.closeHelperHours'], output: out<CommandAccepted>() },
  'assist.cancelAppointment': { kind: 'command', input: AS['assist.cancelAppointment'], output: out<CommandAccepted>() },
  'assist.markAppointmentNoShow': { kind: 'command', input: AS['assist.markAppointmentNoShow'], output: out<CommandAccepted>() },
  'assist.requestHelp': { kind: 'command', input: AS['assist.requestHelp'], output: out<CommandAccepted>() },
  'assist.answerHelpRequest': { kind: 'command', input: AS['assist.answerHelpRequest'], output: out<CommandAccepted>() },
  'gridViews.remove': { kind: 'query', input: z.object({ gridId: GridId, name: GridViewName }).strict(), output: out<GridViews>() },
  'kiosk.home': { kind: 'query', input: KI['kiosk.home'], output: out<KioskHome>() },
  'kiosk.ticket': { kind: 'query', input: KI['kiosk.ticket'], output: out<KioskTicketState>() },
  'kiosk.request': { kind: 'query', input: KI['kiosk.request'], output: out<KioskRequestState>() },
  'kiosk.wipeCustomer': { kind: 'query', input: KI['kiosk.wipeCustomer'], output: out<KioskCoreWipe>() },
  'kiosk.status': { kind: 'query', input: KI['kiosk.status'], output: out<KioskStatus>() },
  'kiosk.report': { kind: 'query', input: KI['kiosk.report'], output: out<KioskStatus>() },
  'kiosk.checkAdminPin': { kind: 'query', input: KI['kiosk.checkAdminPin'], output: out<KioskAdminPinAnswer>() },
  'kiosk.fleet': { kind: 'query', input: KI['kiosk.fleet'], output: out<KioskFleet>() },
  'kiosk.requestRestart': { kind: 'command', input: KI['kiosk.requestRestart'], output: out<CommandAccepted>() },
  'kiosk.setSchedule': { kind: 'command', input: KI['kiosk.setSchedule'], output: out<CommandAccepted>() },
  'bookings.requestReservation': { kind: 'command', input: KI['bookings.requestReservation'], output: out<CommandAccepted>() },
} as const;

export type Method = keyof typeof CONTRACT;
export type Input<M extends Method> = z.input<(typeof CONTRACT)[M]['input']>;
export type ParsedInput<M extends Method> = z.output<(typeof CONTRACT)[M]['input']>;
export type Output<M extends Method> = z.output<(typeof CONTRACT)[M]['output']>;

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.hasOwn(CONTRACT, value);
}

// ---------- events (backend -> renderer) ----------

/** The user a signed-in user's event is about; the core stamps it, so other windows can ignore it. */
interface ForUser {
  userId?: string | null;
}

export type CoreEvent =
  | { type: 'sync.status'; status: SyncStatus }
  | ({ type: 'changed'; entities: EntityName[] } & ForUser)
  | ({
      type: 'command.settled';
      commandId: string;
      commandType: string;
      status: 'applied' | 'rejected' | 'conflict';
      code?: ErrorCode;
      message?: string;
    } & ForUser)
  /** A kiosk's staff asked for a restart: the kiosk restarts once no customer is in (attract). */
  | ({ type: 'kiosk.restartRequested' } & ForUser)
  /** Someone signed in or out: every window that shows another user locks at once. */
  | { type: 'session.changed'; user: StaffUser | null }
  /** The signed-in user's screen locked (idle, or asked) or was opened again: every window of theirs follows. */
  | ({ type: 'session.screenLock'; locked: boolean } & ForUser)
  /**
   * From the browser bridge itself, never from the core: the window lost its host (the stream fell
   * silent or could not be reopened), or reached it again (`resumed`: events may have been missed).
   */
  | { type: 'host.connection'; state: 'lost'; reason: 'unreachable' | 'key_rejected' }
  | { type: 'host.connection'; state: 'connected'; resumed: boolean };

/** What `window.kuva` offers the renderer, whichever host is behind it. */
export interface KuvaApi {
  /** `caller`: who the calling window shows; bridges require it, in-process callers may leave it out. */
  invoke<M extends Method>(method: M, input: Input<M>, caller?: Caller): Promise<Result<Output<M>>>;
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

/**
 * The window a call comes from, as a bridge receives it. Only `session.get` may come without one
 * (a page that has not yet learnt who is signed in).
 */
export function parseCaller(method: Method, raw: unknown): Result<Caller | undefined> {
  if (raw === undefined && method === 'session.get') return { ok: true, value: undefined };
  const parsed = Caller.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad_request', message: `A call must say which user its window shows ({ userId }): ${z.prettifyError(parsed.error)}` } };
  }
  return { ok: true, value: parsed.data };
}

/** Validates a raw call at a bridge. Unknown methods and bad inputs become errors, never throws. */
export function parseCall(method: unknown, input: unknown): Result<{ method: Method; input: unknown }> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${String(method).slice(0, 80)}.` } };
  }
  const parsed = CONTRACT[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    // A text over its limit is something the user typed, so it gets its own code to be told from.
    const tooLong = parsed.error.issues.every((i) => i.code === 'too_big' && i.origin === 'string');
    return { ok: false, error: { code: tooLong ? 'text_too_long' : 'bad_request', message: z.prettifyError(parsed.error) } };
  }
  return { ok: true, value: { method, input: parsed.data } };
}
