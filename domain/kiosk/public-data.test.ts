import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITIES } from '../workspaces.ts';
import { findNonPublicData, KIOSK_PUBLIC_FIELDS, PERSONAL_FIELD_NAME, publicPart } from './public-data.ts';

const unit = { id: 'u1', tprekId: '8254', name: { fi: 'Oodi', sv: 'Ode', en: 'Oodi' }, shortDescription: { fi: '', sv: '', en: '' }, streetAddress: 'Töölönlahdenkatu 4', zipCode: '00100', city: 'Helsinki', email: 'oodi@hel.fi', phone: '09 3108 5000', webPage: 'https://oodihelsinki.fi', haukiResourceId: null };

describe('KIOSK_PUBLIC_FIELDS', () => {
  it('names only fields the entities really have', () => {
    for (const [entity, fields] of Object.entries(KIOSK_PUBLIC_FIELDS)) {
      const schema = ENTITIES[entity as keyof typeof ENTITIES].schema;
      expect(schema).toBeInstanceOf(z.ZodObject);
      const shape = Object.keys((schema as z.ZodObject).shape);
      for (const field of fields) expect(shape, `${entity}.${field}`).toContain(field);
    }
  });

  it('holds no field whose name points at a person', () => {
    const personal = Object.entries(KIOSK_PUBLIC_FIELDS).flatMap(([entity, fields]) => fields.filter((f) => PERSONAL_FIELD_NAME.test(f)).map((f) => `${entity}.${f}`));
    expect(personal).toEqual([]);
  });

  it('the personal-name check catches the personal fields the synced entities have', () => {
    const fields = new Set(Object.values(ENTITIES).flatMap((spec) => (spec.schema instanceof z.ZodObject ? Object.keys(spec.schema.shape) : [])));
    const personal = ['firstName', 'lastName', 'email', 'phone', 'address', 'applicant', 'actorName', 'reserveeFirstName', 'reserveeEmail', 'reserveeBusinessId', 'userId', 'customerId', 'guardianId', 'childId', 'familyId', 'birthYear', 'note', 'notes', 'handlingNote', 'businessId', 'registrationNumber', 'offeredBy', 'enrolledBy'];
    for (const field of personal) {
      expect(fields.has(field), `${field} is a field of some entity`).toBe(true);
      expect(PERSONAL_FIELD_NAME.test(field), field).toBe(true);
    }
  });

  it('leaves out every entity of a cases, participants or registry scope but the reservations\' timing', () => {
    for (const entity of Object.keys(KIOSK_PUBLIC_FIELDS).filter((e) => e !== 'reservation')) {
      expect(ENTITIES[entity as keyof typeof ENTITIES].scope).not.toMatch(/cases|participants|registry/);
    }
  });
});

describe('findNonPublicData', () => {
  it('passes a record set of public fields only', () => {
    expect(findNonPublicData([{ entity: 'booking_unit', data: publicPart('booking_unit', unit) }])).toEqual([]);
  });

  it('names every non-public field, and every non-public entity as a whole', () => {
    expect(
      findNonPublicData([
        { entity: 'booking_unit', data: unit },
        { entity: 'reservation', data: { id: 'r1', reserveeFirstName: 'Maija Meikäläinen' } },
        { entity: 'ck_guardian', data: { id: 'g1' } },
        { entity: 'no_such_entity', data: null },
      ]),
    ).toEqual([
      { entity: 'booking_unit', id: 'u1', field: 'tprekId' },
      { entity: 'booking_unit', id: 'u1', field: 'email' },
      { entity: 'booking_unit', id: 'u1', field: 'phone' },
      { entity: 'booking_unit', id: 'u1', field: 'haukiResourceId' },
      { entity: 'reservation', id: 'r1', field: 'reserveeFirstName' },
      { entity: 'ck_guardian', id: 'g1', field: null },
      { entity: 'no_such_entity', id: null, field: null },
    ]);
  });

  it('is not fooled by inherited property names', () => {
    expect(findNonPublicData([{ entity: 'toString', data: {} }, { entity: '__proto__', data: {} }])).toHaveLength(2);
  });
});

describe('publicPart', () => {
  it('keeps the public fields and drops the rest; a non-public entity gives nothing', () => {
    expect(publicPart('booking_unit', unit)).toEqual({ id: 'u1', name: unit.name, shortDescription: unit.shortDescription, streetAddress: unit.streetAddress, zipCode: '00100', city: 'Helsinki', webPage: unit.webPage });
    expect(publicPart('reservation_event', { id: 'e1' })).toBeNull();
  });
});
