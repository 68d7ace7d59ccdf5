import { useState, type ReactNode } from 'react';
import { useKt } from './kiosk-context.ts';
import { SafeConfirm } from './SafeConfirm.tsx';

/** "Back" from a half-filled form asks first; with nothing typed it just goes. */
export function useLeaveGuard(dirty: boolean, onBack: () => void): { requestLeave: () => void; dialog: ReactNode } {
  const kt = useKt();
  const [asking, setAsking] = useState(false);
  return {
    requestLeave: () => (dirty ? setAsking(true) : onBack()),
    dialog: asking ? (
      <SafeConfirm
        title={kt('kiosk.leave.title')}
        text={kt('kiosk.leave.text')}
        keepLabel={kt('kiosk.leave.keep')}
        leaveLabel={kt('kiosk.leave.leave')}
        onKeep={() => setAsking(false)}
        onLeave={onBack}
        testId="kiosk-leave"
      />
    ) : null,
  };
}
