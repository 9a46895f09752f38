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
import { notifications } from '@mantine/notifications';
import { IconAward, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BadgeCriterion, BadgesQuery } from '../../gql/graphql';
import { mapErrorToForm } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
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

const FORM_FIELDS = [
  'key',
  'nameJa',
  'nameEn',
  'descriptionJa',
  'descriptionEn',
  'icon',
  'criterion',
  'threshold',
  'enabled',
];

function BadgeEditor({ badge, onClose }: { badge: AdminBadge | null; onClose: () => void }) {
  const { t } = useTranslation(['badges', 'common']);
  const [values, setValues] = useState<EditableBadge>(() =>
    badge
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
  );
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateBadgeDocument, {
    refetchQueries: [BadgesDocument],
  });
  const [update, updating] = useMutation(UpdateBadgeDocument, {
    refetchQueries: [BadgesDocument],
  });
  const problems = badgeProblems(values);
  const kind = thresholdKind(values.criterion);
  const set = (patch: Partial<EditableBadge>) => setValues((v) => ({ ...v, ...patch }));
  const err = (field: keyof EditableBadge) => {
    const p = problems[field];
    return (checked && p ? t(`admin.errors.${p}`) : undefined) ?? serverErrors[field];
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFormError(null);
    setServerErrors({});
    if (Object.keys(problems).length > 0) return setFormError(t('admin.fix'));
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
      const mapped = mapErrorToForm(t, error, FORM_FIELDS);
      setServerErrors(mapped.fieldErrors);
      setFormError(mapped.formMessage);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={badge ? t('admin.editTitle') : t('admin.createTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="badge-form">
        <Stack gap="md">
          <FormAlert message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('admin.key')}
              description={t('admin.keyHint')}
              required
              maxLength={40}
              dir="ltr"
              value={values.key}
              error={err('key')}
              onChange={(e) => set({ key: e.currentTarget.value.trim().toLowerCase() })}
              data-autofocus
            />
            <TextInput
              label={t('admin.icon')}
              description=" "
              maxLength={BADGE_LIMITS.iconMax}
              value={values.icon}
              error={err('icon')}
              onChange={(e) => set({ icon: e.currentTarget.value })}
            />
            <TextInput
              label={t('admin.nameJa')}
              required
              maxLength={BADGE_LIMITS.nameMax}
              value={values.nameJa}
              error={err('nameJa')}
              onChange={(e) => set({ nameJa: e.currentTarget.value })}
            />
            <TextInput
              label={t('admin.nameEn')}
              required
              maxLength={BADGE_LIMITS.nameMax}
              value={values.nameEn}
              error={err('nameEn')}
              onChange={(e) => set({ nameEn: e.currentTarget.value })}
            />
            <Textarea
              label={t('admin.descriptionJa')}
              autosize
              minRows={2}
              maxLength={BADGE_LIMITS.descriptionMax}
              value={values.descriptionJa}
              error={err('descriptionJa')}
              onChange={(e) => set({ descriptionJa: e.currentTarget.value })}
            />
            <Textarea
              label={t('admin.descriptionEn')}
              autosize
              minRows={2}
              maxLength={BADGE_LIMITS.descriptionMax}
              value={values.descriptionEn}
              error={err('descriptionEn')}
              onChange={(e) => set({ descriptionEn: e.currentTarget.value })}
            />
            <Select
              label={t('admin.criterion')}
              required
              allowDeselect={false}
              data={BADGE_CRITERIA.map((c) => ({ value: c, label: t(`criteria.${c}`) }))}
              value={values.criterion}
              error={err('criterion')}
              onChange={(v) => {
                if (!v) return;
                const criterion = v as BadgeCriterion;
                const next = thresholdKind(criterion);
                set({
                  criterion,
                  threshold:
                    next === 'year' && thresholdKind(values.criterion) !== 'year'
                      ? new Date().getFullYear()
                      : next === 'count' && thresholdKind(values.criterion) !== 'count'
                        ? 1
                        : values.threshold,
                });
              }}
            />
            {kind !== 'none' ? (
              <NumberInput
                label={kind === 'year' ? t('admin.thresholdYear') : t('admin.thresholdCount')}
                required
                min={kind === 'year' ? 2000 : 1}
                max={kind === 'year' ? 2100 : 1_000_000}
                allowDecimal={false}
                value={values.threshold}
                error={err('threshold')}
                onChange={(v) => set({ threshold: v })}
              />
            ) : null}
          </SimpleGrid>
          <Switch
            label={t('admin.enabled')}
            checked={values.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
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
