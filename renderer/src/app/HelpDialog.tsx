import { Button, ButtonVariant, Dialog } from 'hds-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import { shortcutsFor } from './shortcuts.ts';

/**
 * The keyboard shortcuts of the page the user is on (`view`), opened with "?" or the header's help
 * button. Mount it only while open.
 */
export function HelpDialog({ view, onClose }: { view: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const page = shortcutsFor(view);
  useReturnFocus();
  return (
    <Dialog id="help-dialog" aria-labelledby="help-title" isOpen close={onClose} closeButtonLabelText={t('help.close')} data-testid="help-dialog">
      <Dialog.Header id="help-title" title={t('help.title')} />
      <Dialog.Content>
        <p className="muted">{t('help.intro')}</p>
        <p data-testid="help-page">{t(page.intro)}</p>
        <table className="data-table shortcuts-table">
          <caption className="visually-hidden">{t('help.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('help.keys')}</th>
              <th scope="col">{t('help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {page.shortcuts.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 ? (s.either ? ' ' : ' + ') : null}
                      <kbd>{k}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{t(s.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog.Content>
      <Dialog.ActionButtons>
        <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid="help-close">
          {t('help.close')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
