import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteExpiry } from '../../../../domain/assist/retention.ts';
import type { ServiceLanguage } from '../../../../domain/assist/vocabulary.ts';
import { commandError } from '../../api/command-error.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatInstantDate } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { timeOf } from './assist-time.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsLogSessionMutation } from './assist-api.ts';
import type { SessionDraft } from './assist-session.ts';
import { helperTypeOf } from './ethics.ts';
import { SessionFieldsForm } from './SessionFieldsForm.tsx';
import { fieldsFrom, formProblems, minutesBetween, sessionInput } from './session-form.ts';

/**
 * The session form the timer (or a finished ticket) opens: anonymous by design, saved as a
 * command that waits in the outbox when the central is out of reach.
 */
export function SessionDialog({ ctx, draft, onClose }: { ctx: AsContext; draft: SessionDraft; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [log] = useAsLogSessionMutation();
  const [fields, setFields] = useState(() => fieldsFrom(draft, lang as ServiceLanguage));
  const problems = formProblems(fields);
  const clockOf = (iso: string) => timeOf(iso, lang);
  return (
    <ConfirmDialog
      isOpen
      title={t('assist.session.title')}
      text={t('assist.session.times', { from: clockOf(draft.startedAt), to: clockOf(draft.endedAt), minutes: minutesBetween(draft.startedAt, draft.endedAt) })}
      confirmLabel={t('assist.session.save')}
      cancelLabel={t('assist.session.discard')}
      testId="as-session-dialog"
      confirmTestId="as-session-save"
      confirmDisabled={problems.length > 0}
      blockedReason={problems.map((p) => t(`assist.session.problems.${p}`)).join(' ')}
      onClose={onClose}
      onConfirm={async () => {
        const input = sessionInput(fields, draft, ctx.servicePoint.id, helperTypeOf(ctx.user.roles));
        if (!input) return null;
        const err = commandError(await log(input));
        if (!err) dispatch(announce({ key: ctx.offline ? 'assist.session.savedOffline' : 'assist.session.saved' }));
        return err;
      }}
    >
      <p className="muted">{t('assist.session.anonymous')}</p>
      <SessionFieldsForm fields={fields} onChange={setFields} noteExpires={formatInstantDate(noteExpiry(draft.endedAt), lang)} />
    </ConfirmDialog>
  );
}
