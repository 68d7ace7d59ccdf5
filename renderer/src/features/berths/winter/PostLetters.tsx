import { Button, ButtonSize } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StickerLetterRow } from '../../../../../domain/berths/winter-contract.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatIsoDate, helsinkiToday } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { usePostLetters } from './use-post-letters.ts';

/** "Mark posted today" for the printed letters still on the list (once some are printed), and how the last run went. */
export function PostLetters({ letters, onPosted }: { letters: StickerLetterRow[]; onPosted: (leaseIds: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [open, setOpen] = useState(false);
  const { run, post } = usePostLetters();
  const today = helsinkiToday();
  return (
    <span className="winter-letters__post">
      {letters.length > 0 ? (
        <Button size={ButtonSize.Small} onClick={() => setOpen(true)} disabled={run.phase === 'posting'} data-testid="sticker-letters-mark-posted">
          {t('winter.letters.markPosted', { count: letters.length })}
        </Button>
      ) : null}
      <span role="status" aria-live="polite" data-testid="sticker-letters-post-status" data-phase={run.phase}>
        {run.phase === 'posting' ? t('winter.letters.posting', { done: run.done, total: run.total }) : null}
        {run.phase === 'done' && run.posted > 0 ? t('winter.letters.postedDone', { count: run.posted }) : null}
      </span>
      {run.phase === 'done' && run.failed > 0 ? (
        <span role="alert" data-testid="sticker-letters-post-error" data-code={run.firstError?.code ?? 'internal'}>
          {t('winter.letters.postFailed', { count: run.failed, reason: t(`errors.${run.firstError?.code ?? 'internal'}`, { defaultValue: t('errors.internal') }) })}
        </span>
      ) : null}
      {open ? (
        <ConfirmDialog
          isOpen
          title={t('winter.letters.markPostedTitle')}
          text={t('winter.letters.markPostedText', { count: letters.length, date: formatIsoDate(today, lang) })}
          confirmLabel={t('winter.letters.markPostedConfirm')}
          cancelLabel={t('winter.sticker.keep')}
          testId="sticker-letters-post-dialog"
          confirmTestId="sticker-letters-post-confirm"
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            const end = await post(
              letters.map((l) => ({ leaseId: l.leaseId, applicationId: l.applicationId })),
              today,
            );
            if (end.phase === 'done' && end.posted > 0) {
              onPosted(end.postedIds);
              dispatch(announce({ key: 'commands.pending', params: { command: 'commands.setWinterStickerPosted' } }));
            }
            // Refusals are told beside the button, where the letters still on the list are.
            return null;
          }}
        >
          {run.phase === 'posting' ? <p role="status">{t('winter.letters.posting', { done: run.done, total: run.total })}</p> : null}
        </ConfirmDialog>
      ) : null}
    </span>
  );
}
