import { useState } from 'react';
import { HelpTimeTask } from './HelpTimeTask.tsx';
import { HomeTiles } from './HomeTiles.tsx';
import { useKiosk, useKt } from './kiosk-context.ts';
import { KioskToolbar } from './KioskToolbar.tsx';
import { useKeyboardTarget } from './keyboard-context.ts';
import { OnScreenKeyboard } from './OnScreenKeyboard.tsx';
import { SafeConfirm } from './SafeConfirm.tsx';
import { SpaceRequestTask } from './SpaceRequestTask.tsx';
import { StaffHelpTask } from './StaffHelpTask.tsx';
import type { KioskTask } from './task-names.ts';
import { TicketTask } from './TicketTask.tsx';
import { TodayTask } from './TodayTask.tsx';

/**
 * One customer's screens, from the home tiles to a task and back. Mounted per session (keyed by
 * its id) and gone during the wipe, so whatever a customer typed goes with them.
 */
export function CustomerScreens() {
  const kt = useKt();
  const { openTask, goHome, endSession, settings } = useKiosk();
  const { setTarget } = useKeyboardTarget();
  const [task, setTask] = useState<KioskTask | null>(null);
  const [finishing, setFinishing] = useState(false);

  const open = (next: KioskTask) => {
    setTask(next);
    openTask();
  };
  const back = () => {
    setTarget(null);
    setTask(null);
    goHome();
  };

  return (
    <div className="kiosk-customer" data-kiosk-customer="">
      <KioskToolbar onFinish={() => setFinishing(true)} />
      {task === null ? <HomeTiles onOpen={open} /> : null}
      {task === 'ticket' ? <TicketTask onBack={back} /> : null}
      {task === 'helpTime' ? <HelpTimeTask onBack={back} /> : null}
      {task === 'today' ? <TodayTask onBack={back} /> : null}
      {task === 'request' ? <SpaceRequestTask onBack={back} /> : null}
      {task === 'staff' ? <StaffHelpTask onBack={back} /> : null}
      {settings.keyboard ? <OnScreenKeyboard /> : null}
      {finishing ? (
        <SafeConfirm
          title={kt('kiosk.finish.title')}
          text={kt('kiosk.finish.text')}
          keepLabel={kt('kiosk.finish.keep')}
          leaveLabel={kt('kiosk.finish.leave')}
          onKeep={() => setFinishing(false)}
          onLeave={endSession}
          testId="kiosk-finish-confirm"
        />
      ) : null}
    </div>
  );
}
