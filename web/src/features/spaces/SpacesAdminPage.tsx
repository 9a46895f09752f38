import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  ColorInput,
  MultiSelect,
  Group,
  Select,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowDown,
  IconArrowUp,
  IconEdit,
  IconLayoutGrid,
  IconPlus,
  IconRestore,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTENT_LIMITS, SPACE_SLUG_PATTERN } from '@kizuna/shared';
import type { SpacesAdminQuery } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { matches, maxLen, required, rule } from '../../ui/validators';
import { RanksDocument } from '../points/graphql';
import { rankName } from '../points/logic';
import { SpaceIcon } from './SpaceBadge';
import {
  CreateSpaceDocument,
  ReorderSpacesDocument,
  SpacesAdminDocument,
  UpdateSpaceDocument,
  SPACES_PAGE_SIZE,
} from './graphql';
import { moveId } from './order';
import { spaceName } from './spaceText';

type Space = SpacesAdminQuery['spaces']['nodes'][number];
type Role = NonNullable<Space['viewRoles']>[number];
const ROLES: Role[] = ['MEMBER', 'MODERATOR', 'PRODUCT', 'ADMIN'];

function SpaceForm({ space, onClose }: { space: Space | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['spacesAdmin', 'common']);
  const [create, createState] = useMutation(CreateSpaceDocument, {
    refetchQueries: [SpacesAdminDocument, 'Spaces'],
  });
  const [update, updateState] = useMutation(UpdateSpaceDocument);
  const form = useForm({
    initialValues: {
      slug: space?.slug ?? '',
      nameJa: space?.nameJa ?? '',
      nameEn: space?.nameEn ?? '',
      descriptionJa: space?.descriptionJa ?? '',
      descriptionEn: space?.descriptionEn ?? '',
      icon: space?.icon ?? '💬',
      color: space?.color ?? '#2f9e76',
      viewRoles: (space?.viewRoles ?? []) as Role[],
      postRoles: (space?.postRoles ?? []) as Role[],
      minRankPosition: space?.minRankPosition ? String(space.minRankPosition) : '',
    },
    validate: {
      slug: space ? undefined : rule(t, 'slug', required, matches(SPACE_SLUG_PATTERN)),
      nameJa: rule(t, 'nameJa', required, maxLen(CONTENT_LIMITS.spaceNameMax)),
      nameEn: rule(t, 'nameEn', required, maxLen(CONTENT_LIMITS.spaceNameMax)),
      descriptionJa: rule(t, 'descriptionJa', maxLen(CONTENT_LIMITS.spaceDescriptionMax)),
      descriptionEn: rule(t, 'descriptionEn', maxLen(CONTENT_LIMITS.spaceDescriptionMax)),
      color: rule(t, 'color', matches(/^#[0-9a-fA-F]{6}$/)),
    },
  });
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));
  const ranks = useQuery(RanksDocument).data?.ranks ?? [];
  const rankOptions = ranks
    .filter((r) => r.position > 1)
    .map((r) => ({ value: String(r.position), label: `${r.icon} ${rankName(r, i18n.language)}` }));
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { slug, minRankPosition, ...fields } = values;
      const rest = { ...fields, minRankPosition: minRankPosition ? Number(minRankPosition) : null };
      if (space) await update({ variables: { input: { id: space.id, ...rest } } });
      else await create({ variables: { input: { slug, ...rest } } });
      notifications.show({
        color: 'kizuna',
        message: space ? t('saved') : t('created'),
      });
      onClose();
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={space ? t('editTitle') : t('createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={server.message} />
          <TextInput
            label={t('fields.slug')}
            description={t('fields.slugHint')}
            withAsterisk={!space}
            disabled={!!space}
            dir="ltr"
            {...form.getInputProps('slug')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.nameJa')} withAsterisk {...form.getInputProps('nameJa')} />
            <TextInput label={t('fields.nameEn')} withAsterisk {...form.getInputProps('nameEn')} />
            <Textarea
              label={t('fields.descriptionJa')}
              autosize
              minRows={2}
              {...form.getInputProps('descriptionJa')}
            />
            <Textarea
              label={t('fields.descriptionEn')}
              autosize
              minRows={2}
              {...form.getInputProps('descriptionEn')}
            />
            <TextInput
              label={t('fields.icon')}
              description={t('fields.iconHint')}
              maxLength={8}
              {...form.getInputProps('icon')}
            />
            <ColorInput label={t('fields.color')} format="hex" {...form.getInputProps('color')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('fields.viewRoles')}
              description={t('fields.viewRolesHint')}
              placeholder={t('fields.everyone')}
              data={roleOptions}
              clearable
              {...form.getInputProps('viewRoles')}
            />
            <MultiSelect
              label={t('fields.postRoles')}
              description={t('fields.postRolesHint')}
              placeholder={t('fields.everyone')}
              data={roleOptions}
              clearable
              {...form.getInputProps('postRoles')}
            />
          </SimpleGrid>
          <Select
            label={t('fields.minRank')}
            description={t('fields.minRankHint')}
            placeholder={t('fields.noMinRank')}
            data={rankOptions}
            clearable
            {...form.getInputProps('minRankPosition')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={createState.loading || updateState.loading}>
              {space ? t('common:actions.save') : t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Staff: create, edit, archive and order the community's spaces. */
export function SpacesAdminPage() {
  const { t, i18n } = useTranslation(['spacesAdmin', 'common']);
  const [editing, setEditing] = useState<Space | 'new' | null>(null);
  const { data, error, refetch } = useQuery(SpacesAdminDocument, {
    variables: { first: SPACES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [reorder, reorderState] = useMutation(ReorderSpacesDocument, {
    refetchQueries: [SpacesAdminDocument, 'Spaces'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UpdateSpaceDocument, { refetchQueries: ['Spaces'] });
  const spaces = [...(data?.spaces.nodes ?? [])].sort((a, b) => a.position - b.position);
  const ids = spaces.map((s) => s.id);

  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
  const move = (id: string, delta: -1 | 1) => {
    const next = moveId(ids, id, delta);
    if (next !== ids) void reorder({ variables: { ids: next } }).catch(fail);
  };
  const archive = (space: Space) =>
    void update({ variables: { input: { id: space.id, archived: !space.archivedAt } } })
      .then(() =>
        notifications.show({
          color: 'kizuna',
          message: space.archivedAt ? t('restored') : t('archived'),
        }),
      )
      .catch(fail);

  return (
    <Page
      title={t('title')}
      description={t('lead')}
      size="lg"
      actions={
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('new')}
        </Button>
      }
    >
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={3} /> : null}
      {data && spaces.length === 0 ? (
        <EmptyPanel
          icon={<IconLayoutGrid size={28} aria-hidden />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
        />
      ) : null}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {spaces.map((space, i) => {
          const name = spaceName(space, i18n.language);
          return (
            <Paper
              key={space.id}
              component="li"
              withBorder
              radius="md"
              p="sm"
              data-testid="space-row"
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Stack gap={0}>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      disabled={i === 0 || reorderState.loading}
                      onClick={() => move(space.id, -1)}
                      aria-label={t('moveUp', { name })}
                    >
                      <IconArrowUp size={14} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      disabled={i === spaces.length - 1 || reorderState.loading}
                      onClick={() => move(space.id, 1)}
                      aria-label={t('moveDown', { name })}
                    >
                      <IconArrowDown size={14} aria-hidden />
                    </ActionIcon>
                  </Stack>
                  <SpaceIcon space={space} size={36} />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text component={Link} to={`/s/${space.slug}`} fw={700} c="gray.9" td="none">
                        {name}
                      </Text>
                      {space.archivedAt ? (
                        <Badge color="gray" variant="light">
                          {t('archivedBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed" dir="ltr">
                      /s/{space.slug}
                    </Text>
                  </Stack>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEdit size={14} aria-hidden />}
                    onClick={() => setEditing(space)}
                    aria-label={t('editNamed', { name })}
                  >
                    {t('edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={space.archivedAt ? 'kizuna' : 'orange'}
                    leftSection={
                      space.archivedAt ? (
                        <IconRestore size={14} aria-hidden />
                      ) : (
                        <IconArchive size={14} aria-hidden />
                      )
                    }
                    onClick={() => archive(space)}
                  >
                    {space.archivedAt ? t('restore') : t('archive')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {editing ? (
        <SpaceForm space={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Page>
  );
}
