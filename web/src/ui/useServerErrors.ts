import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapErrorToForm } from './errors';

interface FormLike {
  values: object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts a failed mutation's field errors on the form's inputs and keeps the rest as one message.
 * Returns the message (for <FormAlert>) plus `report` for catch blocks, `show` for a message of
 * the form's own (fields to fix) and `clear` for new tries.
 */
export function useServerErrors(form: FormLike, rename?: Record<string, string>) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback(
    (error: unknown) => {
      const mapped = mapErrorToForm(t, error, Object.keys(form.values), rename);
      form.setErrors(mapped.fieldErrors);
      setMessage(mapped.formMessage);
    },
    [t, form, rename],
  );
  const clear = useCallback(() => setMessage(null), []);
  return { message, report, show: setMessage, clear };
}
