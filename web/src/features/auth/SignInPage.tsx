import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/guards';
import { useStartSession } from '../../app/session';
import { FormAlert } from '../../ui/FormAlert';
import { useServerErrors } from '../../ui/useServerErrors';
import { emailFormat, required, rule } from '../../ui/validators';
import { AuthCard } from './AuthCard';
import { SignInDocument } from './graphql';

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const startSession = useStartSession();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: rule(t, 'email', required, emailFormat),
      password: rule(t, 'password', required),
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await signIn({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      await startSession();
      notifications.show({
        color: 'kizuna',
        message: t('signIn.welcomeBack', { name: data?.signIn.displayName ?? '' }),
      });
      await navigate(next, { replace: true });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <AuthCard
      title={t('signIn.title')}
      lead={t('signIn.lead')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up" fw={600}>
            {t('signIn.toSignUp')}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={server.message} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
