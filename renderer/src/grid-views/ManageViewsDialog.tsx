import { Button, ButtonSize, ButtonVariant, Dialog, Notification, TextInput } from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridViewNameProblem, sameGridViewName, type GridViewNameProblem } from '../../../domain/grid-views.ts';
import type { AppError } from '../../../domain/result.ts';
import { useErrorText } from '../components/StateViews.tsx';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import type { GridViewsControl } from './useGridViews.ts';

/**
 * Saving the grid as it is now under a name, and renaming or removing saved views. A name is
 * checked here first (empty, too long, taken) so the handler hears why at once, in their language.
 */
export function ManageViewsDialog({ control, onClose }: { control: GridViewsControl; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const [name, setName] = useState(control.selected);
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  /** A name was sent with a problem: from then on a missing name is shown too, not only the others. */
  const [tried, setTried] = useState<'save' | 'rename' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  useReturnFocus();
  // The core's refusal shows below the list, which can be long: bring it into view.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  const names = control.views.map((v) => v.name);
  // A name's problem shows at its field as it is typed; a missing one only once it was sent.
  const shown = (p: GridViewNameProblem | null, sent: boolean): string | null => (p && (p.problem !== 'missing' || sent) ? problemText(p) : null);
  const problemText = (p: GridViewNameProblem): string => {
    if (p.problem === 'missing') return t('gridViews.nameMissing');
    if (p.problem === 'too_long') return t('gridViews.nameTooLong', { max: p.max });
    if (p.problem === 'taken') return t('gridViews.nameTaken', { name: p.name });
    return t('gridViews.full', { max: p.max });
  };

  async function run(act: () => Promise<AppError | null>) {
    setBusy(true);
    setError(null);
    const err = await act();
    setBusy(false);
    setError(err);
    return err === null;
  }

  const saveNameProblem = gridViewNameProblem(name, names);
  const saveProblem = shown(saveNameProblem, tried === 'save');
  const renameNameProblem = renaming ? gridViewNameProblem(renaming.to, names, renaming.from) : null;
  const renameProblem = shown(renameNameProblem, tried === 'rename');

  return (
    <Dialog id={`views-${id}`} aria-labelledby={`views-${id}-title`} isOpen close={onClose} closeButtonLabelText={t('actions.cancel')} data-testid="grid-views-dialog">
      <Dialog.Header id={`views-${id}-title`} title={t('gridViews.manageTitle')} />
      <Dialog.Content>
        <form
          className="grid-views__save"
          onSubmit={(e) => {
            e.preventDefault();
            // The field says why, and takes the focus so that a screen reader reads it out.
            if (saveNameProblem) return (setTried('save'), document.getElementById(`views-${id}-name`)?.focus());
            void run(() => control.save(name.trim())).then((done) => done && onClose());
          }}
        >
          <TextInput
            id={`views-${id}-name`}
            label={t('gridViews.saveAs')}
            helperText={t('gridViews.saveHelp')}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            invalid={saveProblem !== null}
            errorText={saveProblem ?? undefined}
            data-testid="grid-view-name"
          />
          <Button type="submit" disabled={busy} data-testid="grid-view-save">
            {names.some((n) => sameGridViewName(n, name)) ? t('gridViews.replace') : t('gridViews.save')}
          </Button>
        </form>
        <h3 className="grid-views__list-title">{t('gridViews.saved')}</h3>
        {control.views.length === 0 ? <p>{t('gridViews.none')}</p> : null}
        <ul className="grid-views__list" data-testid="grid-views-list">
          {control.views.map((v) => (
            <li key={v.name} data-view={v.name}>
              {renaming?.from === v.name ? (
                <form
                  className="grid-views__rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (renameNameProblem) return (setTried('rename'), document.getElementById(`views-${id}-rename`)?.focus());
                    void run(() => control.rename(v.name, renaming.to.trim())).then((done) => done && setRenaming(null));
                  }}
                >
                  <TextInput
                    id={`views-${id}-rename`}
                    label={t('gridViews.newName', { name: v.name })}
                    value={renaming.to}
                    onChange={(e) => {
                      setRenaming({ from: v.name, to: e.target.value });
                      setError(null);
                    }}
                    invalid={renameProblem !== null}
                    errorText={renameProblem ?? undefined}
                    data-testid="grid-view-new-name"
                  />
                  <Button type="submit" size={ButtonSize.Small} disabled={busy} data-testid="grid-view-rename-save">
                    {t('gridViews.renameSave')}
                  </Button>
                  <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => setRenaming(null)}>
                    {t('actions.cancel')}
                  </Button>
                </form>
              ) : (
                <>
                  <span className="grid-views__name">{v.name}</span>
                  <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => (control.open(v.name), onClose())} data-testid="grid-view-open">
                    {t('gridViews.open')}
                  </Button>
                  <Button
                    variant={ButtonVariant.Secondary}
                    size={ButtonSize.Small}
                    onClick={() => {
                      setRenaming({ from: v.name, to: v.name });
                      setTried(null);
                    }}
                    data-testid="grid-view-rename"
                  >
                    {t('gridViews.rename')}
                  </Button>
                  <Button variant={ButtonVariant.Danger} size={ButtonSize.Small} disabled={busy} onClick={() => void run(() => control.remove(v.name))} data-testid="grid-view-remove">
                    {t('gridViews.remove')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
        {error ? (
          <div ref={errorRef}>
            <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error">
              {errorText(error)}
            </Notification>
          </div>
        ) : null}
      </Dialog.Content>
      <Dialog.ActionButtons>
        <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid="grid-views-close">
          {t('gridViews.close')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
