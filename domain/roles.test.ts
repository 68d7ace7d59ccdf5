import { describe, expect, it } from 'vitest';
import { can, scopesFor } from './roles.ts';

describe('roles', () => {
  it('lets handlers and berth services process applications, nobody else', () => {
    expect(can(['berth_handler'], 'berths.cases.write')).toBe(true);
    expect(can(['berth_services'], 'berths.cases.write')).toBe(true);
    expect(can(['berth_supervisor'], 'berths.cases.write')).toBe(false);
    expect(can(['harbour_services'], 'berths.cases.write')).toBe(false);
    expect(can(['kiosk'], 'berths.cases.read')).toBe(false);
  });

  it('gives harbour services resources only and a kiosk nothing', () => {
    expect(scopesFor(['harbour_services'])).toEqual(['berths.resources']);
    expect(scopesFor(['berth_supervisor'])).toEqual(['berths.cases', 'berths.resources']);
    expect(scopesFor(['kiosk'])).toEqual([]);
  });
});
