import { useState } from 'react';
import {
  ActionIcon,
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
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconPencil, IconPlus, IconTarget, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MissionAction, MissionsAdminQuery } from '../../gql/graphql';
import { DateTimeField } from '../../ui/DateFields';
import { mapErrorToForm } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { formatDateTime, formatNumber } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { BadgesDocument } from '../badges/graphql';
import { badgeName } from '../badges/logic';
import { SPACES_PAGE_SIZE, SpacesDocument } from '../spaces/graphql';
import { spaceName } from '../spaces/spaceText';
import {
  ArchiveMissionDocument,
  CreateMissionDocument,
  MissionsAdminDocument,
  MissionsDocument,
  UpdateMissionDocument,
} from './graphql';
import {
  blankMission,
  canLimitToSpace,
  editableMission,
  MISSION_ACTIONS,
  MISSION_LIMITS,
  missionProblems,
  problemsByPath,
  missionTitle,
  missionTimeLeft,
  REWARD_POINTS_MAX,
  stepLabel,
  toMissionInput,
  type EditableMission,
} from './logic';

type AdminMission = MissionsAdminQuery['missionsAdmin'][number];

/** Moderators list, create, edit and end missions. */
export function MissionsAdminPage() {
  const { t } = useTranslation(['missions', 'common']);
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, error, refetch } = useQuery(MissionsAdminDocument, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<AdminMission | 'new' | null>(null);
  const [archiving, setArchiving] = useState<AdminMission | null>(null);

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
      <Switch
        label={t('admin.includeArchived')}
        checked={includeArchived}
        onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
      />
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={3} height={120} /> : null}
      {data && data.missionsAdmin.length === 0 ? (
        <EmptyPanel icon={<IconTarget size={28} aria-hidden />} title={t('admin.empty')} />
      ) : null}
      {data && data.missionsAdmin.length > 0 ? (
        <Stack gap="md">
          {data.missionsAdmin.map((m) => (
            <MissionRow
              key={m.id}
              mission={m}
              onEdit={() => setEditing(m)}
              onArchive={() => setArchiving(m)}
            />
          ))}
        </Stack>
      ) : null}
      {editing ? (
        <MissionEditor
          mission={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {archiving ? <ArchiveModal mission={archiving} onClose={() => setArchiving(null)} /> : null}
    </Page>
  );
}

function missionState(m: AdminMission, now = Date.now()) {
  if (m.archivedAt) return 'archived' as const;
  const left = missionTimeLeft(m, now);
  if (left.state === 'upcoming') return 'upcoming' as const;
  if (left.state === 'ended') return 'ended' as const;
  return 'open' as const;
}

const STATE_COLORS = { archived: 'gray', upcoming: 'blue', open: 'green', ended: 'orange' };

function MissionRow({
  mission: m,
  onEdit,
  onArchive,
}: {
  mission: AdminMission;
  onEdit: () => void;
  onArchive: () => void;
}) {
  const { t, i18n } = useTranslation('missions');
  const lang = i18n.language;
  const state = missionState(m);
  const reward = [
    m.rewardPoints > 0
      ? t('panel.rewardPoints', { points: formatNumber(m.rewardPoints, lang) })
      : null,
    m.rewardBadge ? `${m.rewardBadge.icon} ${badgeName(m.rewardBadge, lang)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper withBorder radius="md" p="md" data-testid="mission-row" data-mission-id={m.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Group gap="xs">
              <Title order={2} size="h5">
                {missionTitle(m, lang)}
              </Title>
              <Badge variant="light" tt="none">
                {t(`admin.kind.${m.kind}`)}
              </Badge>
              <Badge variant="dot" color={STATE_COLORS[state]} tt="none">
                {t(`admin.state.${state}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {m.startsAt && m.endsAt
                ? t('admin.window', {
                    start: formatDateTime(m.startsAt, lang),
                    end: formatDateTime(m.endsAt, lang),
                  })
                : t('admin.noWindow')}
              {' · '}
              {t('admin.completedCount', { count: m.completedCount })}
            </Text>
          </Stack>
          {!m.archivedAt ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={onEdit}
              >
                {t('admin.edit')}
              </Button>
              {m.kind === 'TIMEBOXED' ? (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  leftSection={<IconArchive size={14} aria-hidden />}
                  onClick={onArchive}
                >
                  {t('admin.archive')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
        <Text size="sm" component="ul" m={0} pl="md">
          {m.steps.map((s, i) => (
            <li key={i}>{stepLabel(t, s, s.space ? spaceName(s.space, lang) : null)}</li>
          ))}
        </Text>
        {reward ? (
          <Text size="xs" c="dimmed">
            {t('panel.reward')}: {reward}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function MissionEditor({
  mission,
  onClose,
}: {
  mission: AdminMission | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['missions', 'common']);
  const lang = i18n.language;
  const timeboxed = !mission || mission.kind === 'TIMEBOXED';
  const form = useForm<EditableMission>({
    initialValues: mission ? editableMission(mission) : blankMission(),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(problemsByPath(missionProblems(values, timeboxed))).map(([path, p]) => [
          path,
          t(`admin.errors.${p}`),
        ]),
      ),
  });
  const server = useServerErrors(form);
  const refetchQueries = [MissionsAdminDocument, MissionsDocument];
  const [create, creating] = useMutation(CreateMissionDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdateMissionDocument, { refetchQueries });
  const spaces = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const badges = useQuery(BadgesDocument, { variables: { includeDisabled: false } });
  const { values } = form;

  const spaceOptions = (spaces.data?.spaces.nodes ?? [])
    .filter((s) => !s.archivedAt)
    .map((s) => ({ value: s.id, label: `${s.icon} ${spaceName(s, lang)}` }));
  const badgeOptions = (badges.data?.badges ?? []).map((b) => ({
    value: b.id,
    label: `${b.icon} ${badgeName(b, lang)}`,
  }));
  // A reward badge that is no longer listed (turned off) still shows as chosen.
  if (values.rewardBadgeId && !badgeOptions.some((o) => o.value === values.rewardBadgeId)) {
    const b = mission?.rewardBadge;
    if (b) badgeOptions.push({ value: b.id, label: `${b.icon} ${badgeName(b, lang)}` });
  }

  const submit = form.onSubmit(
    async (values) => {
      server.clear();
      const input = toMissionInput(values, timeboxed);
      try {
        if (mission) {
          await update({ variables: { input: { id: mission.id, ...input } } });
          notifications.show({ color: 'kizuna', message: t('admin.saved') });
        } else {
          const { startsAt, endsAt, ...rest } = input;
          await create({ variables: { input: { ...rest, startsAt: startsAt!, endsAt: endsAt! } } });
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
      size="xl"
      title={mission ? t('admin.editTitle') : t('admin.createTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="mission-form">
        <Stack gap="md">
          <FormAlert message={server.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('admin.titleJa')}
              required
              maxLength={MISSION_LIMITS.titleMax}
              {...form.getInputProps('titleJa')}
              data-autofocus
            />
            <TextInput
              label={t('admin.titleEn')}
              required
              maxLength={MISSION_LIMITS.titleMax}
              {...form.getInputProps('titleEn')}
            />
            <Textarea
              label={t('admin.descriptionJa')}
              autosize
              minRows={2}
              maxLength={MISSION_LIMITS.descriptionMax}
              {...form.getInputProps('descriptionJa')}
            />
            <Textarea
              label={t('admin.descriptionEn')}
              autosize
              minRows={2}
              maxLength={MISSION_LIMITS.descriptionMax}
              {...form.getInputProps('descriptionEn')}
            />
          </SimpleGrid>
          <Stack gap="xs">
            <Title order={3} size="h6">
              {t('admin.stepsTitle')}
            </Title>
            {mission ? (
              <Text size="xs" c="dimmed">
                {t('admin.stepsHint')}
              </Text>
            ) : null}
            {form.errors.steps ? (
              <Text size="sm" c="red" role="alert">
                {form.errors.steps}
              </Text>
            ) : null}
            {values.steps.map((s, i) => (
              <Group key={i} gap="sm" align="flex-start" wrap="wrap" data-testid="mission-step-row">
                <Select
                  label={t('admin.action')}
                  required
                  allowDeselect={false}
                  data={MISSION_ACTIONS.map((a) => ({ value: a, label: t(`actionNames.${a}`) }))}
                  {...form.getInputProps(`steps.${i}.action`)}
                  onChange={(v) => {
                    if (!v) return;
                    form.setFieldValue(`steps.${i}.action`, v as MissionAction);
                    if (!canLimitToSpace(v as MissionAction))
                      form.setFieldValue(`steps.${i}.spaceId`, null);
                  }}
                  style={{ flex: '1 1 200px' }}
                />
                <NumberInput
                  label={t('admin.count')}
                  required
                  min={1}
                  max={MISSION_LIMITS.countMax}
                  allowDecimal={false}
                  {...form.getInputProps(`steps.${i}.count`)}
                  w={110}
                />
                <Select
                  label={t('admin.space')}
                  placeholder={t('admin.anySpace')}
                  clearable
                  disabled={!canLimitToSpace(s.action)}
                  data={spaceOptions}
                  {...form.getInputProps(`steps.${i}.spaceId`)}
                  style={{ flex: '1 1 200px' }}
                />
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="red"
                  disabled={values.steps.length <= 1}
                  aria-label={t('admin.removeStep', { n: i + 1 })}
                  onClick={() => form.removeListItem('steps', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={values.steps.length >= MISSION_LIMITS.stepsMax}
                onClick={() =>
                  form.insertListItem('steps', { action: 'COMMENT', count: 1, spaceId: null })
                }
              >
                {t('admin.addStep')}
              </Button>
            </Group>
          </Stack>
          {timeboxed ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateTimeField
                label={t('admin.startsAt')}
                required
                {...form.getInputProps('startsAt')}
              />
              <DateTimeField label={t('admin.endsAt')} required {...form.getInputProps('endsAt')} />
            </SimpleGrid>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('admin.rewardPoints')}
              description={t('admin.rewardHint')}
              min={0}
              max={REWARD_POINTS_MAX}
              allowDecimal={false}
              thousandSeparator=","
              {...form.getInputProps('rewardPoints')}
            />
            <Select
              label={t('admin.rewardBadge')}
              description=" "
              placeholder={t('admin.noBadge')}
              clearable
              data={badgeOptions}
              {...form.getInputProps('rewardBadgeId')}
            />
          </SimpleGrid>
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

function ArchiveModal({ mission, onClose }: { mission: AdminMission; onClose: () => void }) {
  const { t, i18n } = useTranslation(['missions', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [archive, { loading }] = useMutation(ArchiveMissionDocument, {
    refetchQueries: [MissionsAdminDocument, MissionsDocument],
  });
  const submit = async () => {
    setError(null);
    try {
      await archive({ variables: { id: mission.id } });
      notifications.show({ color: 'kizuna', message: t('admin.archived') });
      onClose();
    } catch (e) {
      setError(mapErrorToForm(t, e, []).formMessage);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('admin.archiveTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <FormAlert message={error} />
        <Text>{t('admin.archiveConfirm', { title: missionTitle(mission, i18n.language) })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void submit()} data-autofocus>
            {t('admin.archive')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
