/**
 * Staff roles. The berth roles mirror the city's AD groups for the berth service
 * (sg_kuva_ad-tunnistamo_venepaikka_*) and hold city-wide. The booking roles are granted per unit
 * or per unit group (brief space-bookings 5.1); a booking role granted without a unit holds for
 * every unit. The Culture Kids roles are kukkuu's per-project permissions (brief culture-kids 5),
 * one role each so that each is granted on its own, per cohort. A permission is a capability; a
 * sync scope is a slice of data a role may receive.
 */
export const ROLES = [
  'berth_services',
  'berth_handler',
  'berth_supervisor',
  'harbour_services',
  'kiosk',
  'booking_admin',
  'booking_handler',
  'booking_viewer',
  'booking_reserver',
  'culture_kids_admin',
  'culture_kids_publisher',
  'culture_kids_group_manager',
  'culture_kids_messenger',
  'culture_kids_family_viewer',
  'assist_helper',
  'assist_volunteer',
  'assist_supervisor',
] as const;
export type Role = (typeof ROLES)[number];

export const BOOKING_ROLES = ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'] as const satisfies readonly Role[];
export const CULTURE_KIDS_ROLES = [
  'culture_kids_admin',
  'culture_kids_publisher',
  'culture_kids_group_manager',
  'culture_kids_messenger',
  'culture_kids_family_viewer',
] as const satisfies readonly Role[];
/** Walk-in digital help: granted per service point, or unscoped for every service point. */
export const ASSIST_ROLES = ['assist_helper', 'assist_volunteer', 'assist_supervisor'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  'berths.resources.read': ['berth_services', 'berth_handler', 'berth_supervisor', 'harbour_services'],
  'berths.resources.write': ['berth_services', 'harbour_services'],
  'berths.cases.read': ['berth_services', 'berth_handler', 'berth_supervisor'],
  'berths.cases.write': ['berth_services', 'berth_handler'],
  /** A customer's GDPR export and erasure: the berth service's main users only (decision 51). */
  'berths.customers.gdpr': ['berth_services'],
  'bookings.resources.read': ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'],
  /** Units, reservation units, prices and opening hours. */
  'bookings.resources.write': ['booking_admin'],
  'bookings.reservations.read': ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'],
  /** Approve, deny, return, cancel, create: a reserver only on the bookings they made themselves. */
  'bookings.reservations.handle': ['booking_admin', 'booking_handler', 'booking_reserver'],
  /** A cohort's events, venues, occurrences, enrolments (names only), attendance and messages. */
  'culture-kids.admin': ['culture_kids_admin'],
  'culture-kids.publish': ['culture_kids_publisher'],
  'culture-kids.manage_groups': ['culture_kids_group_manager'],
  /** Messages to every family of the cohort (selection "all"). */
  'culture-kids.message_all': ['culture_kids_messenger'],
  /** The registry: guardians' contact details, children's notes, family exports, GDPR. */
  'culture-kids.view_families': ['culture_kids_family_viewer'],
  /** The walk-in queue, the anonymous session log and appointments: every helper, volunteers included. */
  'assist.staff': ['assist_helper', 'assist_volunteer', 'assist_supervisor'],
  /** Take a queue ticket: a helper at the desk, or a customer at a kiosk. */
  'assist.ticket': ['assist_helper', 'assist_volunteer', 'assist_supervisor', 'kiosk'],
  /** Book help time: a helper, or a customer at a kiosk. */
  'assist.book': ['assist_helper', 'assist_volunteer', 'assist_supervisor', 'kiosk'],
  /** Ask for staff from a kiosk. */
  'assist.request_help': ['kiosk'],
  /** Dashboards, reports and exports (aggregated, small cells suppressed): not volunteers (issue 9, item 4). */
  'assist.reports': ['assist_helper', 'assist_supervisor'],
  /** Service points, helper calendars and slot lengths. */
  'assist.supervisor': ['assist_supervisor'],
  /** The terminal fleet: heartbeats, bypass attempts, restart requests, opening hours. */
  'kiosk.fleet': ['assist_supervisor'],
  /** What a terminal itself does: its heartbeat and reading the public feed. */
  'kiosk.terminal': ['kiosk'],
  /** A customer's space booking request from a kiosk: it always lands in the handling queue. */
  'bookings.request': ['kiosk'],
  /** Append one's own reads of personal data to the audit (domain/audit): every staff role that reads any. */
  'audit.record': ROLES.filter((r) => r !== 'kiosk'),
  /**
   * Who read whose personal data (GET /audit/reads). For now the family viewers: the registry's
   * keepers answer families' and the data protection officer's questions about their data; a
   * role of its own comes with the auditors' screen.
   */
  'audit.read': ['culture_kids_family_viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of the roles (held anywhere) carries the permission: for menus and the coarse push check. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/**
 * A role on one unit, on a unit group (every member unit), on one cohort, or, with none of them,
 * everywhere. A grant on a unit never covers a cohort, nor the other way round.
 */
export interface Grant {
  role: Role;
  unitId?: string;
  unitGroupId?: string;
  cohortId?: string;
  servicePointId?: string;
}

/** What a partitioned scope is split by. */
export type PartitionKind = 'unit' | 'cohort' | 'service_point';

/** Which units each unit group holds: grants on a group are read through it. */
export type UnitGroups = ReadonlyMap<string, readonly string[]>;

/** Whether the grants carry the permission on this unit. */
export function canOnUnit(grants: readonly Grant[], permission: Permission, unitId: string, groups: UnitGroups): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return grants.some((g) => allowed.includes(g.role) && grantCovers(g, 'unit', unitId, groups));
}

/** Whether the grants carry the permission on this cohort. */
export function canOnCohort(grants: readonly Grant[], permission: Permission, cohortId: string): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return grants.some((g) => allowed.includes(g.role) && grantCovers(g, 'cohort', cohortId, new Map()));
}

