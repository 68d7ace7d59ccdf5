import { useEffect, useState } from 'react';
import type { OrderDetail } from '../../../../../domain/berths/order-contract.ts';
import type { Result } from '../../../../../domain/result.ts';
import { useWindowInvoke } from '../../../api/use-window-invoke.ts';
import { useAppSelector } from '../../../store/store.ts';

/** One order with its lease (berths.getOrder), asked again when the cache's berth cases change. */
export function useOrderDetail(id: string): Result<OrderDetail> | null {
  const invoke = useWindowInvoke();
  const revision = useAppSelector((s) => s.ui.applicationsRevision);
  const [done, setDone] = useState<{ id: string; result: Result<OrderDetail> } | null>(null);
  useEffect(() => {
    if (!invoke) return;
    let live = true;
    void invoke('berths.getOrder', { id }).then((result) => {
      if (live) setDone({ id, result });
    });
    return () => {
      live = false;
    };
  }, [id, invoke, revision]);
  return done?.id === id ? done.result : null;
}
