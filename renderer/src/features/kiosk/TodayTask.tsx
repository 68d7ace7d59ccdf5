import type { KioskSpace } from '../../../../domain/kiosk/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { localized } from '../../format/format.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { clockSpan } from './kiosk-time.ts';
import { spacesByPlace } from './space-order.ts';
import { TaskFrame } from './TaskFrame.tsx';

/**
 * Today's events at the service point and the spaces free today: public data only. The spaces of
 * the units in the kiosk's own building come first (at Itäkeskus library, Stoa's too); the other
 * places' spaces follow in a list of their own, so a customer at Oodi does not hunt for Oodi's
 * rooms among Caisa's; each list by name in the customer's language. A point with no unit of its
 * own (or whose units have no spaces here) keeps one list.
 */
export function TodayTask({ onBack }: { onBack: () => void }) {
  const kt = useKt();
  const { home, language } = useKiosk();
  const events = home?.events ?? [];
  const spaces = home?.spaces ?? [];
  const { here, elsewhere } = spacesByPlace(spaces, home?.servicePoint?.unitIds ?? [], language);
  return (
    <TaskFrame title={kt('kiosk.today.title')} onBack={onBack} testId="kiosk-today-task">
      <div className="kiosk-columns">
        <section className="kiosk-panel" aria-labelledby="kiosk-events-h">
          <h2 id="kiosk-events-h">{kt('kiosk.today.events')}</h2>
          {events.length === 0 ? <p>{kt('kiosk.today.noEvents')}</p> : null}
          <ul className="kiosk-list" data-testid="kiosk-events">
            {events.map((e) => (
              <li key={e.id} className="kiosk-list__item">
                <span className="kiosk-list__time">{clockSpan(e.startsAt, e.endsAt, language)}</span>
                <strong>{localized(e.title, language)}</strong>
                {e.place ? <span className="kiosk-list__place">{e.place}</span> : null}
                {e.description ? <span>{localized(e.description, language)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="kiosk-panel" aria-labelledby="kiosk-spaces-h">
          <h2 id="kiosk-spaces-h">{kt('kiosk.today.spaces')}</h2>
          {spaces.length === 0 ? <p>{kt('kiosk.today.noSpaces')}</p> : null}
          <SpaceList spaces={here} today={home?.today} language={language} testId="kiosk-spaces" />
          {elsewhere.length > 0 ? (
            <>
              <h3>{kt('kiosk.today.elsewhere')}</h3>
              <SpaceList spaces={elsewhere} today={home?.today} language={language} testId="kiosk-spaces-elsewhere" />
            </>
          ) : null}
        </section>
      </div>
    </TaskFrame>
  );
}

function SpaceList({ spaces, today, language, testId }: { spaces: readonly KioskSpace[]; today: string | undefined; language: Language; testId: string }) {
  const kt = useKt();
  return (
    <ul className="kiosk-list" data-testid={testId}>
      {spaces.map((space) => {
        const free = space.days.find((d) => d.date === today)?.free ?? [];
        return (
          <li key={space.reservationUnitId} className="kiosk-list__item">
            <strong>{localized(space.name, language)}</strong>
            {space.unitName ? <span className="kiosk-list__place">{localized(space.unitName, language)}</span> : null}
            <span>{free.length === 0 ? kt('kiosk.today.fullToday') : free.map((f) => clockSpan(f.beginsAt, f.endsAt, language)).join(', ')}</span>
          </li>
        );
      })}
    </ul>
  );
}
