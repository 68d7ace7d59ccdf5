import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../../store/store.ts';
import { openCustomer } from '../../../store/ui-slice.ts';

/** From an application to its customer's 360° view in the customers view. */
export function CustomerLink({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  return (
    <button type="button" className="link-button" data-testid="open-customer" onClick={() => dispatch(openCustomer(customerId))}>
      {t('berthCustomers.openCustomer')}
    </button>
  );
}
