import { Button, ButtonSize, ButtonVariant, IconPlus } from 'hds-react';

/**
 * A master data add action (decision 45): a berth or pier in the harbour panel, a winter place or
 * section in the areas tab. `text` is shown; `label` names where the record goes and starts with
 * `text` (axe: label-content-name-mismatch).
 */
export function AddButton({ text, label, onClick, testId }: { text: string; label: string; onClick: () => void; testId: string }) {
  return (
    <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} iconStart={<IconPlus />} onClick={onClick} aria-label={label} data-testid={testId}>
      {text}
    </Button>
  );
}
