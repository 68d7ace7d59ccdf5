import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../../domain/roles.ts';
import type { StaffUser } from '../../../../../domain/sync/protocol.ts';
import { StickerLetters } from './StickerLetters.tsx';
import { WinterAreas } from './WinterAreas.tsx';
import { WinterInbox } from './WinterInbox.tsx';
import { WinterRenewal } from './WinterRenewal.tsx';
import { WINTER_TABS, WinterTabs, type WinterTab } from './WinterTabs.tsx';
import './winter.css';

/** The renewal sends invoices: only roles that may (berths.cases.write) have its tab. */
const READ_TABS = WINTER_TABS.filter((t) => t !== 'renewal');

/**
 * Winter storage for berth case handlers: the inbox of marked-place applications and unmarked
 * notices with one case beside it, the sticker letters still to post, and the areas with their
 * sections and places, and the renewal of marked places for the next winter. A role without
 * `berths.cases.write` (a supervisor) sees the first two without their actions and no renewal;
 * the areas are edited by whoever edits berth master data.
 */
export function WinterWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<WinterTab>('inbox');
  const canWrite = can(user.roles, 'berths.cases.write');
  // Where the page on show puts its season and count: beside the tabs, not on a row of its own.
  const [headSlot, setHeadSlot] = useState<HTMLDivElement | null>(null);
  return (
    <div className="workspace workspace--winter" data-testid="winter-storage">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('winter.title')}</h1>
        <WinterTabs tabs={canWrite ? WINTER_TABS : READ_TABS} tab={tab} onTab={setTab} />
        <div className="winter-head" ref={setHeadSlot} />
      </div>
      <div className="winter__panel" role="tabpanel" id={`winter-panel-${tab}`} aria-labelledby={`winter-tab-${tab}`}>
        {tab === 'inbox' ? (
          <WinterInbox canWrite={canWrite} headSlot={headSlot} />
        ) : tab === 'letters' ? (
          <StickerLetters canWrite={canWrite} headSlot={headSlot} />
        ) : tab === 'areas' ? (
          <WinterAreas headSlot={headSlot} />
        ) : (
          <WinterRenewal headSlot={headSlot} />
        )}
      </div>
    </div>
  );
}
