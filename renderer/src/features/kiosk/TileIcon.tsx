import type { KioskTask } from './task-names.ts';

/** Plain line icons (no emoji font is needed on the terminal). */
const PATHS: Record<KioskTask, string> = {
  ticket: 'M6 14h36v8a4 4 0 0 0 0 8v8H6v-8a4 4 0 0 0 0-8z M18 14v24',
  helpTime: 'M8 12h32v28H8z M8 20h32 M16 8v8 M32 8v8 M16 28h6v6h-6z',
  today: 'M10 8h28v32H10z M16 16h16 M16 24h16 M16 32h10',
  request: 'M6 22L24 8l18 14 M10 19v21h28V19 M20 40V28h8v12',
  staff: 'M24 8a6 6 0 1 1 0 12a6 6 0 1 1 0-12z M12 40c0-8 5-14 12-14s12 6 12 14 M38 6v10 M38 20v2',
};

export function TileIcon({ task }: { task: KioskTask }) {
  return (
    <svg className="kiosk-tile__icon" viewBox="0 0 48 48" width="64" height="64" aria-hidden="true" focusable="false">
      <path d={PATHS[task]} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
