import { useCallback, useState } from 'react';

/**
 * A customer form's fields in one state object. The setters are stable and update from the newest
 * state, so the on-screen keyboard (which keeps a setter from the moment a field was touched)
 * never writes an old copy of the form back.
 */
export function useForm<T extends Record<string, string>>(initial: T): { form: T; set: (field: keyof T) => (value: string) => void; reset: () => void; dirty: boolean } {
  const [form, setForm] = useState(initial);
  const [setters] = useState(() => new Map<keyof T, (value: string) => void>());
  const set = useCallback(
    (field: keyof T) => {
      let setter = setters.get(field);
      if (!setter) setters.set(field, (setter = (value: string) => setForm((f) => ({ ...f, [field]: value }))));
      return setter;
    },
    [setters],
  );
  const reset = useCallback(() => setForm(initial), [initial]);
  return { form, set, reset, dirty: Object.keys(initial).some((k) => form[k] !== initial[k]) };
}
