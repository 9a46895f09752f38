import { useState } from 'react';
import { Button, Group, Modal, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDevices } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@kizuna/shared';
import { useEndSession, useViewer } from '../../app/session';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { errorMessage, toAppError } from '../../ui/errors';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, minLen, required, rule } from '../../ui/validators';
import { ChangePasswordDocument, SignOutEverywhereDocument } from '../auth/graphql';

function ChangePasswordForm() {
  const { t } = useTranslation(['profile', 'common', 'auth']);
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: rule(t, 'currentPassword', required),
      newPassword: rule(
        t,
        'newPassword',
        required,
        minLen(LIMITS.passwordMin),
        maxLen(LIMITS.passwordMax),
      ),
      confirm: (value, values) =>
        value !== values.newPassword ? t('auth:fields.passwordMismatch') : null,
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    server.clear();
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notifications.show({ color: 'kizuna', message: t('account.passwordChanged') });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <Title order={2} size="h3">
            {t('account.passwordTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.passwordLead')}
          </Text>
          <FormAlert message={server.message} />
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('auth:fields.passwordHint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('auth:fields.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('account.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation(['profile', 'common', 'auth']);
  const [open, setOpen] = useState(false);
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereDocument);
  const endSession = useEndSession();

  const confirm = async () => {
    try {
      await signOutEverywhere();
      setOpen(false);
      notifications.show({ color: 'kizuna', message: t('account.signedOutEverywhere') });
      await endSession('/sign-in');
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3">
          {t('account.sessionsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.sessionsLead')}
        </Text>
        <Button
          variant="light"
          color="red"
          leftSection={<IconDevices size={18} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          {t('account.signOutEverywhere')}
        </Button>
      </Stack>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('account.signOutEverywhereConfirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text>{t('account.signOutEverywhereConfirm')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('account.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

export function AccountSettingsPage() {
  const { t } = useTranslation(['profile', 'common', 'auth']);
  const { viewer } = useViewer();
  return (
    <Page
      title={t('account.title')}
      description={viewer?.email ? t('account.lead', { email: viewer.email }) : undefined}
      size="md"
    >
      <ChangePasswordForm />
      <SignOutEverywhere />
    </Page>
  );
}
