import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconHourglass, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS, LOCALES, type Locale } from '@kizuna/shared';
import { isLocale, LOCALE_NAMES } from '../../app/locale';
import { useStartSession } from '../../app/session';
import { FormAlert } from '../../ui/FormAlert';
import { Notice } from '../../ui/Notice';
import { useServerErrors } from '../../ui/useServerErrors';
import { usePageTitle } from '../../ui/usePageTitle';
import { Container } from '@mantine/core';
import { emailFormat, handleFormat, maxLen, minLen, required, rule } from '../../ui/validators';
import { CommunityDocument } from '../community/graphql';
import { AuthCard } from './AuthCard';
import { SignUpDocument } from './graphql';

function PendingApproval({ communityName }: { communityName: string }) {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('pending.title'));
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        color="yellow"
        icon={<IconHourglass size={30} aria-hidden />}
        title={t('pending.title')}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('pending.backHome')}
          </Button>
        }
      >
        {t('pending.body', { community: communityName })}
      </Notice>
    </Container>
  );
}

export function SignUpPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const { data: communityData } = useQuery(CommunityDocument);
  const community = communityData?.community;
  const inviteOnly = community?.registrationMode === 'INVITE';
  const startSession = useStartSession();
  const [pending, setPending] = useState(false);
  const [signUp, { loading }] = useMutation(SignUpDocument);
  const currentLocale: Locale = isLocale(i18n.language) ? i18n.language : 'ja';

  const form = useForm({
    initialValues: {
      email: '',
      password: '',
      displayName: '',
      handle: '',
      inviteCode: '',
      locale: currentLocale as string,
    },
    validate: {
      email: rule(t, 'email', required, emailFormat),
      password: rule(
        t,
        'password',
        required,
        minLen(LIMITS.passwordMin),
        maxLen(LIMITS.passwordMax),
      ),
      displayName: rule(t, 'displayName', required, maxLen(LIMITS.displayNameMax)),
      handle: rule(
        t,
        'handle',
        required,
        minLen(LIMITS.handleMin),
        maxLen(LIMITS.handleMax),
        handleFormat,
      ),
      inviteCode: inviteOnly ? rule(t, 'inviteCode', required, maxLen(64)) : undefined,
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await signUp({
        variables: {
          input: {
            email: values.email.trim(),
            password: values.password,
            displayName: values.displayName.trim(),
            handle: values.handle.trim(),
            locale: values.locale,
            ...(inviteOnly ? { inviteCode: values.inviteCode.trim() } : {}),
          },
        },
      });
      if (data?.signUp.pendingApproval) {
        setPending(true);
        return;
      }
      if (isLocale(values.locale)) await i18n.changeLanguage(values.locale);
      notifications.show({
        color: 'kizuna',
        title: t('signUp.welcomeTitle'),
        message: t('signUp.welcome', { community: community?.name ?? '' }),
      });
      await startSession();
    } catch (error) {
      server.report(error);
    }
  });

  if (pending) return <PendingApproval communityName={community?.name ?? ''} />;

  return (
    <AuthCard
      title={t('signUp.title')}
      lead={t('signUp.lead', { community: community?.name ?? '' })}
      footer={
        <>
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/sign-in" fw={600}>
            {t('signUp.toSignIn')}
          </Anchor>
        </>
      }
    >
      {community?.registrationMode === 'APPROVAL' ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('signUp.approvalNote')}
        </Alert>
      ) : null}
      {inviteOnly ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('signUp.inviteNote')}
        </Alert>
      ) : null}
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
            description={t('fields.passwordHint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('fields.displayName')}
            description={t('fields.displayNameHint')}
            autoComplete="nickname"
            required
            maxLength={LIMITS.displayNameMax}
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('fields.handle')}
            description={t('fields.handleHint', { min: LIMITS.handleMin, max: LIMITS.handleMax })}
            leftSection="@"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={LIMITS.handleMax}
            {...form.getInputProps('handle')}
          />
          {inviteOnly ? (
            <TextInput
              label={t('fields.inviteCode')}
              autoComplete="off"
              spellCheck={false}
              required
              {...form.getInputProps('inviteCode')}
            />
          ) : null}
          <Select
            label={t('fields.language')}
            data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('signUp.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
