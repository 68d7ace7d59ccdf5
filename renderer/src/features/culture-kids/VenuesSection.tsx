import { Button, ButtonSize, ButtonVariant, IconPlus } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortProgram } from '../../../../domain/culture-kids/contract.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCohortsQuery, useCkCopyVenuesMutation } from './ck-api.ts';
import type { CkContext } from './CkFrame.tsx';
import { commandError } from '../../api/command-error.ts';
import type { ProgramDialog } from './program-dialog.ts';

/** The cohort's venues: new, edit, and a copy of the previous cohort's (venues belong to one cohort). */
export function VenuesSection({ program, ctx, onDialog }: { program: CohortProgram; ctx: CkContext; onDialog: (d: ProgramDialog) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const cohorts = useCkCohortsQuery({});
  const [copy] = useCkCopyVenuesMutation();
  const [copying, setCopying] = useState(false);
  const previous = (cohorts.data ?? []).filter((c) => c.year < ctx.cohort.year).sort((a, b) => b.year - a.year)[0];
  return (
    <section className="ck-section" aria-labelledby="ck-venues-h" data-testid="ck-venues">
      <div className="ck-section__head">
        <h2 id="ck-venues-h">{t('cultureKids.program.venues')}</h2>
        <div className="ck-actions">
          {previous ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setCopying(true)} data-testid="ck-copy-venues">
              {t('cultureKids.program.copyVenues')}
            </Button>
          ) : null}
          <Button size={ButtonSize.Small} iconStart={<IconPlus aria-hidden />} onClick={() => onDialog({ kind: 'venue', venue: null })} data-testid="ck-new-venue">
            {t('cultureKids.program.newVenue')}
          </Button>
        </div>
      </div>
      {program.venues.length === 0 ? (
        <EmptyState title={t('cultureKids.program.noVenuesTitle')} text={t('cultureKids.program.noVenues')} testId="ck-no-venues" />
      ) : (
        <table className="ck-table" data-testid="ck-venue-list">
          <thead>
            <tr>
              <th scope="col">{t('cultureKids.venue.name')}</th>
              <th scope="col">{t('cultureKids.venue.address')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cultureKids.program.occurrenceColumns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...program.venues]
              .sort((a, b) => localized(a.name, lang).localeCompare(localized(b.name, lang), lang))
              .map((v) => (
                <tr key={v.id} data-testid="ck-venue-row" data-venue-id={v.id}>
                  <td>
                    {localized(v.name, lang)}
                    {v.copiedFromVenueId ? <span className="muted"> · {t('cultureKids.venue.copied')}</span> : null}
                  </td>
                  <td>{localized(v.address, lang)}</td>
                  <td>
                    <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onDialog({ kind: 'venue', venue: v })} aria-label={`${t('cultureKids.program.edit')}: ${localized(v.name, lang)}`}>
                      {t('cultureKids.program.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {copying && previous ? (
        <ConfirmDialog
          isOpen
          title={t('cultureKids.program.copyVenuesTitle')}
          text={t('cultureKids.program.copyVenuesText', { year: previous.year })}
          confirmLabel={t('cultureKids.program.copyVenuesConfirm')}
          testId="ck-copy-venues-dialog"
          confirmTestId="ck-copy-venues-confirm"
          onClose={() => setCopying(false)}
          onConfirm={async () => {
            const err = commandError(await copy({ fromCohortId: previous.id, toCohortId: ctx.cohort.id }));
            if (!err) dispatch(announce({ key: 'cultureKids.venue.saved' }));
            return err;
          }}
        />
      ) : null}
    </section>
  );
}
