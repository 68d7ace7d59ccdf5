import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridViewsControl } from './useGridViews.ts';

/**
 * A disclosure with a checkbox per column. Locked columns (those that identify a row) show checked
 * and disabled. Escape or a click elsewhere closes it and gives focus back to its button.
 */
export function ColumnChooser({ control }: { control: GridViewsControl }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const shown = control.columns.filter((c) => c.visible).length;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div
      className="column-chooser"
      ref={wrap}
      data-owns-escape={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <Button
        ref={button}
        variant={ButtonVariant.Secondary}
        size={ButtonSize.Small}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        data-testid="column-chooser"
      >
        {t('gridViews.columns', { shown, total: control.columns.length })}
      </Button>
      {open ? (
        <fieldset id={`${id}-panel`} className="column-chooser__panel" data-testid="column-chooser-panel">
          <legend>{t('gridViews.columnsLegend')}</legend>
          {control.columns.map((c) => (
            <label key={c.colId} className="column-chooser__item">
              <input
                type="checkbox"
                checked={c.visible}
                disabled={c.locked}
                data-col={c.colId}
                onChange={(e) => control.setColumnVisible(c.colId, e.target.checked)}
              />
              <span>{c.label || c.colId}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
