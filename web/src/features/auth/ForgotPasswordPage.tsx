import { useState } from 'react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../ui/FormAlert';
import { useServerErrors } from '../../ui/useServerErrors';
import { emailFormat, required, rule } from '../../ui/validators';
import { AuthCard } from './AuthCard';
import { RequestPasswordResetDocument } from './graphql';

export function ForgotPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: rule(t, 'email', required, emailFormat) },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async ({ email }) => {
    server.clear();
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <AuthCard
      title={t('forgot.title')}
      lead={sentTo ? undefined : t('forgot.lead')}
      footer={
        <Anchor component={Link} to="/sign-in">
          {t('forgot.backToSignIn')}
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert
          color="kizuna"
          variant="light"
          icon={<IconMailCheck aria-hidden />}
          title={t('forgot.sentTitle')}
          role="status"
        >
          {t('forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
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
            <Button type="submit" loading={loading} fullWidth size="md">
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
