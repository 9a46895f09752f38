import {
  Button,
  Group,
  Image,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS, LOCALES } from '@kizuna/shared';
import { LOCALE_NAMES } from '../../app/locale';
import type { CommunityQuery, RegistrationMode } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { useServerErrors } from '../../ui/useServerErrors';
import { httpUrl, maxLen, required, rule } from '../../ui/validators';
import { CommunityDocument, UpdateCommunityDocument } from './graphql';

const MODES: RegistrationMode[] = ['OPEN', 'APPROVAL', 'INVITE'];

/** The on/off settings, each in a section of its own. */
const SWITCHES = [
  { section: 'visitorsSection', field: 'visibleToVisitors' },
  { section: 'leaderboardsSection', field: 'leaderboardsIncludeStaff' },
  { section: 'moderationSection', field: 'moderatorsCanSuspend' },
] as const;

function SettingsForm({ community }: { community: CommunityQuery['community'] }) {
  const { t } = useTranslation(['community', 'common']);
  const [update, { loading }] = useMutation(UpdateCommunityDocument);
  const form = useForm({
    initialValues: {
      name: community.name,
      description: community.description,
      logoUrl: community.logoUrl ?? '',
      defaultLocale: community.defaultLocale,
      timezone: community.timezone,
      registrationMode: community.registrationMode as string,
      leaderboardsIncludeStaff: community.leaderboardsIncludeStaff,
      moderatorsCanSuspend: community.moderatorsCanSuspend,
      visibleToVisitors: community.visibleToVisitors,
    },
    validate: {
      name: rule(t, 'name', required, maxLen(LIMITS.communityNameMax)),
      description: rule(t, 'description', maxLen(LIMITS.communityDescriptionMax)),
      logoUrl: rule(t, 'logoUrl', maxLen(LIMITS.urlMax), httpUrl),
      timezone: rule(t, 'timezone', required),
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await update({
        variables: {
          input: {
            name: values.name.trim(),
            description: values.description,
            logoUrl: values.logoUrl.trim() || null,
            defaultLocale: values.defaultLocale,
            timezone: values.timezone,
            registrationMode: values.registrationMode as RegistrationMode,
            leaderboardsIncludeStaff: values.leaderboardsIncludeStaff,
            moderatorsCanSuspend: values.moderatorsCanSuspend,
            visibleToVisitors: values.visibleToVisitors,
          },
        },
      });
      if (data) {
        const c = data.updateCommunity;
        form.setInitialValues({ ...values, logoUrl: c.logoUrl ?? '' });
        form.resetDirty();
      }
      notifications.show({ color: 'kizuna', message: t('settings.saved') });
    } catch (error) {
      server.report(error);
    }
  });

  const logoPreview =
    form.values.logoUrl && !httpUrl(form.values.logoUrl) ? form.values.logoUrl : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlert message={server.message} />
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('settings.profileSection')}
            </Title>
            <TextInput
              label={t('fields.name')}
              required
              maxLength={LIMITS.communityNameMax}
              {...form.getInputProps('name')}
            />
            <Textarea
              label={t('fields.description')}
              description={t('fields.descriptionHint', { max: LIMITS.communityDescriptionMax })}
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('description')}
            />
            <Group gap="md" align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('fields.logoUrl')}
                description={t('fields.logoUrlHint')}
                placeholder="https://"
                type="url"
                {...form.getInputProps('logoUrl')}
              />
              {logoPreview ? (
                <Image
                  src={logoPreview}
                  alt={t('fields.logoPreview')}
                  w={64}
                  h={64}
                  radius="md"
                  mt={28}
                />
              ) : null}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('fields.defaultLocale')}
                description={t('fields.defaultLocaleHint')}
                data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
                allowDeselect={false}
                {...form.getInputProps('defaultLocale')}
              />
              <TimeZoneSelect
                label={t('fields.timezone')}
                description={t('fields.timezoneHint')}
                required
                {...form.getInputProps('timezone')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Radio.Group
            label={
              <Title order={2} size="h3" component="span">
                {t('fields.registrationMode')}
              </Title>
            }
            description={t('fields.registrationModeHint')}
            {...form.getInputProps('registrationMode')}
          >
            <Stack gap="md" mt="md">
              {MODES.map((mode) => (
                <Radio
                  key={mode}
                  value={mode}
                  label={
                    <Text fw={600} span>
                      {t(`modes.${mode}.label`)}
                    </Text>
                  }
                  description={t(`modes.${mode}.description`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Paper>
        {SWITCHES.map(({ section, field }) => (
          <Paper key={field} withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Title order={2} size="h3">
                {t(`settings.${section}`)}
              </Title>
              <Switch
                label={t(`fields.${field}`)}
                description={t(`fields.${field}Hint`)}
                {...form.getInputProps(field, { type: 'checkbox' })}
              />
            </Stack>
          </Paper>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
            {t('common:actions.reset')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CommunitySettingsPage() {
  const { t } = useTranslation(['community', 'common']);
  const { data, loading, error, refetch } = useQuery(CommunityDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('settings.title')} description={t('settings.lead')} size="md">
      {loading && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {data ? <SettingsForm community={data.community} /> : null}
    </Page>
  );
}
