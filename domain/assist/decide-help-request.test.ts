import { describe, expect, it } from 'vitest';
import { HelpRequest } from './entities.ts';
import { decideAnswerHelpRequest, decideRequestHelp } from './decide-help-request.ts';
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

describe('staff answering a kiosk\'s call', () => {
  const at = (status: HelpRequest['status'], version = 1) => ({ request: { record: open({ status, closedAt: status === 'closed' ? NOW : null }), version } });
  const answer = (status: 'acknowledged' | 'closed') => ({ requestId: 'hr-1', status });

  it('acknowledges an open request and closes an open or acknowledged one, stamping closedAt', () => {
    expect(decideAnswerHelpRequest(at('open'), answer('acknowledged'), ctx())).toMatchObject({ ok: true, puts: [{ entity: 'as_help_request', version: 2, record: { status: 'acknowledged', closedAt: null } }], notices: [] });
    expect(decideAnswerHelpRequest(at('open'), answer('closed'), ctx())).toMatchObject({ ok: true, puts: [{ record: { status: 'closed', closedAt: NOW } }] });
    const closed = decideAnswerHelpRequest(at('acknowledged', 2), answer('closed'), ctx());
    expect(closed).toMatchObject({ ok: true, puts: [{ version: 3, record: { status: 'closed', closedAt: NOW } }] });
    expect(HelpRequest.safeParse(closed.ok ? closed.puts[0]?.record : null).success).toBe(true);
  });

  it('refuses to answer a closed request, to acknowledge twice, and an unknown request', () => {
    expect(decideAnswerHelpRequest(at('closed'), answer('closed'), ctx())).toMatchObject({ ok: false, code: 'as_help_request_transition' });
    expect(decideAnswerHelpRequest(at('closed'), answer('acknowledged'), ctx())).toMatchObject({ ok: false, code: 'as_help_request_transition' });
    expect(decideAnswerHelpRequest(at('acknowledged'), answer('acknowledged'), ctx())).toMatchObject({ ok: false, code: 'as_help_request_transition' });
    expect(decideAnswerHelpRequest({ request: null }, answer('closed'), ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('frees the kiosk to ask again once its request is closed', () => {
    const d = decideAnswerHelpRequest(at('acknowledged'), answer('closed'), ctx());
    const after = d.ok ? (d.puts[0]?.record as HelpRequest) : open();
    expect(decideRequestHelp({ servicePoint: point(), openRequests: [after] }, p, ctx())).toMatchObject({ ok: true });
  });
});
