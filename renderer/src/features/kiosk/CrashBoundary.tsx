import { Component, type ReactNode } from 'react';

/**
 * Whatever throws while a customer screen renders ends the session the watchdog's way: the
 * reducer goes to `crashed`, the kiosk wipes and starts again at the attract screen.
 */
export class CrashBoundary extends Component<{ onCrash: (error: unknown) => void; children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCrash(error);
  }

  override render(): ReactNode {
    return this.state.crashed ? null : this.props.children;
  }
}
