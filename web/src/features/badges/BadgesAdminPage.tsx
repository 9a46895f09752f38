import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAward, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BadgeCriterion, BadgesQuery } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { BadgeIcon } from './BadgeIcon';
import { BadgesDocument, CreateBadgeDocument, UpdateBadgeDocument } from './graphql';
import {
  BADGE_CRITERIA,
  BADGE_LIMITS,
  badgeName,
  badgeProblems,
  blankBadge,
  criterionText,
  thresholdKind,
  toBadgeInput,
  type EditableBadge,
} from './logic';

type AdminBadge = BadgesQuery['badges'][number];

/** Admins list every badge (turned-off ones too) and create or edit them. */
export function BadgesAdminPage() {
  const { t, i18n } = useTranslation(['badges', 'common']);
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(BadgesDocument, {
    variables: { includeDisabled: true },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<AdminBadge | 'new' | null>(null);

  return (
    <Page
      title={t('admin.title')}
      description={t('admin.lead')}
      size="lg"
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('admin.new')}
        </Button>
      }
    >
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={5} height={52} /> : null}
      {data && data.badges.length === 0 ? (
        <EmptyPanel icon={<IconAward size={28} aria-hidden />} title={t('admin.empty')} />
      ) : null}
      {data && data.badges.length > 0 ? (
        <Paper withBorder radius="lg" p={0}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.badge')}</Table.Th>
                <Table.Th>{t('admin.criterion')}</Table.Th>
                <Table.Th ta="right">{t('admin.holders')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.badges.map((b) => (
                <Table.Tr key={b.id} data-testid="badge-admin-row" data-key={b.key}>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <BadgeIcon icon={b.icon} size={36} />
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Group gap={6}>
                          <Text fw={600} size="sm">
                            {badgeName(b, lang)}
                          </Text>
                          {!b.enabled ? (
                            <Badge size="xs" color="gray" variant="light">
                              {t('admin.disabled')}
                            </Badge>
                          ) : null}
                        </Group>
                        <Text size="xs" c="dimmed" dir="ltr">
                          {b.key}
                        </Text>
                      </Stack>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{criterionText(t, b)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{t('list.holders', { count: b.holderCount })}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      aria-label={t('admin.editLabel', { name: badgeName(b, lang) })}
                      onClick={() => setEditing(b)}
                    >
                      {t('admin.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      {editing ? (
        <BadgeEditor badge={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Page>
  );
}

function BadgeEditor({ badge, onClose }: { badge: AdminBadge | null; onClose: () => void }) {
  const { t } = useTranslation(['badges', 'common']);
  const form = useForm<EditableBadge>({
    initialValues: badge
      ? {
          key: badge.key,
          nameJa: badge.nameJa,
          nameEn: badge.nameEn,
          descriptionJa: badge.descriptionJa,
          descriptionEn: badge.descriptionEn,
          icon: badge.icon,
          criterion: badge.criterion,
          threshold: badge.threshold,
          enabled: badge.enabled,
        }
      : blankBadge(),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(badgeProblems(values)).map(([field, p]) => [field, t(`admin.errors.${p}`)]),
      ),
  });
  const server = useServerErrors(form);
  const [create, creating] = useMutation(CreateBadgeDocument, {
    refetchQueries: [BadgesDocument],
  });
  const [update, updating] = useMutation(UpdateBadgeDocument, {
    refetchQueries: [BadgesDocument],
  });
  const { values } = form;
  const kind = thresholdKind(values.criterion);

  const submit = form.onSubmit(
    async (values) => {
      server.clear();
      const input = toBadgeInput(values);
      try {
        if (badge) {
          await update({ variables: { input: { id: badge.id, ...input } } });
          notifications.show({ color: 'kizuna', message: t('admin.saved') });
        } else {
          await create({ variables: { input } });
          notifications.show({ color: 'kizuna', message: t('admin.created') });
        }
        onClose();
      } catch (error) {
        server.report(error);
      }
    },
    () => server.show(t('admin.fix')),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={badge ? t('admin.editTitle') : t('admin.createTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="badge-form">
        <Stack gap="md">
          <FormAlert message={server.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('admin.key')}
              description={t('admin.keyHint')}
              required
              maxLength={40}
              dir="ltr"
              {...form.getInputProps('key')}
              onChange={(e) =>
                form.setFieldValue('key', e.currentTarget.value.trim().toLowerCase())
              }
              data-autofocus
            />
            <TextInput
              label={t('admin.icon')}
              description=" "
              maxLength={BADGE_LIMITS.iconMax}
              {...form.getInputProps('icon')}
            />
            <TextInput
              label={t('admin.nameJa')}
              required
              maxLength={BADGE_LIMITS.nameMax}
              {...form.getInputProps('nameJa')}
            />
            <TextInput
              label={t('admin.nameEn')}
              required
              maxLength={BADGE_LIMITS.nameMax}
              {...form.getInputProps('nameEn')}
            />
            <Textarea
              label={t('admin.descriptionJa')}
              autosize
              minRows={2}
              maxLength={BADGE_LIMITS.descriptionMax}
              {...form.getInputProps('descriptionJa')}
            />
            <Textarea
              label={t('admin.descriptionEn')}
              autosize
              minRows={2}
              maxLength={BADGE_LIMITS.descriptionMax}
              {...form.getInputProps('descriptionEn')}
            />
            <Select
              label={t('admin.criterion')}
              required
              allowDeselect={false}
              data={BADGE_CRITERIA.map((c) => ({ value: c, label: t(`criteria.${c}`) }))}
              {...form.getInputProps('criterion')}
              onChange={(v) => {
                if (!v) return;
                const criterion = v as BadgeCriterion;
                const next = thresholdKind(criterion);
                const before = thresholdKind(values.criterion);
                form.setFieldValue('criterion', criterion);
                if (next === 'year' && before !== 'year')
                  form.setFieldValue('threshold', new Date().getFullYear());
                if (next === 'count' && before !== 'count') form.setFieldValue('threshold', 1);
              }}
            />
            {kind !== 'none' ? (
              <NumberInput
                label={kind === 'year' ? t('admin.thresholdYear') : t('admin.thresholdCount')}
                required
                min={kind === 'year' ? 2000 : 1}
                max={kind === 'year' ? 2100 : 1_000_000}
                allowDecimal={false}
                {...form.getInputProps('threshold')}
              />
            ) : null}
          </SimpleGrid>
          <Switch
            label={t('admin.enabled')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