/** Whether the grants carry the permission at this service point. */
export function canAtServicePoint(grants: readonly Grant[], permission: Permission, servicePointId: string): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return grants.some((g) => allowed.includes(g.role) && grantCovers(g, 'service_point', servicePointId, new Map()));
}

/** The roles the grants give on this unit (a reserver's narrower rights depend on it). */
export function rolesOnUnit(grants: readonly Grant[], unitId: string, groups: UnitGroups): Role[] {
  return [...new Set(grants.filter((g) => grantCovers(g, 'unit', unitId, groups)).map((g) => g.role))].sort();
}

function grantCovers(grant: Grant, kind: PartitionKind, id: string, groups: UnitGroups): boolean {
  if (grant.servicePointId !== undefined) return kind === 'service_point' && grant.servicePointId === id;
  if (grant.cohortId !== undefined) return kind === 'cohort' && grant.cohortId === id;
  if (grant.unitId !== undefined) return kind === 'unit' && grant.unitId === id;
  if (grant.unitGroupId !== undefined) return kind === 'unit' && (groups.get(grant.unitGroupId)?.includes(id) ?? false);
  return true;
}

/**
 * The partitions of one kind on which the grants carry the permission: 'all' for an unscoped
 * grant, otherwise the explicit list (unit groups expanded).
 */
export function partitionsWith(grants: readonly Grant[], permission: Permission, kind: PartitionKind, groups: UnitGroups): 'all' | string[] {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  const ids = new Set<string>();
  for (const g of grants.filter((x) => allowed.includes(x.role))) {
    if (g.servicePointId !== undefined) {
      if (kind === 'service_point') ids.add(g.servicePointId);
    } else if (g.cohortId !== undefined) {
      if (kind === 'cohort') ids.add(g.cohortId);
    } else if (g.unitId !== undefined) {
      if (kind === 'unit') ids.add(g.unitId);
    } else if (g.unitGroupId !== undefined) {
      if (kind === 'unit') for (const u of groups.get(g.unitGroupId) ?? []) ids.add(u);
    } else return 'all';
  }
  return [...ids].sort();
}

/** The units on which the grants carry the permission ('all' for an unscoped grant). */
export function unitsWith(grants: readonly Grant[], permission: Permission, groups: UnitGroups): 'all' | string[] {
  return partitionsWith(grants, permission, 'unit', groups);
}

