import { useKt } from './kiosk-context.ts';
import { TileIcon } from './TileIcon.tsx';
import { KIOSK_TASKS, type KioskTask } from './task-names.ts';

/** The home screen's large tiles, one per task. */
export function HomeTiles({ onOpen }: { onOpen: (task: KioskTask) => void }) {
  const kt = useKt();
  return (
    <main className="kiosk-home" id="main" data-testid="kiosk-home">
      <h1 className="kiosk-home__title">{kt('kiosk.home.title')}</h1>
      <ul className="kiosk-tiles">
        {KIOSK_TASKS.map((task) => (
          <li key={task}>
            <button type="button" className="kiosk-tile" onClick={() => onOpen(task)} data-testid={`kiosk-tile-${task}`}>
              <TileIcon task={task} />
              <span className="kiosk-tile__title">{kt(`kiosk.tiles.${task}.title`)}</span>
              <span className="kiosk-tile__text">{kt(`kiosk.tiles.${task}.text`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
