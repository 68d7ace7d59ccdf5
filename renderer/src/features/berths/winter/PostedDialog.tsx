import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterLease } from '../../../../../domain/berths/winter-entities.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { dayForInput } from '../../../format/dates.ts';
import { formatIsoDate, helsinkiToday } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useSetWinterStickerPostedMutation } from './winter-api.ts';
import { checkPostedOn } from './winter-dates.ts';
import { paidDay } from '../../../../../domain/berths/winter-stickers.ts';
import { WinterDayInput } from './WinterDayInput.tsx';

/** The day one sticker letter went in the post: today unless the handler says another day. */
export function PostedDialog({ applicationId, lease, number, onClose }: { applicationId: string; lease: Pick<WinterLease, 'id' | 'invoice'>; number: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [setPosted] = useSetWinterStickerPostedMutation();
  const today = helsinkiToday();
  const paidOn = paidDay(lease.invoice.paidAt);
  const [text, setText] = useState(dayForInput(today, lang));
  const check = checkPostedOn(text, lang, today, paidOn);
  return (
    <ConfirmDialog
      isOpen
      title={t('winter.sticker.postedTitle')}
      text={t('winter.sticker.postedText', { number })}
      confirmLabel={t('winter.sticker.postedConfirm')}
      cancelLabel={t('winter.sticker.keep')}
      confirmDisabled={!check.iso}
      testId="winter-posted-dialog"
      confirmTestId="winter-posted-confirm"
      onClose={onClose}
      onConfirm={async () => {
        if (!check.iso) return { code: 'bad_request', message: 'No valid posting day' };
        const failed = commandError(await setPosted({ input: { leaseId: lease.id, postedOn: check.iso }, applicationId }));
        if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.setWinterStickerPosted' } }));
        return failed;
      }}
    >
      <WinterDayInput
        id="winter-posted-on"
        label={t('winter.sticker.postedDate')}
        help={
          paidOn ? t('winter.sticker.postedHelp', { earliest: formatIsoDate(paidOn, lang), today: formatIsoDate(today, lang) }) : t('winter.sticker.postedHelpToday', { today: formatIsoDate(today, lang) })
        }
        text={text}
        onText={setText}
        check={check}
      />
    </ConfirmDialog>
  );
}
