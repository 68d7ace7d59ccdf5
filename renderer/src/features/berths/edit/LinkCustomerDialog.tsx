import { Button, ButtonVariant, Dialog, LoadingSpinner, Notification, TextInput } from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../../../domain/contract.ts';
import type { CustomerHit } from '../../../../../domain/berths/customer-contract.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { commandError } from '../../../api/command-error.ts';
import { useErrorText } from '../../../components/StateViews.tsx';
import { useReturnFocus } from '../../../components/useReturnFocus.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { MatchedFields } from '../customers/MatchedFields.tsx';
import { useCustomerSearch } from '../customers/use-customer-calls.ts';
import { useLinkApplicationCustomerMutation } from './application-edit-api.ts';
import { hitName } from './link-customer.ts';
import './application-edit.css';

/**
 * Links the application to a customer the register already has: the handler searches the local
 * customer index (the same search as the customers view), chooses a hit and confirms the move.
 * The current customer is listed but cannot be chosen; a refusal stays in the dialog.
 */
export function LinkCustomerDialog({ detail, onClose }: { detail: ApplicationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const app = detail.application;
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<CustomerHit | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const { answer } = useCustomerSearch(text);
  const [link] = useLinkApplicationCustomerMutation();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const confirmRef = useRef<HTMLButtonElement | null>(null);
  useReturnFocus();

  // The dialog opens with focus on its title, as every HDS dialog; a step after that starts where
  // its work is: the button that links, or the search again (the chosen hit's button is gone).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) (chosen ? confirmRef.current : searchRef.current)?.focus();
    opened.current = true;
  }, [chosen]);

  const current = detail.customerName ?? `${app.applicant.firstName} ${app.applicant.lastName}`.trim();
  const rows = answer.state === 'ready' ? answer.value.rows : answer.state === 'loading' ? (answer.last?.rows ?? []) : [];

  async function confirm() {
    if (!chosen || busy) return;
    setBusy(true);
    setRefusal(null);
    const failed = commandError(await link({ applicationId: app.id, customerId: chosen.id }));
    setBusy(false);
    if (failed) {
      setRefusal(failed);
      return;
    }
    dispatch(announce({ key: 'applicationLink.linked', params: { name: hitName(chosen) } }));
    onClose();
  }

  return (
    <Dialog
      id={`dlg-${id}`}
      aria-labelledby={`dlg-${id}-title`}
      aria-describedby={`dlg-${id}-text`}
      isOpen
      close={onClose}
      closeButtonLabelText={t('applicationLink.cancel')}
      data-testid="link-customer-dialog"
    >
      <Dialog.Header id={`dlg-${id}-title`} title={chosen ? t('applicationLink.confirmTitle') : t('applicationLink.title', { reference: app.reference })} />
      <Dialog.Content>
        {chosen ? (
          <>
            <p id={`dlg-${id}-text`} data-testid="link-customer-confirm-text">
              {t('applicationLink.confirm', { reference: app.reference, from: current, to: hitName(chosen) })}
            </p>
            <p className="application-edit__note">{t('applicationLink.boatNote')}</p>
          </>
        ) : (
          <>
            <p id={`dlg-${id}-text`}>{t('applicationLink.intro')}</p>
            <p className="muted" data-testid="link-customer-current">
              {t('applicationLink.current', { name: current })}
            </p>
            <TextInput
              id="link-customer-search"
              ref={searchRef}
              data-testid="link-customer-search"
              type="search"
              label={t('applicationLink.search')}
              helperText={t('applicationLink.searchHelp')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
            />
            <div className="link-customer__results" aria-live="polite" aria-busy={answer.state === 'loading'}>
              {answer.state === 'loading' && rows.length === 0 ? <LoadingSpinner small /> : null}
              {answer.state === 'error' ? (
                <Notification type="error" label={t('states.actionFailedTitle')} data-testid="link-customer-search-error">
                  {errorText(answer.error)}
                </Notification>
              ) : null}
              {answer.state === 'ready' && rows.length === 0 ? <p data-testid="link-customer-none">{t('applicationLink.noResults')}</p> : null}
              {rows.length > 0 ? (
                <ul className="link-customer__hits" aria-label={t('applicationLink.results')}>
                  {rows.map((hit) => {
                    const mine = hit.id.toLowerCase() === app.customerId.toLowerCase();
                    const name = hitName(hit);
                    return (
                      <li key={hit.id} className="link-customer__hit" data-testid="link-customer-hit" data-customer-id={hit.id}>
                        <div className="link-customer__who">
                          <strong>{name}</strong>
                          <span className="muted">{[hit.email, hit.municipality].filter(Boolean).join(' · ')}</span>
                          <MatchedFields matched={hit.matched} />
                        </div>
                        {mine ? (
                          <span className="muted">{t('applicationLink.thisCustomer')}</span>
                        ) : (
                          <Button variant={ButtonVariant.Secondary} aria-label={t('applicationLink.choose', { name })} onClick={() => setChosen(hit)} data-testid="link-customer-choose">
                            {t('applicationLink.chooseShort')}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </div>
          </>
        )}
        {refusal ? (
          <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error" data-code={refusal.code}>
            {errorText(refusal)}
          </Notification>
        ) : null}
      </Dialog.Content>
      <Dialog.ActionButtons>
        {chosen ? (
          <>
            <Button ref={confirmRef} onClick={() => void confirm()} disabled={busy} data-testid="link-customer-confirm">
              {busy ? t('applicationLink.linking') : t('applicationLink.link')}
            </Button>
            <Button
              variant={ButtonVariant.Secondary}
              onClick={() => {
                setChosen(null);
                setRefusal(null);
              }}
              data-testid="link-customer-back"
            >
              {t('applicationLink.back')}
            </Button>
          </>
        ) : null}
        <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid="link-customer-cancel">
          {t('applicationLink.cancel')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
