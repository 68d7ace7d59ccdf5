import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { StickerLetterRow } from '../../../../../domain/berths/winter-contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { LettersTable } from './LettersTable.tsx';
import { PostLetters } from './PostLetters.tsx';
import { PrintLetters } from './PrintLetters.tsx';
import { useStickerLettersQuery } from './winter-api.ts';

const NO_LETTERS: StickerLetterRow[] = [];

/**
 * Sticker letters still to post: choose some (or none for all), print them as one PDF, post
 * them, and mark the printed ones posted. Printing and marking both need the write right (the
 * printout is the case handlers' mail); a supervisor sees the list.
 */
export function StickerLetters({ canWrite, headSlot }: { canWrite: boolean; headSlot: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useStickerLettersQuery({ winter: null });
  const rows = q.data ?? NO_LETTERS;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [printed, setPrinted] = useState<readonly string[]>([]);
  // Only letters still on the list count: a posted one has left it.
  const chosen = useMemo(() => rows.filter((r) => selected.has(r.leaseId)), [rows, selected]);
  const toPost = useMemo(() => rows.filter((r) => printed.includes(r.leaseId)), [rows, printed]);

  const state = q.isError ? 'error' : q.currentData ? 'ready' : 'loading';
  return (
    <section className="winter-letters" aria-labelledby="winter-letters-title" data-testid="sticker-letters" data-state={state} data-count={state === 'ready' ? rows.length : ''}>
      {/* The tab names the page on screen; the heading names it for those who move by headings. */}
      <h2 id="winter-letters-title" className="visually-hidden">
        {t('winter.letters.title')}
      </h2>
      {headSlot
        ? createPortal(
            <span className="workspace__count" aria-live="polite" data-testid="sticker-letters-count">
              {state === 'ready' ? t('winter.letters.count', { count: rows.length, formatted: formatInteger(rows.length, lang) }) : ''}
            </span>,
            headSlot,
          )
        : null}
      <p className="winter-letters__intro">{t('winter.letters.intro')}</p>
      {canWrite ? null : <p className="read-only-note">{t('winter.letters.readOnly')}</p>}
      {state === 'loading' ? (
        <LoadingState text={t('winter.letters.loading')} />
      ) : state === 'error' ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('winter.letters.emptyTitle')} text={t('winter.letters.emptyText')} testId="sticker-letters-empty" icon="done" />
      ) : (
        <>
          <div className="winter-letters__actions">
            {canWrite ? <PrintLetters letters={chosen.length > 0 ? chosen : rows} all={chosen.length === 0} unposted={toPost.length} onPrinted={setPrinted} /> : null}
            {canWrite ? (
              <PostLetters
                letters={toPost}
                onPosted={(ids) => {
                  setPrinted((p) => p.filter((id) => !ids.includes(id)));
                  setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
                }}
              />
            ) : null}
          </div>
          <LettersTable rows={rows} selected={selected} onSelect={setSelected} />
        </>
      )}
    </section>
  );
}
