import type { AppError } from '../../../../domain/result.ts';
import { useErrorText } from '../../components/StateViews.tsx';

/** A refusal or failure in the customer's language; never technical details on a public screen. */
export function KioskError({ error }: { error: AppError | null }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p className="kiosk-error" role="alert" data-testid="kiosk-error" data-code={error.code}>
      {errorText(error)}
    </p>
  );
}
