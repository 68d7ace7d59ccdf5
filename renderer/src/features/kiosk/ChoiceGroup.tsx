import { useId } from 'react';

/**
 * Large radio buttons: a choice the customer sees whole, touched once. `detail` is a second line
 * under an option's label (where a space is: two units both have an "Aula").
 */
export function ChoiceGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  label,
  detail,
  testId,
}: {
  legend: string;
  options: readonly V[];
  value: V | '';
  onChange: (v: V) => void;
  label: (v: V) => string;
  detail?: (v: V) => string;
  testId: string;
}) {
  const name = useId();
  return (
    <fieldset className="kiosk-choices" data-testid={testId}>
      <legend className="kiosk-field__label">{legend}</legend>
      <div className="kiosk-choices__options">
        {options.map((option) => {
          const more = detail?.(option);
          return (
            <label key={option} className={`kiosk-choice${value === option ? ' kiosk-choice--chosen' : ''}`}>
              <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} data-testid={`${testId}-${option}`} />
              {more ? (
                <span className="kiosk-choice__text">
                  <span>{label(option)}</span>
                  <span className="kiosk-choice__detail">{more}</span>
                </span>
              ) : (
                <span>{label(option)}</span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
