import { Button, ButtonVariant, Dialog, Notification } from 'hds-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useFocusableWhileScrolling } from './useFocusableWhileScrolling.ts';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';
import { useErrorText } from './StateViews.tsx';
import { useReturnFocus } from './useReturnFocus.ts';

/**
 * A modal question with one confirming action. The action answers null when done or the error
 * to show in the dialog (a local refusal is shown where the user is, not somewhere else).
 * Mount it only while it is open: it gives focus back to its opener when it goes.
 */
export function ConfirmDialog({
  isOpen,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
  children,
  testId,
  confirmTestId,
  confirmDisabled,
  blockedReason,
  cancelLabel,
  variant = 'primary',
}: {
  isOpen: boolean;
  title: string;
  text?: string;
  confirmLabel: string;
  onConfirm: () => Promise<AppError | null>;
  onClose: () => void;
  children?: ReactNode;
  testId?: string;
  confirmTestId?: string;
  confirmDisabled?: boolean;
  /** Why the confirming button is disabled, shown beside it and read with it. */
  blockedReason?: string | null;
  /** The not-confirming button named for what it does ("Do not withdraw"); "Cancel" when absent. */
  cancelLabel?: string;
  variant?: 'primary' | 'danger';
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  useReturnFocus();
  // A long question on a low window scrolls between its title and its buttons; a scrolling part
  // is reachable by the keyboard, so it takes focus only while it scrolls.
  const contentRef = useFocusableWhileScrolling<HTMLDivElement>();
  // A refusal shows at the end of the question: scrolled to, so it is seen where it is read.
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  async function confirm() {
    setBusy(true);
    setError(null);
    const err = await onConfirm();
    setBusy(false);
    if (err) setError(err);
    else onClose();
  }

  return (
    <Dialog
      id={`dlg-${id}`}
      aria-labelledby={`dlg-${id}-title`}
      aria-describedby={text ? `dlg-${id}-text` : undefined}
      isOpen={isOpen}
      close={onClose}
      closeButtonLabelText={cancelLabel ?? t('actions.cancel')}
      variant={variant}
      className="confirm-dialog"
      data-testid={testId}
    >
      <Dialog.Header id={`dlg-${id}-title`} title={title} />
      <Dialog.Content className="confirm-dialog__content">
        <div className="confirm-dialog__scroll" ref={contentRef}>
          {text ? <p id={`dlg-${id}-text`}>{text}</p> : null}
          {children}
          {error ? (
            <div ref={errorRef}>
              <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error" data-code={error.code}>
                {errorText(error)}
              </Notification>
            </div>
          ) : null}
        </div>
        {/* Outside the scrolling part, next to the buttons: on a low window the reason the
            button is disabled stayed below the fold while the button showed. */}
        {confirmDisabled && blockedReason ? (
          <p id={`dlg-${id}-blocked`} className="dialog-blocked confirm-dialog__blocked" data-testid="dialog-blocked">
            {blockedReason}
          </p>
        ) : null}
      </Dialog.Content>
      <Dialog.ActionButtons>
        <Button
          variant={variant === 'danger' ? ButtonVariant.Danger : ButtonVariant.Primary}
          onClick={() => void confirm()}
          disabled={busy || confirmDisabled}
          aria-describedby={confirmDisabled && blockedReason ? `dlg-${id}-blocked` : undefined}
          data-testid={confirmTestId}
        >
          {confirmLabel}
        </Button>
        <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid={testId ? `${testId}-cancel` : undefined}>
          {cancelLabel ?? t('actions.cancel')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
