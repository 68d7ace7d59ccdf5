import { Button, ButtonSize, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_HARBOUR_CHOICES } from '../../../../../domain/berths/application-edit-schema.ts';
import { SelectField, type SelectOption } from '../../../components/SelectField.tsx';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import type { Problem } from '../harbours/master-data-form.ts';
import { moveChoice } from './application-edit-form.ts';

type Focus = { harbourId: string; button: 'up' | 'down' | 'remove' } | { harbourId: null; button: 'add' } | null;

/**
 * The harbour choices as an ordered list: each moves up or down or is removed with its own
 * buttons (named with the harbour), and a harbour is added from a select. Focus stays on the
 * moved harbour's button, and every change is announced, so the order is built by keyboard.
 */
export function ChoiceList({
  choices,
  options,
  harbourName,
  onChange,
  problem,
}: {
  choices: string[];
  options: SelectOption[];
  harbourName: (id: string) => string;
  onChange: (choices: string[]) => void;
  problem: Problem | undefined;
}) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [adding, setAdding] = useState('');
  // Where the focus goes once the list has re-rendered after a move, a removal or an addition.
  const focusNext = useRef<Focus>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  useEffect(() => {
    const focus = focusNext.current;
    focusNext.current = null;
    if (!focus) return;
    // The last choice removed: the harbour select to add one is next.
    if (focus.harbourId === null) document.getElementById('edit-add-harbour')?.focus();
    else {
      const el = buttons.current.get(`${focus.harbourId}:${focus.button}`);
      // At the top or the bottom the button pressed is disabled: the other one takes the focus.
      const other = buttons.current.get(`${focus.harbourId}:${focus.button === 'up' ? 'down' : 'up'}`);
      (el && !el.disabled ? el : other)?.focus();
    }
  }, [choices]);

  const available = options.filter((o) => !choices.includes(o.value));
  const full = choices.length >= MAX_HARBOUR_CHOICES;

  const move = (index: number, step: -1 | 1) => {
    const id = choices[index]!;
    const next = moveChoice(choices, index, step);
    onChange(next);
    focusNext.current = { harbourId: id, button: step === -1 ? 'up' : 'down' };
    dispatch(announce({ key: 'applicationEdit.moved', params: { harbour: harbourName(id), position: next.indexOf(id) + 1 } }));
  };
  const remove = (index: number) => {
    const id = choices[index]!;
    const next = choices.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNext.current = neighbour ? { harbourId: neighbour, button: 'remove' } : { harbourId: null, button: 'add' };
    dispatch(announce({ key: 'applicationEdit.removed', params: { harbour: harbourName(id) } }));
  };
  const add = () => {
    if (!adding || choices.includes(adding) || full) return;
    const next = [...choices, adding];
    // The add button is disabled once the select is cleared: the focus goes to the added harbour instead.
    focusNext.current = { harbourId: adding, button: 'remove' };
    onChange(next);
    dispatch(announce({ key: 'applicationEdit.added', params: { harbour: harbourName(adding), position: next.length } }));
    setAdding('');
  };
  const ref = (id: string, button: 'up' | 'down' | 'remove') => (el: HTMLButtonElement | null) => {
    buttons.current.set(`${id}:${button}`, el);
  };

  return (
    <fieldset className="application-edit__group" aria-describedby={problem ? 'edit-choices-error' : undefined} data-testid="edit-choices">
      <legend>{t('applicationEdit.choices')}</legend>
      {choices.length === 0 ? (
        <p className="muted">{t('applicationEdit.noChoices')}</p>
      ) : (
        <ol className="application-edit__choices" aria-label={t('applicationEdit.choiceList')}>
          {choices.map((id, i) => {
            const name = harbourName(id);
            return (
              <li key={id} className="application-edit__choice" data-testid="edit-choice" data-harbour-id={id}>
                <span className="application-edit__choice-name">
                  {i + 1}. {name}
                </span>
                <Button ref={ref(id, 'up')} type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={i === 0} aria-label={t('applicationEdit.moveUp', { harbour: name })} onClick={() => move(i, -1)} data-testid="choice-up">
                  {t('applicationEdit.upShort')}
                </Button>
                <Button ref={ref(id, 'down')} type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={i === choices.length - 1} aria-label={t('applicationEdit.moveDown', { harbour: name })} onClick={() => move(i, 1)} data-testid="choice-down">
                  {t('applicationEdit.downShort')}
                </Button>
                <Button ref={ref(id, 'remove')} type="button" size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={<IconCross aria-hidden />} aria-label={t('applicationEdit.remove', { harbour: name })} onClick={() => remove(i)} data-testid="choice-remove">
                  {t('applicationEdit.removeShort')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      {problem ? (
        <p id="edit-choices-error" className="application-edit__error" data-testid="edit-choices-error">
          {t(problem.key, problem.params ?? {})}
        </p>
      ) : null}
      {full ? null : (
        <div className="application-edit__add">
          <SelectField
            id="edit-add-harbour"
            label={t('applicationEdit.addLabel')}
            value={adding}
            options={[{ value: '', label: t('applicationEdit.addPlaceholder') }, ...available]}
            onChange={setAdding}
          />
          <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={!adding} onClick={add} data-testid="choice-add">
            {t('applicationEdit.add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
