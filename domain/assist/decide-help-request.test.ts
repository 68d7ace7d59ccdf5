import { describe, expect, it } from 'vitest';
import { HelpRequest } from './entities.ts';
import { decideRequestHelp } from './decide-help-request.ts';
import { ctx, NOW, point } from './fixtures.test-support.ts';

const p = { requestId: '7d3f6c2a-1b4e-4f8a-9c0d-000000000010', servicePointId: 'sp-oodi', kioskId: 'kiosk-2', language: 'fi' } as const;
const open = (o: Partial<HelpRequest> = {}): HelpRequest => ({ id: 'hr-1', servicePointId: 'sp-oodi', kioskId: 'kiosk-2', language: 'fi', status: 'open', createdAt: NOW, closedAt: null, ...o });

describe('a kiosk asking for help', () => {
  it('opens a request and tells the staff queue at once', () => {
    const d = decideRequestHelp({ servicePoint: point(), openRequests: [open({ kioskId: 'kiosk-1' })] }, p, ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'as_help_request', record: { status: 'open', kioskId: 'kiosk-2', createdAt: NOW } }], notices: [{ kind: 'help_requested', servicePointId: 'sp-oodi' }] });
    expect(HelpRequest.safeParse(d.ok ? d.puts[0]?.record : null).success).toBe(true);
  });

  it('adds nothing while the kiosk\'s call is open, and refuses at a closed point', () => {
    expect(decideRequestHelp({ servicePoint: point(), openRequests: [open({ status: 'acknowledged' })] }, p, ctx())).toMatchObject({ code: 'as_help_request_open' });
    expect(decideRequestHelp({ servicePoint: point(), openRequests: [open({ status: 'closed', closedAt: NOW })] }, p, ctx())).toMatchObject({ ok: true });
    expect(decideRequestHelp({ servicePoint: point({ active: false }), openRequests: [] }, p, ctx())).toMatchObject({ code: 'as_service_point_inactive' });
  });
});
