import { describe, expect, it } from 'vitest';
import { BERTH_DECIDERS, type BerthCommandState } from './decide.ts';
import { COMMANDS } from '../workspaces.ts';
import type { Application, ApplicationStatus } from './entities.ts';
import { APPLICATION_STATUSES } from './record-primitives.ts';
import { applicationEditProblems, EDITABLE_BY_STATUS, MAX_HARBOUR_CHOICES, type EditApplicationPayload } from './application-edit-schema.ts';
import { HARBOUR_A, HARBOUR_B, HARBOUR_C, application, commandContext } from './fixtures.test-support.ts';

const ctx = commandContext;
const HARBOURS = new Set([HARBOUR_A, HARBOUR_B, HARBOUR_C]);
const UNKNOWN = '00000000-0000-4000-8000-0000000000ff';

const state = (app: Partial<Application> = {}): BerthCommandState => ({
  application: { record: application(app), version: 3 },
  applicationLeases: [],
  harbourIds: HARBOURS,
});
type Edit = Omit<EditApplicationPayload, 'applicationId'>;
const edit = (e: Edit, s = state(), c = ctx()) => BERTH_DECIDERS['berths.editApplication'](s, { applicationId: application().id, ...e }, c);
const code = (d: ReturnType<typeof edit>) => (d.ok ? 'ok' : `${d.status}:${d.code}`);

