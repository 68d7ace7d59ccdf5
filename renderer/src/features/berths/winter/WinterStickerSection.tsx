import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatIsoDate } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { PostedDialog } from './PostedDialog.tsx';
import type { WinterActions } from './winter-actions.ts';
import { useReassignWinterStickerMutation } from './winter-api.ts';
import { WinterSection } from './WinterSections.tsx';

type Lease = NonNullable<WinterApplicationDetail['lease']>;

/** An unmarked lease's sticker: its number once paid, the letter's posting, and a new number for a lost one. */
export function WinterStickerSection({ detail, lease, actions, canAct }: { detail: WinterApplicationDetail; lease: Lease; actions: WinterActions; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [open, setOpen] = useState<'reassign' | 'posted' | null>(null);
  const [reassign] = useReassignWinterStickerMutation();
  const number = lease.stickerNumber;
  return (
    <WinterSection id="winter-sticker" title={t('winter.sticker.title')} testId="winter-sticker">
      {number === null ? (
        <p className="muted" data-testid="winter-sticker-awaiting">
          {t('winter.sticker.awaiting')}
        </p>
      ) : (
        <dl className="facts">
          <dt>{t('winter.sticker.number')}</dt>
          <dd className="winter-sticker__number" data-testid="winter-sticker-number" data-number={number}>
            {number}
          </dd>
          <dt>{t('winter.sticker.season')}</dt>
          <dd data-testid="winter-sticker-season">{stickerSeason(lease.winter)}</dd>
          <dt>{t('winter.sticker.posted')}</dt>
          <dd data-testid="winter-sticker-posted" data-posted={lease.stickerPostedOn ?? ''}>
            {lease.stickerPostedOn ? formatIsoDate(lease.stickerPostedOn, lang) : t('winter.sticker.notPosted')}
          </dd>
        </dl>
      )}
      {number !== null && lease.pending ? (
        <p className="winter-note" data-testid="winter-sticker-provisional">
          {t('winter.sticker.provisional')}
        </p>
      ) : null}
      {canAct && (actions.markPosted || actions.reassignSticker) ? (
        <div className="detail-actions detail-actions--flat" role="group" aria-label={t('winter.sticker.title')}>
          {actions.markPosted ? (
            <Button size={ButtonSize.Small} data-testid="winter-mark-posted" onClick={() => setOpen('posted')}>
              {t('winter.sticker.markPosted')}
            </Button>
          ) : null}
          {actions.reassignSticker ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="winter-reassign" onClick={() => setOpen('reassign')}>
              {t('winter.sticker.reassign')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {open === 'posted' && number !== null ? <PostedDialog applicationId={detail.application.id} lease={lease} number={number} onClose={() => setOpen(null)} /> : null}
      {open === 'reassign' ? (
        <ConfirmDialog
          isOpen
          title={t('winter.sticker.reassignTitle')}
          text={t('winter.sticker.reassignText', { number: number ?? '' })}
          confirmLabel={t('winter.sticker.reassignConfirm')}
          cancelLabel={t('winter.sticker.keep')}
          testId="winter-reassign-dialog"
          confirmTestId="winter-reassign-confirm"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const error = commandError(await reassign({ input: { leaseId: lease.id }, applicationId: detail.application.id }));
            if (!error) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.reassignWinterSticker' } }));
            return error;
          }}
        />
      ) : null}
    </WinterSection>
  );
}
