import { Button, ButtonSize, ButtonVariant, IconPlus } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortProgram, EventView } from '../../../../domain/culture-kids/contract.ts';
import { publishEventRefusal } from '../../../../domain/culture-kids/publishing.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useCkProgramQuery } from './ck-api.ts';
import { CkFrame, type CkContext } from './CkFrame.tsx';
import { CancelOccurrenceDialog } from './CancelOccurrenceDialog.tsx';
import { EventCard } from './EventCard.tsx';
import { EventDialog } from './EventDialog.tsx';
import { GroupDialog } from './GroupDialog.tsx';
import { OccurrenceDialog } from './OccurrenceDialog.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { TicketCodesDialog } from './TicketCodesDialog.tsx';
import type { ProgramDialog } from './program-dialog.ts';
import { VenueDialog } from './VenueDialog.tsx';
import { VenuesSection } from './VenuesSection.tsx';

/** The cohort's program (issue 8, build 1–2): venues, event groups, events and their occurrences, publishing. */
export function ProgramWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <CkFrame user={user} title={t('cultureKids.program.title')} testId="ck-program">
      {(ctx) => <ProgramBody ctx={ctx} />}
    </CkFrame>
  );
}

function ProgramBody({ ctx }: { ctx: CkContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCkProgramQuery({ cohortId: ctx.cohort.id });
  const [dialog, setDialog] = useState<ProgramDialog | null>(null);
  if (q.isLoading) return <LoadingState text={t('cultureKids.states.loading')} />;
  if (q.isError || !q.data) return <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  const program = q.data;
  const close = () => setDialog(null);
  const ungrouped = program.events.filter((e) => e.event.eventGroupId === null);
  // The central's own rule, shown before the user confirms rather than as a refusal after.
  const publishBlock = (cohort: CohortProgram['cohort'], view: EventView) => {
    const refusal = publishEventRefusal(cohort, view.event, view.occurrences.map((o) => o.occurrence));
    return refusal ? t(`errors.${refusal.code}`) : null;
  };

  return (
    <>
      <VenuesSection program={program} ctx={ctx} onDialog={setDialog} />
      <section className="ck-section" aria-labelledby="ck-events-h" data-testid="ck-events">
        <div className="ck-section__head">
          <h2 id="ck-events-h">{t('cultureKids.program.events')}</h2>
          <div className="ck-actions">
            {ctx.rights.manageGroups ? (
              <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconPlus aria-hidden />} onClick={() => setDialog({ kind: 'group', group: null })} data-testid="ck-new-group">
                {t('cultureKids.program.newGroup')}
              </Button>
            ) : null}
            <Button
              size={ButtonSize.Small}
              iconStart={<IconPlus aria-hidden />}
              onClick={() => setDialog({ kind: 'event', event: null })}
              disabled={!program.cohort.singleEventsAllowed && program.eventGroups.length === 0}
              data-testid="ck-new-event"
            >
              {t('cultureKids.program.newEvent')}
            </Button>
          </div>
        </div>
        {!program.cohort.singleEventsAllowed ? <p className="muted">{t('cultureKids.program.singleEventsNotAllowed')}</p> : null}
        {program.events.length === 0 && program.eventGroups.length === 0 ? (
          <EmptyState title={t('cultureKids.program.noEventsTitle')} text={t('cultureKids.program.noEvents')} testId="ck-no-events" />
        ) : null}
        {program.eventGroups.map((g) => {
          const events = program.events.filter((e) => e.event.eventGroupId === g.id);
          return (
            <section key={g.id} className="ck-group" aria-label={localized(g.name, lang)} data-testid="ck-group" data-group-id={g.id} data-published={g.publishedAt !== null}>
              <div className="ck-section__head">
                <h3>
                  {t('cultureKids.program.group')}: {localized(g.name, lang)} <span className="muted">· {t('cultureKids.program.eventCount', { count: events.length })}</span>
                </h3>
                <div className="ck-actions">
                  {ctx.rights.manageGroups ? (
                    <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setDialog({ kind: 'group', group: g })} data-testid="ck-group-edit">
                      {t('cultureKids.program.edit')}
                    </Button>
                  ) : null}
                  {ctx.rights.publish && events.length > 0 ? (
                    <Button size={ButtonSize.Small} onClick={() => setDialog({ kind: 'publishGroup', group: g })} data-testid="ck-group-publish">
                      {g.publishedAt ? t('cultureKids.program.republish') : t('cultureKids.program.publish')}
                    </Button>
                  ) : null}
                </div>
              </div>
              {events.map((e) => (
                <EventCard key={e.event.id} view={e} group={g} ctx={ctx} onDialog={setDialog} />
              ))}
            </section>
          );
        })}
        {ungrouped.map((e) => (
          <EventCard key={e.event.id} view={e} group={null} ctx={ctx} onDialog={setDialog} />
        ))}
      </section>
      {dialog?.kind === 'venue' ? <VenueDialog cohortId={ctx.cohort.id} venue={dialog.venue} onClose={close} /> : null}
      {dialog?.kind === 'group' ? <GroupDialog cohortId={ctx.cohort.id} group={dialog.group} onClose={close} /> : null}
      {dialog?.kind === 'event' ? (
        <EventDialog cohortId={ctx.cohort.id} event={dialog.event?.event ?? null} groups={program.eventGroups} groupRequired={!program.cohort.singleEventsAllowed} onClose={close} />
      ) : null}
      {dialog?.kind === 'occurrence' ? <OccurrenceDialog event={dialog.event} venues={program.venues} occurrence={dialog.occurrence} onClose={close} /> : null}
      {dialog?.kind === 'cancelOccurrence' ? <CancelOccurrenceDialog occurrence={dialog.occurrence} onClose={close} /> : null}
      {dialog?.kind === 'codes' ? <TicketCodesDialog event={dialog.event} onClose={close} /> : null}
      {dialog?.kind === 'publishEvent' ? (
        <PublishDialog
          cohortId={ctx.cohort.id}
          target={{ eventId: dialog.event.event.id }}
          name={localized(dialog.event.event.name, lang)}
          blockedReason={publishBlock(program.cohort, dialog.event)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'publishGroup' ? (
        <PublishDialog
          cohortId={ctx.cohort.id}
          target={{ eventGroupId: dialog.group.id }}
          name={localized(dialog.group.name, lang)}
          blockedReason={program.events.some((e) => e.event.eventGroupId === dialog.group.id && !e.event.ready) ? t('cultureKids.program.publishNotReady') : null}
          onClose={close}
        />
      ) : null}
    </>
  );
}
