import { Button, ButtonSize, ButtonVariant, IconAngleLeft, IconAngleRight } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../domain/wall-clock.ts';
import { dayForInput, parseDay } from '../format/dates.ts';
import { helsinkiToday } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';

/**
 * Previous / today / next and a typed day in the user's format (d.m.yyyy in Finnish). `step` is
 * 1 for a day view, 7 for a week view; the buttons say which.
 */
export function DateNavigator({ date, step, onChange, idPrefix }: { date: string; step: 1 | 7; onChange: (date: string) => void; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? dayForInput(date, lang);
  const parsed = typed === null ? null : parseDay(typed, lang);
  const error = parsed && !parsed.ok ? t(`calendar.dateError.${parsed.reason}`, { example: dayForInput('2026-12-31', lang) }) : null;
  const go = (d: string) => {
    setTyped(null);
    onChange(d);
  };
  return (
    <div className="date-nav" role="group" aria-label={t('calendar.dateNav')}>
      <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconAngleLeft aria-hidden />} onClick={() => go(addDays(date, -step))} data-testid={`${idPrefix}-prev`}>
        {step === 1 ? t('calendar.prevDay') : t('calendar.prevWeek')}
      </Button>
      <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => go(helsinkiToday())} data-testid={`${idPrefix}-today`}>
        {t('calendar.today')}
      </Button>
      <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconEnd={<IconAngleRight aria-hidden />} onClick={() => go(addDays(date, step))} data-testid={`${idPrefix}-next`}>
        {step === 1 ? t('calendar.nextDay') : t('calendar.nextWeek')}
      </Button>
      <form
        className="date-nav__field"
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed?.ok) go(parsed.iso);
        }}
      >
        <label htmlFor={`${idPrefix}-date`}>{t('calendar.date')}</label>
        <input
          id={`${idPrefix}-date`}
          data-testid={`${idPrefix}-date`}
          className="native-input"
          value={text}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? `${idPrefix}-date-error` : undefined}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={() => {
            if (parsed?.ok) go(parsed.iso);
          }}
        />
        {error ? (
          <span id={`${idPrefix}-date-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
    </div>
  );
}
