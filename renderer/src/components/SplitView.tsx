import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const STEP_PX = 32;

function storedWidth(key: string, fallback: number): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(key));
    return Number.isFinite(n) && n > 0 ? n : fallback;
  } catch {
    return fallback;
  }
}

/** The side panel's width inside what the container leaves once the main part has its minimum. */
export function clampSide(width: number, container: number, sideMin: number, mainMin: number): number {
  const max = Math.max(sideMin, container - mainMin);
  return Math.round(Math.min(max, Math.max(sideMin, width)));
}

/**
 * A main area with an optional side panel and a handle between them that a mouse drags and a
 * keyboard moves (arrow keys, Home/End), like the split views of VS Code. The chosen width is
 * remembered; `sideWide` asks for at least `sideWideWidth` while the side shows wide content.
 */
export function SplitView({
  main,
  side,
  storageKey,
  handleLabel,
  sideDefault = 480,
  sideMin = 360,
  mainMin = 420,
  sideWide = false,
  sideWideWidth = 720,
}: {
  main: ReactNode;
  side: ReactNode | null;
  storageKey: string;
  handleLabel: string;
  sideDefault?: number;
  sideMin?: number;
  mainMin?: number;
  sideWide?: boolean;
  sideWideWidth?: number;
}) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [container, setContainer] = useState(0);
  const [chosen, setChosen] = useState(() => storedWidth(storageKey, sideDefault));
  const dragging = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setContainer(entry?.contentRect.width ?? 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    try {
      localStorage.setItem(storageKey, String(chosen));
    } catch {
      // No storage (private mode): the width lasts for this session.
    }
  }, [storageKey, chosen]);

  const wanted = sideWide ? Math.max(chosen, sideWideWidth) : chosen;
  const width = container > 0 ? clampSide(wanted, container, sideMin, mainMin) : wanted;
  const max = container > 0 ? clampSide(Number.MAX_SAFE_INTEGER, container, sideMin, mainMin) : width;

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
  }
  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    const box = ref.current?.getBoundingClientRect();
    if (!dragging.current || !box) return;
    setChosen(clampSide(box.right - e.clientX, box.width, sideMin, mainMin));
  }
  function onPointerUp(e: PointerEvent<HTMLDivElement>) {
    dragging.current = false;
    e.currentTarget.releasePointerCapture(e.pointerId);
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const next =
      e.key === 'ArrowLeft' ? width + STEP_PX : e.key === 'ArrowRight' ? width - STEP_PX : e.key === 'Home' ? max : e.key === 'End' ? sideMin : null;
    if (next == null) return;
    e.preventDefault();
    setChosen(clampSide(next, container, sideMin, mainMin));
  }

  return (
    <div className={`split${side ? ' split--open' : ''}`} ref={ref}>
      <div className="split__main">{main}</div>
      {side ? (
        <>
          <div
            className="split__handle"
            role="separator"
            aria-orientation="vertical"
            aria-label={handleLabel}
            aria-valuemin={sideMin}
            aria-valuemax={max}
            aria-valuenow={width}
            tabIndex={0}
            data-testid="split-handle"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onKeyDown={onKeyDown}
          />
          <div className="split__side" style={{ width }}>
            {side}
          </div>
        </>
      ) : null}
    </div>
  );
}
