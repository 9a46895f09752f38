import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { ModerationSettingsFieldsFragment } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { intRange, required, rule, type Check } from '../../ui/validators';
import { RanksDocument } from '../points/graphql';
import { rankName } from '../points/rankNames';
import { ModerationSettingsDocument, UpdateModerationSettingsDocument } from './graphql';

type Values = Omit<ModerationSettingsFieldsFragment, '__typename'>;
type NumberField = Exclude<keyof Values, 'holdNewMemberLinks'>;

/** The api's ranges, for the inputs and the checks before sending. */
const RANGES: Record<NumberField, [number, number]> = {
  flagMinRank: [1, 100],
  flagsPerHour: [1, 1000],
  hideThreshold: [0.5, 100],
  newMemberDays: [0, 365],
  trustedRank: [1, 100],
  newMemberMaxLinks: [0, 100],
  newMemberMaxImages: [0, 100],
  newMemberMaxMentions: [0, 100],
};

const toValues = (s: ModerationSettingsFieldsFragment): Values => ({
  flagMinRank: s.flagMinRank,
  flagsPerHour: s.flagsPerHour,
  hideThreshold: s.hideThreshold,
  newMemberDays: s.newMemberDays,
  trustedRank: s.trustedRank,
  newMemberMaxLinks: s.newMemberMaxLinks,
  newMemberMaxImages: s.newMemberMaxImages,
  newMemberMaxMentions: s.newMemberMaxMentions,
  holdNewMemberLinks: s.holdNewMemberLinks,
});

const numberRange =
  (min: number, max: number): Check =>
  (v) => {
    if (v === '') return null;
    const n = Number(v);
    if (!Number.isFinite(n)) return { issue: 'INVALID_FORMAT' };
    return n < min || n > max ? { issue: 'OUT_OF_RANGE', params: { min, max } } : null;
  };

/**
 * Who may flag and how much, when flags hide content, and the limits on new members. Admins
 * change them; moderators read them (the queue and the flags follow them).
 */
export function ModerationSettingsPage() {
  const { t } = useTranslation(['moderation', 'common']);
  const { viewer } = useViewer();
  const canEdit = hasAnyRole(viewer?.role, ['ADMIN']);
  const { data, loading, error, refetch } = useQuery(ModerationSettingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('settings.title')} description={t('settings.lead')} size="md">
      {!canEdit ? (
        <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
          {t('settings.readOnly')}
        </Alert>
      ) : null}
      {loading && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {data ? <SettingsForm settings={data.moderationSettings} canEdit={canEdit} /> : null}
    </Page>
  );
}

function SettingsForm({
  settings,
  canEdit,
}: {
  settings: ModerationSettingsFieldsFragment;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const ranks = useQuery(RanksDocument);
  const [update, { loading }] = useMutation(UpdateModerationSettingsDocument, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({
          query: ModerationSettingsDocument,
          data: { moderationSettings: data.updateModerationSettings },
        });
    },
  });
  const check = (field: NumberField) => {
    const [min, max] = RANGES[field];
    return field === 'hideThreshold'
      ? rule(t, field, required, numberRange(min, max))
      : rule(t, field, required, intRange(min, max));
  };
  const form = useForm<Values>({
    initialValues: toValues(settings),
    validate: Object.fromEntries(
      (Object.keys(RANGES) as NumberField[]).map((field) => [field, check(field)]),
    ),
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await update({
        variables: {
          input: {
            ...Object.fromEntries(
              (Object.keys(RANGES) as NumberField[]).map((field) => [field, Number(values[field])]),
            ),
            holdNewMemberLinks: values.holdNewMemberLinks,
          },
        },
      });
      if (data) {
        const saved = toValues(data.updateModerationSettings);
        form.setInitialValues(saved);
        form.setValues(saved);
        form.resetDirty(saved);
      }
      notifications.show({ color: 'kizuna', message: t('settings.saved') });
    } catch (e) {
      server.report(e);
    }
  });

  const rankOptions = (ranks.data?.ranks ?? []).map((r) => ({
    value: String(r.position),
    label: t('settings.rankOption', {
      position: r.position,
      name: `${r.icon} ${rankName(r, i18n.language)}`.trim(),
    }),
  }));
  const number = (field: NumberField, extra: { decimal?: boolean } = {}) => {
    const [min, max] = RANGES[field];
    return (
      <NumberInput
        label={t(`settings.fields.${field}`)}
        description={t(`settings.hints.${field}`)}
        min={min}
        max={max}
        step={extra.decimal ? 0.5 : 1}
        allowDecimal={!!extra.decimal}
        allowNegative={false}
        clampBehavior="none"
        required
        {...form.getInputProps(field)}
      />
    );
  };
  /** A rank by name when the ranks are known, else by position. */
  const rank = (field: 'flagMinRank' | 'trustedRank') =>
    rankOptions.length > 0 ? (
      <Select
        label={t(`settings.fields.${field}`)}
        description={t(`settings.hints.${field}`)}
        data={rankOptions}
        allowDeselect={false}
        required
        {...form.getInputProps(field)}
        value={String(form.values[field])}
        onChange={(v) => v && form.setFieldValue(field, Number(v))}
      />
    ) : (
      number(field)
    );

  return (
    <form onSubmit={submit} noValidate data-testid="moderation-settings-form">
      <fieldset disabled={!canEdit} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Stack gap="lg">
          <FormAlert message={server.message} />
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('settings.flagsSection')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {rank('flagMinRank')}
                {number('flagsPerHour')}
              </SimpleGrid>
              {number('hideThreshold', { decimal: true })}
              <Stack gap={4} data-testid="weights">
                <Text size="sm" fw={600}>
                  {t('settings.weightsTitle')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('settings.weightsRank')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('settings.weightsAccuracy')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('settings.weightsExample', { threshold: form.values.hideThreshold })}
                </Text>
              </Stack>
            </Stack>
          </Paper>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('settings.newMembersSection')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('settings.newMembersLead')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {number('newMemberDays')}
                {rank('trustedRank')}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                {number('newMemberMaxLinks')}
                {number('newMemberMaxImages')}
                {number('newMemberMaxMentions')}
              </SimpleGrid>
              <Switch
                label={t('settings.fields.holdNewMemberLinks')}
                description={t('settings.hints.holdNewMemberLinks')}
                {...form.getInputProps('holdNewMemberLinks', { type: 'checkbox' })}
              />
            </Stack>
          </Paper>
          {canEdit ? (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                {t('common:actions.reset')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common:actions.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
