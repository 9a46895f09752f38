import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorCode, LIMITS } from '@kizuna/shared';
import { FormAlert } from '../../ui/FormAlert';
import { errorCodeOf } from '../../ui/errors';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, minLen, required, rule } from '../../ui/validators';
import { AuthCard } from './AuthCard';
import { ResetPasswordDocument } from './graphql';

function InvalidLink() {
  const { t } = useTranslation(['auth', 'common']);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLinkOff aria-hidden />}
      title={t('reset.invalidTitle')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <span>{t('reset.invalidBody')}</span>
        <Button component={Link} to="/forgot-password" size="sm" variant="white" color="red">
          {t('reset.askAgain')}
        </Button>
      </Stack>
    </Alert>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [state, setState] = useState<'form' | 'done' | 'invalid'>(token ? 'form' : 'invalid');
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: rule(
        t,
        'newPassword',
        required,
        minLen(LIMITS.passwordMin),
        maxLen(LIMITS.passwordMax),
      ),
      confirm: (value, values) =>
        value !== values.newPassword ? t('fields.passwordMismatch') : null,
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async ({ newPassword }) => {
    server.clear();
    try {
      await reset({ variables: { input: { token, newPassword } } });
      setState('done');
    } catch (error) {
      if (errorCodeOf(error) === ErrorCode.INVALID_TOKEN) setState('invalid');
      else server.report(error);
    }
  });

  return (
    <AuthCard
      title={t('reset.title')}
      lead={state === 'form' ? t('reset.lead') : undefined}
      footer={
        <Anchor component={Link} to="/sign-in">
          {t('forgot.backToSignIn')}
        </Anchor>
      }
    >
      {state === 'invalid' ? <InvalidLink /> : null}
      {state === 'done' ? (
        <Alert
          color="kizuna"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('reset.doneTitle')}
          role="status"
        >
          <Stack gap="sm" align="flex-start">
            <span>{t('reset.doneBody')}</span>
            <Button component={Link} to="/sign-in" size="sm">
              {t('reset.toSignIn')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {state === 'form' ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert message={server.message} />
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('fields.passwordHint', { min: LIMITS.passwordMin })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={loading} fullWidth size="md">
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </AuthCard>
  );
}
