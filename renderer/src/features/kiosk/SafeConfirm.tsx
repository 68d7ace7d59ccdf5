import { useEffect, useId, useRef } from 'react';

/**
 * A kiosk question whose safe answer is the default (the feature list's "safe dialog defaults"):
 * the focus starts on "keep", Escape and Enter keep, and only a deliberate press on the other
 * button loses the customer's work.
 */
export function SafeConfirm({ title, text, keepLabel, leaveLabel, onKeep, onLeave, testId }: { title: string; text: string; keepLabel: string; leaveLabel: string; onKeep: () => void; onLeave: () => void; testId: string }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const latestKeep = useRef(onKeep);
  useEffect(() => {
    latestKeep.current = onKeep;
  });
  // Once, when the question opens: the kiosk renders on every touch (the idle clock), and a focus
  // taken back on each render would pull a customer off the other answer they had moved to.
  useEffect(() => {
    keep.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        latestKeep.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} data-testid={testId}>
        <h2 id={`${id}-t`}>{title}</h2>
        <p id={`${id}-d`}>{text}</p>
        <div className="kiosk-dialog__actions">
          <button ref={keep} type="button" className="kiosk-button kiosk-button--primary" onClick={onKeep} data-testid={`${testId}-keep`}>
            {keepLabel}
          </button>
          <button type="button" className="kiosk-button kiosk-button--secondary" onClick={onLeave} data-testid={`${testId}-leave`}>
            {leaveLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
