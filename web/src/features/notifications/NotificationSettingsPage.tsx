import { useState } from 'react';
import { Button, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type {
  EmailFrequency,
  NotificationChannel,
  NotificationKind,
  NotificationPreferencesQuery,
} from '../../gql/graphql';
import { mapErrorToForm } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { ErrorPanel, ListSkeleton } from '../../ui/states';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './graphql';
import { CHANNELS, FREQUENCIES, SETTINGS_KINDS, canChoose, channelsInput } from './settings';

type Preferences = NotificationPreferencesQuery['notificationPreferences'];

function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation(['notifications', 'notificationSettings', 'common']);
  const initial = Object.fromEntries(
    preferences.channels.map((c) => [c.kind, c.channel]),
  ) as Partial<Record<NotificationKind, NotificationChannel>>;
  const [channels, setChannels] = useState(initial);
  const [frequency, setFrequency] = useState<EmailFrequency>(preferences.emailFrequency);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateNotificationPreferencesDocument, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: NotificationPreferencesDocument,
          data: { notificationPreferences: data.updateNotificationPreferences },
        });
      }
    },
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await save({
        variables: {
          input: {
            emailFrequency: frequency,
            channels: channelsInput(channels),
          },
        },
      });
      notifications.show({ color: 'kizuna', message: t('notificationSettings:saved') });
    } catch (err) {
      setError(mapErrorToForm(t, err, []).formMessage);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <FormAlert message={error} />
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="sm">
            <Title order={2} size="h3" id="channels-title">
              {t('notificationSettings:channelsTitle')}
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table
                verticalSpacing="sm"
                aria-labelledby="channels-title"
                data-testid="notification-channels"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('notificationSettings:kind')}</Table.Th>
                    {CHANNELS.map((channel) => (
                      <Table.Th key={channel} scope="col" ta="center">
                        {t(`notificationSettings:channels.${channel}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {SETTINGS_KINDS.map((kind) => (
                    <Table.Tr key={kind} data-testid={`channel-row-${kind}`}>
                      <Table.Th scope="row" fw={500}>
                        {t(`notificationSettings:kinds.${kind}`)}
                        {kind === 'MODERATOR_MESSAGE' ? (
                          <Text size="xs" c="dimmed" fw={400}>
                            {t('notificationSettings:moderatorNote')}
                          </Text>
                        ) : null}
                      </Table.Th>
                      {CHANNELS.map((channel) => (
                        <Table.Td key={channel}>
                          <Group justify="center">
                            <Radio
                              name={`channel-${kind}`}
                              value={channel}
                              checked={channels[kind] === channel}
                              disabled={!canChoose(kind, channel)}
                              onChange={() => setChannels((c) => ({ ...c, [kind]: channel }))}
                              aria-label={t('notificationSettings:optionLabel', {
                                kind: t(`notificationSettings:kinds.${kind}`),
                                channel: t(`notificationSettings:channels.${channel}`),
                              })}
                            />
                          </Group>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Radio.Group
            value={frequency}
            onChange={(v) => setFrequency(v as EmailFrequency)}
            label={
              <Title order={2} size="h3" component="span">
                {t('notificationSettings:frequencyTitle')}
              </Title>
            }
            description={t('notificationSettings:frequencyLead')}
          >
            <Stack gap="xs" mt="sm">
              {FREQUENCIES.map((f) => (
                <Radio key={f} value={f} label={t(`notificationSettings:frequency.${f}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/settings/notifications`: which notifications arrive, and which come by email too. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('notificationSettings');
  const { data, error, refetch } = useQuery(NotificationPreferencesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('title')} description={t('lead')} size="md">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={4} /> : null}
      {data ? <PreferencesForm preferences={data.notificationPreferences} /> : null}
    </Page>
  );
}
