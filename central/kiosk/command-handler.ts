import type { KioskCommandType } from '../../domain/kiosk/commands.ts';
import { decideRequestRestart, decideSetSchedule, type KioskDecision, type TerminalState } from '../../domain/kiosk/decide.ts';
import { canAtServicePoint } from '../../domain/roles.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { lockTerminal } from './terminals.ts';

type Decide = (state: TerminalState, payload: never, ctx: CommandContext) => KioskDecision;
const DECIDERS: Record<KioskCommandType, Decide> = {
  'kiosk.requestRestart': decideRequestRestart as Decide,
  'kiosk.setSchedule': decideSetSchedule as Decide,
};

/**
 * The fleet commands on the central: the terminal row under a lock, and the right to manage the
 * fleet checked at the terminal's own service point (a supervisor of Oodi does not restart Malmi's).
 */
export const kioskCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, _cache, user) {
    const payload = command.payload as { terminalId: string };
    const terminal = await lockTerminal(tx, payload.terminalId);
    const mayManage = terminal !== null && canAtServicePoint(user.grants, 'kiosk.fleet', terminal.record.servicePointId);
    return DECIDERS[command.type as KioskCommandType]({ terminal, mayManage }, payload as never, ctx);
  },
  async explainViolation() {
    return null;
  },
};
