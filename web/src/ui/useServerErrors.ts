import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/session';
import { mapErrorToForm } from './errors';
import { restrictionTexts } from './restrictions';

interface FormLike {
  values: object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * The sentences of the community's refusals (a silence's end, a posting rule), with dates in the
 * zone the member chose, else the browser's.
 */
export function useRestrictionTexts() {
  const { viewer } = useViewer();
  const timeZone = viewer?.timezone || undefined;
  return useMemo(() => restrictionTexts(timeZone), [timeZone]);
}

/**
 * Puts a failed mutation's field errors on the form's inputs and keeps the rest as one message.
 * Returns the message (for <FormAlert>) plus `report` for catch blocks, `show` for a message of
 * the form's own (fields to fix) and `clear` for new tries.
 */
export function useServerErrors(form: FormLike, rename?: Record<string, string>) {
  const { t } = useTranslation();
  const explain = useRestrictionTexts();
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback(
    (error: unknown) => {
      const mapped = mapErrorToForm(t, error, Object.keys(form.values), rename, explain);
      form.setErrors(mapped.fieldErrors);
      setMessage(mapped.formMessage);
    },
    [t, form, rename, explain],
  );
  const clear = useCallback(() => setMessage(null), []);
  return { message, report, show: setMessage, clear };
}