/** The cohorts on which the grants carry the permission ('all' for an unscoped grant). */
export function cohortsWith(grants: readonly Grant[], permission: Permission): 'all' | string[] {
  return partitionsWith(grants, permission, 'cohort', new Map());
}

/** The service points at which the grants carry the permission ('all' for an unscoped grant). */
export function servicePointsWith(grants: readonly Grant[], permission: Permission): 'all' | string[] {
  return partitionsWith(grants, permission, 'service_point', new Map());
}

/**
 * Sync scopes: every synced entity belongs to exactly one. A partitioned scope is split by unit or
 * by cohort: its feed lines carry `<scope>:<id>`, and a user receives the partitions their grants
 * cover, so a handler of unit A never receives unit B's data, and an administrator of one cohort
 * never receives another's families. Contact data is a scope of its own (culture-kids.registry):
 * without "view families" it never reaches the cache.
 */
export const SCOPES = {
  'berths.resources': { permission: 'berths.resources.read', partitioned: false },
  'berths.cases': { permission: 'berths.cases.read', partitioned: false },
  /** Unit groups and deny reasons: the same for every booking role. */
  'bookings.reference': { permission: 'bookings.resources.read', partitioned: false },
  'bookings.resources': { permission: 'bookings.resources.read', partitioned: 'unit' },
  'bookings.cases': { permission: 'bookings.reservations.read', partitioned: 'unit' },
  /** What a cohort offers: events, groups, occurrences, venues, ticket codes, messages. */
  'culture-kids.program': { permission: 'culture-kids.admin', partitioned: 'cohort' },
  /** Who takes part: children's and guardians' names and languages, enrolments, the free-spot queue. */
  'culture-kids.participants': { permission: 'culture-kids.admin', partitioned: 'cohort', personalData: true },
  /** Guardians' e-mail and phone, children's notes. */
  'culture-kids.registry': { permission: 'culture-kids.view_families', partitioned: 'cohort', personalData: true },
  /** Service points and helpers' bookable hours. */
  'assist.public': { permission: 'assist.staff', partitioned: 'service_point' },
  /**
   * The queue, the anonymous session log, appointments and kiosk help requests. An appointment's
   * reminder contact is the one personal datum, erased after the appointment (domain/assist/retention.ts).
   */
  'assist.desk': { permission: 'assist.staff', partitioned: 'service_point' },
  /** A service point's public events, as a kiosk there shows them. */
  'kiosk.public': { permission: 'assist.staff', partitioned: 'service_point' },
  /** The terminals of a service point: heartbeats, bypass attempts, restart requests, schedules. */
  'kiosk.fleet': { permission: 'kiosk.fleet', partitioned: 'service_point' },
} as const satisfies Record<string, { permission: Permission; partitioned: false | PartitionKind; personalData?: true }>;

export type Scope = keyof typeof SCOPES;

/** The feed scope of one row of a partitioned scope. */
export function partitionScope(scope: Scope, partitionId: string): string {
  return `${scope}:${partitionId}`;
}

/** Every partition that exists, per kind (for a grant that holds everywhere). */
export type PartitionDirectory = Readonly<Record<PartitionKind, readonly string[]>>;

/** The whole scopes (not partitioned) the roles may receive. */
export function scopesFor(roles: readonly Role[]): Scope[] {
  return (Object.keys(SCOPES) as Scope[]).filter((s) => SCOPES[s].partitioned === false && can(roles, SCOPES[s].permission)).sort();
}

/**
 * Every feed scope a user may receive: the whole scopes of their roles, and for each partitioned
 * scope the partitions their grants cover. `all` lists every unit and cohort (for a grant that
 * holds everywhere).
 */
export function feedScopesFor(roles: readonly Role[], grants: readonly Grant[], groups: UnitGroups, all: PartitionDirectory): string[] {
  const scopes: string[] = scopesFor(roles);
  for (const s of Object.keys(SCOPES) as Scope[]) {
    const spec = SCOPES[s];
    if (spec.partitioned === false) continue;
    const ids = partitionsWith(grants, spec.permission, spec.partitioned, groups);
    for (const id of ids === 'all' ? all[spec.partitioned] : ids) scopes.push(partitionScope(s, id));
  }
  return [...new Set(scopes)].sort();
}
