import { Checkbox, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { START_INTERVALS_MIN } from '../../../../domain/bookings/entities.ts';
import { UNIT_RULE_FIELDS, type UnitRules } from '../../../../domain/bookings/unit-rules.ts';
import { asAppError } from '../../api/base-query.ts';
import { commandError } from '../../api/command-error.ts';
import { useSetUnitRulesMutation, useUnitSettingsQuery } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { readRulesDraft, rulesDraft, type RulesDraft } from './unit-rules-draft.ts';

type NumberField = Exclude<keyof UnitRules, 'startIntervalMin' | 'requiresHandling' | 'canApplyFreeOfCharge'>;
const ROWS: NumberField[][] = [['minDurationMin', 'maxDurationMin'], ['minDaysBefore', 'maxDaysBefore'], ['maxReservationsPerUser'], ['minPersons', 'maxPersons']];

/**
 * A reservation unit's booking rules for its admin (brief 2.3): lengths and start times, how far
 * ahead, how many per customer and people, and whether a handler decides. They govern bookings
 * still to be made. Each field says what is wrong with it, as the central would refuse it.
 */
export function UnitRulesDialog({ unit, onClose }: { unit: ReservationUnitOption; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const settings = useUnitSettingsQuery({ reservationUnitId: unit.id });
  const [save] = useSetUnitRulesMutation();
  const [draft, setDraft] = useState<RulesDraft | null>(null);
  const current = settings.data ? rulesDraft(settings.data.rules) : null;
  const shown = draft ?? current;
  const read = shown ? readRulesDraft(shown) : null;
  const change = (patch: Partial<RulesDraft>) => setDraft({ ...shown!, ...patch });
  const errorOf = (f: keyof UnitRules) => (read && !read.ok && read.errors[f] ? t(read.errors[f]) : undefined);
  const unchanged = read?.ok && settings.data ? UNIT_RULE_FIELDS.every((f) => read.rules[f] === settings.data!.rules[f]) : false;
  const blocked = !read ? t('bookings.prices.loading') : !read.ok ? t('bookings.rules.fix') : unchanged ? t('bookings.rules.unchanged') : null;

  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.rules.title', { unit: localized(unit.name, lang) })}
      text={t('bookings.rules.text')}
      confirmLabel={t('bookings.rules.confirm')}
      cancelLabel={t('bookings.rules.cancel')}
      testId="rules-dialog"
      confirmTestId="rules-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (!read?.ok) return null;
        const err = commandError(await save({ reservationUnitId: unit.id, rules: read.rules }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.setUnitRules' } }));
        return err;
      }}
    >
      {settings.isLoading ? (
        <LoadingState text={t('bookings.prices.loading')} small />
      ) : settings.isError ? (
        <ErrorState error={asAppError(settings.error)} onRetry={() => void settings.refetch()} />
      ) : shown ? (
        <>
          <div className="form-row">
            <SelectField
            id="rules-startIntervalMin"
            label={t('bookings.rules.fields.startIntervalMin')}
            value={shown.startIntervalMin}
            onChange={(v) => change({ startIntervalMin: v })}
            options={START_INTERVALS_MIN.map((m) => ({ value: String(m), label: t('bookings.rules.everyMinutes', { count: m }) }))}
            />
          </div>
          {ROWS.map((row) => (
            <div className="form-row" key={row.join('-')}>
              {row.map((f) => (
                <TextInput
                  key={f}
                  id={`rules-${f}`}
                  label={t(`bookings.rules.fields.${f}`)}
                  helperText={t(`bookings.rules.help.${f}`)}
                  value={shown[f]}
                  onChange={(e) => change({ [f]: e.target.value })}
                  invalid={errorOf(f) !== undefined}
                  errorText={errorOf(f)}
                  inputMode="numeric"
                  autoComplete="off"
                />
              ))}
            </div>
          ))}
          <Checkbox id="rules-requiresHandling" label={t('bookings.rules.fields.requiresHandling')} checked={shown.requiresHandling} onChange={(e) => change({ requiresHandling: e.target.checked })} />
          <Checkbox id="rules-canApplyFreeOfCharge" label={t('bookings.rules.fields.canApplyFreeOfCharge')} checked={shown.canApplyFreeOfCharge} onChange={(e) => change({ canApplyFreeOfCharge: e.target.checked })} />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