describe('edit application', () => {
  it('writes the new values and an edited event with every changed field before and after, who and when', () => {
    const d = edit({ applicant: { phone: '+358 50 765 4321', email: 'aili@example.fi' }, boat: { width: 2.8 }, harbourChoices: [HARBOUR_B, HARBOUR_A, HARBOUR_C] });
    if (!d.ok) throw new Error(d.message);
    const [appPut, eventPut] = d.puts;
    expect(appPut).toMatchObject({ entity: 'application', version: 4, record: { applicant: { phone: '+358 50 765 4321', email: 'aili@example.fi' }, boat: { width: 2.8, length: 5 }, harbourChoices: [HARBOUR_B, HARBOUR_A, HARBOUR_C] } });
    expect(eventPut).toEqual({
      entity: 'application_event',
      version: 1,
      record: {
        id: ctx().commandId,
        applicationId: application().id,
        at: ctx().now,
        recordedAt: null,
        kind: 'edited',
        actorId: 'u-aino',
        actorName: 'Aino Virtanen',
        fromStatus: null,
        toStatus: null,
        berthId: null,
        leaseId: null,
        note: null,
        commandId: ctx().commandId,
        // The unchanged email is not logged.
        changes: [
          { field: 'applicant.phone', before: '+358401234567', after: '+358 50 765 4321' },
          { field: 'boat.width', before: 2.3, after: 2.8 },
          { field: 'harbourChoices', before: [HARBOUR_A, HARBOUR_B], after: [HARBOUR_B, HARBOUR_A, HARBOUR_C] },
        ],
      },
    });
  });

  it('leaves the queue as it was: received time, priority, season and status', () => {
    const d = edit({ boat: { length: 6.5 }, harbourChoices: [HARBOUR_C] }, state({ priority: 0, status: 'no_suitable_berths' }));
    if (!d.ok) throw new Error(d.message);
    const before = application({ priority: 0, status: 'no_suitable_berths' });
    expect(d.puts[0]!.record).toMatchObject({ receivedAt: before.receivedAt, priority: 0, season: before.season, status: 'no_suitable_berths', customerId: before.customerId, boatId: before.boatId });
  });

  it('lets every status edit what its rule says: all while queued, contact only with an offer, nothing once decided', () => {
    const outcomes = Object.fromEntries(
      APPLICATION_STATUSES.map((status: ApplicationStatus) => [
        status,
        [code(edit({ applicant: { municipality: 'Espoo' } }, state({ status }))), code(edit({ boat: { width: 2.4 } }, state({ status }))), code(edit({ harbourChoices: [HARBOUR_B] }, state({ status })))],
      ]),
    );
    const all = ['ok', 'ok', 'ok'];
    const contact = ['ok', 'rejected:application_offer_out', 'rejected:application_offer_out'];
    const none = Array(3).fill('rejected:application_not_editable');
    expect(outcomes).toEqual({
      pending: all,
      no_suitable_berths: all,
      declined_by_customer: all,
      offer_generated: contact,
      offer_sent: contact,
      awaiting_payment: contact,
      handled: none,
      rejected: none,
      expired: none,
    });
    expect(Object.keys(EDITABLE_BY_STATUS).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('says clearly why an offer blocks a boat edit', () => {
    const d = edit({ boat: { width: 2.4 } }, state({ status: 'offer_sent' }));
    expect(d).toMatchObject({ ok: false, message: expect.stringContaining('Withdraw the offer first') });
  });

  it('is a conflict when the application moved on since the handler saw it, and not_found when it is gone', () => {
    expect(edit({ boat: { width: 2.4 } }, state(), ctx({ baseVersion: 2 }))).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version', current: { version: 3 } });
    expect(code(edit({ boat: { width: 2.4 } }, { application: null, applicationLeases: [] }))).toBe('rejected:not_found');
  });

  it('refuses an edit that changes nothing', () => {
    expect(code(edit({}))).toBe('rejected:application_unchanged');
    expect(code(edit({ applicant: { lastName: 'Mäkinen' }, boat: { width: 2.3 }, harbourChoices: [HARBOUR_A, HARBOUR_B] }))).toBe('rejected:application_unchanged');
  });

  it('refuses harbour choices that are empty, too many, twice the same or unknown', () => {
    expect(code(edit({ harbourChoices: [] }))).toBe('rejected:harbour_choices_invalid');
    expect(code(edit({ harbourChoices: [HARBOUR_A, HARBOUR_B, HARBOUR_A] }))).toBe('rejected:harbour_choices_invalid');
    expect(code(edit({ harbourChoices: [HARBOUR_A, UNKNOWN] }))).toBe('rejected:harbour_choices_invalid');
    // Without the harbours loaded, nothing counts as known.
    expect(code(edit({ harbourChoices: [HARBOUR_B] }, { ...state(), harbourIds: undefined }))).toBe('rejected:harbour_choices_invalid');
    const many = Array.from({ length: MAX_HARBOUR_CHOICES + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
    const known = new Set([...HARBOURS, ...many]);
    expect(code(edit({ harbourChoices: many }, { ...state(), harbourIds: known }))).toBe('rejected:harbour_choices_invalid');
    expect(code(edit({ harbourChoices: many.slice(0, MAX_HARBOUR_CHOICES) }, { ...state(), harbourIds: known }))).toBe('ok');
    const problems = (choices: string[]) => applicationEditProblems(application(), { harbourChoices: choices }, HARBOURS).map((p) => p.problem);
    expect([problems([]), problems([HARBOUR_A, HARBOUR_A]), problems([UNKNOWN])]).toEqual([['choicesEmpty'], ['choicesDuplicate'], ['harbourUnknown']]);
  });

  it('refuses boat dimensions out of range, with more than two decimals, or a boat wider than long', () => {
    for (const boat of [{ width: 0 }, { width: -1 }, { width: 0.01 }, { width: 16 }, { length: 61 }, { width: 2.555 }, { draught: 11 }, { draught: 0 }, { width: 5.5 }, { length: 2 }]) {
      expect(code(edit({ boat })), JSON.stringify(boat)).toBe('rejected:boat_dimensions_invalid');
    }
    expect(code(edit({ boat: { width: 2.55, length: 7.25, draught: 0.9 } }))).toBe('ok');
    expect(code(edit({ boat: { draught: null } }, state({ boat: { ...application().boat, draught: 0.8 } })))).toBe('ok');
    expect(applicationEditProblems(application(), { boat: { width: 20 } }, HARBOURS)).toEqual([{ field: 'boat.width', problem: 'tooLarge', limit: 15 }]);
  });

  it('refuses contact details that are empty or not an address, a phone number or a postcode', () => {
    for (const applicant of [{ lastName: '' }, { email: 'aili.example.fi' }, { phone: '12' }, { phone: 'call me' }, { zipCode: '' }, { municipality: '  ' }]) {
      expect(code(edit({ applicant })), JSON.stringify(applicant)).toBe('rejected:applicant_contact_invalid');
    }
    expect(code(edit({ applicant: { language: 'sv', phone: '040 123 4567', zipCode: '02100' } }))).toBe('ok');
  });

  it('checks only what changes: an old value that breaks a rule today does not block another fix', () => {
    const old = state({ applicant: { ...application().applicant, email: '' }, boat: { ...application().boat, width: 2.555 } });
    expect(code(edit({ applicant: { phone: '+358409999999', email: '' }, boat: { width: 2.555 } }, old))).toBe('ok');
  });

  it('travels as a versioned case command with trimmed texts; a wrong type is a bad request', () => {
    expect(COMMANDS['berths.editApplication']).toMatchObject({ permission: 'berths.cases.write', versioned: true });
    const parsed = COMMANDS['berths.editApplication'].payload.parse({ applicationId: application().id, applicant: { lastName: '  Mäki ' } });
    expect(parsed.applicant).toEqual({ lastName: 'Mäki' });
    expect(COMMANDS['berths.editApplication'].payload.safeParse({ applicationId: application().id, boat: { width: '2,5' } }).success).toBe(false);
    expect(COMMANDS['berths.editApplication'].payload.safeParse({ applicationId: application().id, harbourChoices: ['Pajalahti'] }).success).toBe(false);
  });
});
