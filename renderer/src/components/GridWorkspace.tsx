import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';
import { SplitView } from './SplitView.tsx';

/**
 * The frame of a workspace that lists rows in a grid and opens one beside it: a head with the
 * title, the live count of matching rows, actions on what the count says and tools; what goes
 * between the head and the grid (filters, an intro); the grid with its detail pane.
 */
export function GridWorkspace({
  modifier,
  title,
  count,
  actions,
  tools,
  children,
  detailWidthKey,
  detailWide = false,
  grid,
  detail,
}: {
  /** The workspace's CSS modifier: `workspace--{modifier}`. */
  modifier: string;
  title: string;
  /** Matching rows (null while not known), and the key of the text that says it, given `count` and `formatted`. */
  count: { total: number | null; textKey: string; testId: string };
  /** Beside the count they act on; before the filters, so that Tab goes from the search to the grid. */
  actions?: ReactNode;
  tools?: ReactNode;
  /** Between the head and the grid. */
  children?: ReactNode;
  /** Where the detail pane's width is remembered. */
  detailWidthKey: string;
  detailWide?: boolean;
  grid: ReactNode;
  /** The open row, or null. */
  detail: ReactNode | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <div className={`workspace workspace--${modifier}`}>
      <div className="workspace__head">
        <h1 className="workspace__title">{title}</h1>
        <span className="workspace__count" aria-live="polite" data-testid={count.testId} data-total={count.total ?? ''}>
          {count.total == null ? '' : t(count.textKey, { count: count.total, formatted: formatInteger(count.total, lang) })}
        </span>
        {actions}
        <div className="workspace__tools">{tools}</div>
      </div>
      {children}
      <SplitView storageKey={detailWidthKey} handleLabel={t('detail.resize')} sideWide={detailWide} main={grid} side={detail} />
    </div>
  );
}
