import { describe, expect, it } from 'vitest';
import type { WinterArea, WinterPlace, WinterSection } from '../../../../../domain/berths/winter-entities.ts';
import { areaForm, checkAreaForm, checkPlaceForm, checkSectionForm, newPlaceForm, newSectionForm, placeForm, sectionForm } from './winter-master-form.ts';

const AREA: WinterArea = {
  id: '00000000-0000-4000-8000-0000000000a0', name: { fi: 'Rajasaari', sv: 'Rajaholmen', en: 'Rajasaari' }, streetAddress: 'Rajasaarentie 3', zipCode: '00250', region: 'west', location: null,
  estimatedUnmarkedSpaces: null, price: null,
};
const SECTION: WinterSection = { id: '00000000-0000-4000-8000-0000000000a1', areaId: AREA.id, identifier: 'B', services: ['water'] };
const PLACE: WinterPlace = { id: '00000000-0000-4000-9000-000000000001', areaId: AREA.id, sectionId: SECTION.id, number: 12, width: 2.5, length: 7, isActive: true, isInvoiceable: true, comment: '' };

describe('the winter place form', () => {
  it('shows sizes with the decimal comma in Finnish and gives back the payload', () => {
    const f = placeForm(PLACE, 'fi');
    expect(f).toMatchObject({ number: '12', width: '2,5', length: '7' });
    expect(checkPlaceForm({ ...f, width: '2,75', isActive: false }, [11, 13])).toEqual({
      ok: true,
      payload: { number: 12, width: 2.75, length: 7, isActive: false, isInvoiceable: true, comment: '' },
    });
  });

  it('says what to correct, next to each field', () => {
    const r = checkPlaceForm({ ...placeForm(PLACE, 'en'), number: '13', width: '0', length: 'long' }, [13]);
    expect(r.ok ? null : r.problems).toEqual({
      number: { key: 'winter.areas.validation.placeTaken', params: { number: 13 } },
      width: { key: 'berthsMaster.validation.positive' },
      length: { key: 'berthsMaster.validation.number' },
    });
    const n = checkPlaceForm({ ...placeForm(PLACE, 'en'), number: '1.5', width: '11' }, []);
    expect(n.ok ? null : n.problems).toEqual({ number: { key: 'winter.areas.validation.whole' }, width: { key: 'berthsMaster.validation.tooLarge', params: { max: 10 } } });
    expect(checkPlaceForm({ ...placeForm(PLACE, 'en'), number: '0' }, [])).toMatchObject({ ok: false, problems: { number: { key: 'winter.areas.validation.range' } } });
  });
});

describe('a new winter place', () => {
  it('offers the number after the section\'s highest, asks for the sizes, and refuses a number the section has', () => {
    expect(newPlaceForm([3, 12, 7])).toEqual({ number: '13', width: '', length: '', isActive: true, isInvoiceable: true, comment: '' });
    expect(newPlaceForm([]).number).toBe('1');
    expect(newPlaceForm([9999]).number).toBe('');
    const empty = checkPlaceForm(newPlaceForm([12]), [12]);
    expect(empty.ok ? null : empty.problems).toEqual({ width: { key: 'berthsMaster.validation.required' }, length: { key: 'berthsMaster.validation.required' } });
    const typed = { ...newPlaceForm([12]), width: '3', length: '8,5' };
    expect(checkPlaceForm({ ...typed, number: '12' }, [12])).toMatchObject({ ok: false, problems: { number: { key: 'winter.areas.validation.placeTaken', params: { number: 12 } } } });
    expect(checkPlaceForm(typed, [12])).toEqual({ ok: true, payload: { number: 13, width: 3, length: 8.5, isActive: true, isInvoiceable: true, comment: '' } });
  });
});

describe('the winter section form', () => {
  it('needs an identifier no other section of the area has', () => {
    expect(checkSectionForm({ ...sectionForm(SECTION), identifier: ' c ' }, ['A'])).toEqual({ ok: true, payload: { identifier: 'c', services: ['water'], isActive: true } });
    expect(checkSectionForm({ ...sectionForm(SECTION), identifier: 'a' }, ['A'])).toMatchObject({ ok: false, problems: { identifier: { key: 'winter.areas.validation.sectionTaken' } } });
    expect(checkSectionForm({ ...sectionForm(SECTION), identifier: '' }, [])).toMatchObject({ ok: false, problems: { identifier: { key: 'berthsMaster.validation.required' } } });
  });
});

describe('a new winter section', () => {
  it('starts empty, in use only in an area in use, and refuses an identifier the area has', () => {
    expect(newSectionForm(true)).toEqual({ identifier: '', services: [], isActive: true });
    expect(newSectionForm(false).isActive).toBe(false);
    expect(checkSectionForm(newSectionForm(true), ['A'])).toMatchObject({ ok: false, problems: { identifier: { key: 'berthsMaster.validation.required' } } });
    expect(checkSectionForm({ ...newSectionForm(true), identifier: ' a ' }, ['A'])).toMatchObject({ ok: false, problems: { identifier: { key: 'winter.areas.validation.sectionTaken', params: { identifier: 'a' } } } });
    expect(checkSectionForm({ ...newSectionForm(true), identifier: 'D', services: ['gate'] }, ['A'])).toEqual({ ok: true, payload: { identifier: 'D', services: ['gate'], isActive: true } });
  });
});

describe('the winter area form', () => {
  it('checks the names and address as the harbour form does, and the estimate as a whole number', () => {
    expect(checkAreaForm(AREA.id, { ...areaForm(AREA), estimatedUnmarkedSpaces: ' 40 ' })).toEqual({
      ok: true,
      payload: { areaId: AREA.id, name: AREA.name, streetAddress: 'Rajasaarentie 3', zipCode: '00250', estimatedUnmarkedSpaces: 40, isActive: true },
    });
    const r = checkAreaForm(AREA.id, { ...areaForm(AREA), nameSv: ' ', zipCode: '250', estimatedUnmarkedSpaces: '-3' });
    expect(r.ok ? null : Object.keys(r.problems).sort()).toEqual(['estimatedUnmarkedSpaces', 'nameSv', 'zipCode']);
    expect(checkAreaForm(AREA.id, { ...areaForm(AREA), estimatedUnmarkedSpaces: '' })).toMatchObject({ ok: true, payload: { estimatedUnmarkedSpaces: null } });
  });
});
