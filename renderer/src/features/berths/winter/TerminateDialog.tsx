import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { dayForInput } from '../../../format/dates.ts';
import { formatIsoDate, helsinkiToday } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useTerminateWinterLeaseMutation } from './winter-api.ts';
import { checkEndDate } from './winter-dates.ts';
import { WinterDayInput } from './WinterDayInput.tsx';

type Lease = NonNullable<WinterApplicationDetail['lease']>;

/** The day offered first: today while the lease runs, else its start (not begun) or its end (over), as a berth lease's termination. */
function firstDay(lease: Lease, today: string): string {
  if (today < lease.startDate) return lease.startDate;
  return today > lease.endDate ? lease.endDate : today;
}

/**
 * Terminate the winter lease on a day within its dates (decision 49): the day is typed and checked
 * as the central checks it; an unpaid invoice is cancelled and the customer is told by email.
 * The focus starts in the day field; Enter confirms, Escape keeps the lease.
 */
export function TerminateDialog({ lease, applicationId, onClose }: { lease: Lease; applicationId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [terminate] = useTerminateWinterLeaseMutation();
  const [text, setText] = useState(() => dayForInput(firstDay(lease, helsinkiToday()), lang));
  const check = checkEndDate(text, lang, lease);
  const waiting = lease.invoice.status === 'drafted' || lease.invoice.status === 'offered';
  return (
    <ConfirmDialog
      isOpen
      variant="danger"
      title={t('winter.lease.terminateTitle')}
      text={waiting ? `${t('winter.lease.terminateText')} ${t('winter.lease.terminateWaiting')}` : t('winter.lease.terminateText')}
      confirmLabel={t('winter.lease.terminateConfirm')}
      cancelLabel={t('winter.lease.keep')}
      confirmDisabled={!check.iso}
      blockedReason={check.error ? t(check.error.key, check.error.params ?? {}) : null}
      testId="winter-terminate-dialog"
      confirmTestId="winter-terminate-confirm"
      onClose={onClose}
      onConfirm={async () => {
        if (!check.iso) return { code: 'bad_request', message: 'No valid end date' };
        const failed = commandError(await terminate({ input: { leaseId: lease.id, endDate: check.iso }, applicationId }));
        if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.terminateWinterLease' } }));
        return failed;
      }}
    >
      <WinterDayInput
        id="winter-end-date"
        label={t('winter.lease.terminateEnd')}
        help={t('winter.lease.terminateHelp', { start: formatIsoDate(lease.startDate, lang), end: formatIsoDate(lease.endDate, lang) })}
        text={text}
        onText={setText}
        check={check}
      />
    </ConfirmDialog>
  );
}
