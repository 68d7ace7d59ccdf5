import { describe, expect, it } from 'vitest';
import { SCOPES } from '../roles.ts';
import { Child, CULTURE_KIDS_ENTITIES, Enrolment, Event, Guardian, GuardianContact, guardianRowId, Message } from './entities.ts';
import { child, enrolment, event, externalEvent, guardian } from './fixtures.test-support.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe('Culture Kids entities', () => {
  it('accept the fixtures, which every rule test builds on', () => {
    expect(Child.parse(child())).toEqual(child());
    expect(Event.parse(event())).toEqual(event());
    expect(Event.parse(externalEvent())).toEqual(externalEvent());
    expect(Enrolment.parse(enrolment())).toEqual(enrolment());
    expect(Guardian.parse(guardian())).toEqual(guardian());
  });

  it('take only a Helsinki home postal code, and no birth date or identity code', () => {
    expect(messages(Child.safeParse(child({ postalCode: '02100' })))).toEqual(['Not a Helsinki home postal code.']);
    expect(messages(Child.safeParse(child({ postalCode: '0053' })))).toContain('A postal code has five digits.');
    // A PO box code of Helsinki is not a home.
    expect(Child.safeParse(child({ postalCode: '00002' })).success).toBe(false);
    expect(Object.keys(Child.parse({ ...child(), birthDate: '2023-05-01', ssn: '010523A123B' }))).not.toContain('birthDate');
  });

  it('keep an erased child without a name, and refuse a nameless living one', () => {
    expect(Child.safeParse(child({ firstName: '', lastName: '', erasedAt: '2027-01-01T00:00:00.000Z' })).success).toBe(true);
    expect(messages(Child.safeParse(child({ firstName: '' })))).toEqual(["Write the child's first name."]);
  });

  it('hold an enrolment to either an occurrence or a ticket code, a reason for staff work and for a cancellation', () => {
    expect(messages(Enrolment.safeParse(enrolment({ ticketCodeId: 'code-1' })))).toEqual(['An enrolment holds either an occurrence or an external ticket code.']);
    expect(messages(Enrolment.safeParse(enrolment({ enrolledBy: 'staff' })))).toEqual(['An enrolment made by staff records why.']);
    expect(messages(Enrolment.safeParse(enrolment({ status: 'cancelled' })))).toEqual(['A cancelled enrolment, and only that, says why it was cancelled.']);
  });

  it('need a capacity for internal events and a ticket system and address for external ones', () => {
    expect(messages(Event.safeParse(event({ capacityPerOccurrence: null })))).toEqual(['An event with its own enrolment needs a capacity per occurrence.']);
    expect(messages(Event.safeParse(externalEvent({ ticketSystemUrl: null })))).toEqual(['An external event needs the address of its page in the ticket system.']);
    expect(messages(Event.safeParse(event({ name: { fi: ' ', sv: 'x', en: 'x' } })))).toEqual(['Write the Finnish text.']);
  });

  it('put every entity in a cohort-partitioned scope, and contact data only where "view families" is needed', () => {
    for (const [name, spec] of Object.entries(CULTURE_KIDS_ENTITIES)) {
      expect(SCOPES[spec.scope].partitioned, name).toBe('cohort');
      expect(Object.keys(spec.schema.shape), name).toContain(spec.partitionBy);
    }
    const registry = Object.entries(CULTURE_KIDS_ENTITIES).filter(([, s]) => s.scope === 'culture-kids.registry').map(([n]) => n).sort();
    expect(registry).toEqual(['ck_child_notes', 'ck_guardian_contact']);
    expect(SCOPES['culture-kids.registry'].permission).toBe('culture-kids.view_families');
  });

  it('keep e-mail, phone and notes out of every entity an admin without "view families" receives', () => {
    const personalContact = ['email', 'phone', 'phoneNumber', 'notes'];
    for (const [name, spec] of Object.entries(CULTURE_KIDS_ENTITIES)) {
      if (SCOPES[spec.scope].permission === 'culture-kids.view_families') continue;
      expect(Object.keys(spec.schema.shape).filter((f) => personalContact.includes(f)), name).toEqual([]);
    }
    expect(Object.keys(GuardianContact.shape).sort()).toEqual(['cohortId', 'email', 'guardianId', 'id', 'phone']);
  });

  it('give a guardian one row per cohort', () => {
    expect(guardianRowId('g-1', 'c-2023')).toBe('g-1@c-2023');
  });
});

describe('a message record', () => {
  const message = { id: 'm-1', cohortId: 'c-2023', protocol: 'email', subject: { fi: 'Tervetuloa', sv: '', en: '' }, body: { fi: 'Hei!', sv: '', en: '' }, selection: 'enrolled', eventId: null, occurrenceIds: [], createdAt: '2027-01-01T00:00:00.000Z', createdBy: 's', sentAt: null, recipientCount: null, delivery: null };

  it('needs Finnish text, a Finnish subject for e-mail, and an event for chosen occurrences', () => {
    expect(Message.safeParse(message).success).toBe(true);
    expect(messages(Message.safeParse({ ...message, subject: { fi: '', sv: 'x', en: 'x' } }))).toEqual(['Write the Finnish subject.']);
    expect(Message.safeParse({ ...message, protocol: 'sms', subject: { fi: '', sv: '', en: '' } }).success).toBe(true);
    expect(messages(Message.safeParse({ ...message, body: { fi: '', sv: 'x', en: 'x' } }))).toEqual(['Write the Finnish text.']);
    expect(messages(Message.safeParse({ ...message, occurrenceIds: ['o-1'] }))).toEqual(['Occurrences are chosen within an event.']);
  });
});
