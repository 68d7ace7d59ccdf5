import { Button, ButtonSize, ButtonVariant, Notification, NotificationSize } from 'hds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnChooser } from './ColumnChooser.tsx';
import { ManageViewsDialog } from './ManageViewsDialog.tsx';
import type { GridViewsControl } from './useGridViews.ts';

/** A grid's views: which columns show, the saved views to open, and managing them. */
export function GridViewsBar({ control }: { control: GridViewsControl }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [managing, setManaging] = useState(false);
  // The notice sits beside the group, not in it, so that it takes a line of its own in the header.
  return (
    <>
      <div className="grid-views" role="group" aria-label={t('gridViews.label')} data-testid="grid-views" data-grid={control.gridId}>
        <ColumnChooser control={control} />
        <div className="grid-views__select">
          <label htmlFor={`${id}-view`}>{t('gridViews.view')}</label>
          <select
            id={`${id}-view`}
            className="native-select native-select--compact"
            data-testid="grid-view-select"
            value={control.selected}
            onChange={(e) => control.open(e.target.value)}
          >
            <option value="">{t('gridViews.defaultView')}</option>
            {control.views.map((v) => (
              <option key={v.name} value={v.name}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => setManaging(true)} data-testid="grid-views-manage">
          {t('gridViews.manage')}
        </Button>
        {managing ? <ManageViewsDialog control={control} onClose={() => setManaging(false)} /> : null}
      </div>
      {control.setAside ? (
        <Notification type="alert" size={NotificationSize.Small} label={t('gridViews.setAsideTitle')} data-testid="grid-views-set-aside" className="grid-views__notice">
          {t('gridViews.setAsideText', { file: control.setAside })}
        </Notification>
      ) : null}
    </>
  );
}
