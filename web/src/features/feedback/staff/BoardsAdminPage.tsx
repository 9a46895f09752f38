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
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconLayoutList, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { BOARD_SLUG_PATTERN, FEEDBACK_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import type { Role, StaffFeedbackBoardFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { matches, maxLen, required, rule } from '../../../ui/validators';
import { RanksDocument } from '../../points/graphql';
import { localName } from '../logic';
import {
  CreateFeedbackBoardDocument,
  StaffFeedbackBoardsDocument,
  UpdateFeedbackBoardDocument,
} from './graphql';

/**
 * Moderators, the product team and admins always pass a board's gate: only members' access is a
 * choice. Closed to members, a board keeps the other roles so the rule still names who may act.
 */
const TEAM_ONLY: Role[] = ['MODERATOR', 'PRODUCT', 'ADMIN'];
const membersMay = (roles: readonly Role[] | null | undefined) =>
  !roles || roles.includes('MEMBER');
const rolesFor = (members: boolean): Role[] | null => (members ? null : TEAM_ONLY);

/** Admins' feedback boards: names, who may post and vote, approval and the vote budget. */
export function BoardsAdminPage() {
  const { t, i18n } = useTranslation(['feedbackStaff', 'common']);
  const { data, error, refetch } = useQuery(StaffFeedbackBoardsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const ranks = useQuery(RanksDocument);
  const [editing, setEditing] = useState<StaffFeedbackBoardFieldsFragment | 'new' | null>(null);
  const rankName = (position: number | null | undefined) => {
    const rank = ranks.data?.ranks.find((r) => r.position === position);
    return rank ? localName(rank, i18n.language) : String(position);
  };
  return (
    <Page
      title={t('boards.title')}
      description={t('boards.lead')}
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('boards.new')}
        </Button>
      }
    >
      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <ListSkeleton rows={2} height={96} />
      ) : data.feedbackBoards.length === 0 ? (
        <EmptyPanel icon={<IconLayoutList size={28} aria-hidden />} title={t('boards.empty')} />
      ) : (
        <Stack gap="sm">
          {[...data.feedbackBoards]
            .sort((a, b) => a.position - b.position)
            .map((board) => (
              <Paper key={board.id} withBorder radius="md" p="md" data-testid="board-row">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Title order={2} size="h5">
                      {board.nameJa} / {board.nameEn}
                    </Title>
                    <Group gap={6}>
                      <Badge variant="light" color="gray" tt="none">
                        /{board.slug}
                      </Badge>
                      {board.requiresApproval ? (
                        <Badge variant="outline" color="orange">
                          {t('boards.requiresApproval')}
                        </Badge>
                      ) : null}
                      {board.voteBudget != null ? (
                        <Badge variant="outline">
                          {t('boards.budget', { count: board.voteBudget })}
                        </Badge>
                      ) : null}
                      {board.minPostRankPosition != null ? (
                        <Badge variant="outline">
                          {t('boards.postFrom', { rank: rankName(board.minPostRankPosition) })}
                        </Badge>
                      ) : null}
                      {board.minVoteRankPosition != null ? (
                        <Badge variant="outline">
                          {t('boards.voteFrom', { rank: rankName(board.minVoteRankPosition) })}
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEdit size={14} aria-hidden />}
                    aria-label={t('boards.editBoard', { name: localName(board, i18n.language) })}
                    onClick={() => setEditing(board)}
                  >
                    {t('boards.edit')}
                  </Button>
                </Group>
              </Paper>
            ))}
        </Stack>
      )}
      {editing ? (
        <BoardModal
          board={editing === 'new' ? null : editing}
          nextPosition={data?.feedbackBoards.length ?? 0}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}

interface Values {
  slug: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  membersPost: boolean;
  membersVote: boolean;
  minPostRankPosition: string | null;
  minVoteRankPosition: string | null;
  requiresApproval: boolean;
  voteBudget: number | string;
  position: number | string;
}

function BoardModal({
  board,
  nextPosition,
  onClose,
}: {
  board: StaffFeedbackBoardFieldsFragment | null;
  nextPosition: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['feedbackStaff', 'common']);
  const ranks = useQuery(RanksDocument);
  const [create, creating] = useMutation(CreateFeedbackBoardDocument, {
    refetchQueries: ['StaffFeedbackBoards', 'FeedbackBoards'],
  });
  const [update, updating] = useMutation(UpdateFeedbackBoardDocument);
  const form = useForm<Values>({
    initialValues: {
      slug: board?.slug ?? '',
      nameJa: board?.nameJa ?? '',
      nameEn: board?.nameEn ?? '',
      descriptionJa: board?.descriptionJa ?? '',
      descriptionEn: board?.descriptionEn ?? '',
      membersPost: membersMay(board?.postRoles),
      membersVote: membersMay(board?.voteRoles),
      minPostRankPosition:
        board?.minPostRankPosition != null ? String(board.minPostRankPosition) : null,
      minVoteRankPosition:
        board?.minVoteRankPosition != null ? String(board.minVoteRankPosition) : null,
      requiresApproval: board?.requiresApproval ?? false,
      voteBudget: board?.voteBudget ?? '',
      position: board?.position ?? nextPosition,
    },
    validate: {
      slug: rule(t, 'slug', required, matches(BOARD_SLUG_PATTERN)),
      nameJa: rule(t, 'nameJa', required, maxLen(FEEDBACK_LIMITS.boardNameMax)),
      nameEn: rule(t, 'nameEn', required, maxLen(FEEDBACK_LIMITS.boardNameMax)),
      descriptionJa: rule(t, 'descriptionJa', maxLen(FEEDBACK_LIMITS.boardDescriptionMax)),
      descriptionEn: rule(t, 'descriptionEn', maxLen(FEEDBACK_LIMITS.boardDescriptionMax)),
    },
  });
  const server = useServerErrors(form);
  const rankOptions = (ranks.data?.ranks ?? []).map((r) => ({
    value: String(r.position),
    label: `${r.icon} ${localName(r, i18n.language)}`,
  }));
  const submit = form.onSubmit(async (v) => {
    server.clear();
    const input = {
      slug: v.slug.trim(),
      nameJa: v.nameJa.trim(),
      nameEn: v.nameEn.trim(),
      descriptionJa: v.descriptionJa.trim(),
      descriptionEn: v.descriptionEn.trim(),
      postRoles: rolesFor(v.membersPost),
      voteRoles: rolesFor(v.membersVote),
      minPostRankPosition: v.minPostRankPosition ? Number(v.minPostRankPosition) : null,
      minVoteRankPosition: v.minVoteRankPosition ? Number(v.minVoteRankPosition) : null,
      requiresApproval: v.requiresApproval,
      voteBudget: v.voteBudget === '' ? null : Number(v.voteBudget),
      position: v.position === '' ? null : Number(v.position),
    };
    try {
      if (board) await update({ variables: { input: { id: board.id, ...input } } });
      else await create({ variables: { input } });
      notifications.show({ color: 'kizuna', message: t('boards.saved') });
      onClose();
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={board ? t('boards.editTitle') : t('boards.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('boards.nameJa')}
              required
              data-autofocus
              {...form.getInputProps('nameJa')}
            />
            <TextInput label={t('boards.nameEn')} required {...form.getInputProps('nameEn')} />
          </SimpleGrid>
          <TextInput
            label={t('boards.slug')}
            description={t('boards.slugHint')}
            required
            {...form.getInputProps('slug')}
          />
          <Textarea
            label={t('boards.descriptionJa')}
            autosize
            minRows={2}
            {...form.getInputProps('descriptionJa')}
          />
          <Textarea
            label={t('boards.descriptionEn')}
            autosize
            minRows={2}
            {...form.getInputProps('descriptionEn')}
          />
          <Switch
            label={t('boards.membersPost')}
            {...form.getInputProps('membersPost', { type: 'checkbox' })}
          />
          <Switch
            label={t('boards.membersVote')}
            {...form.getInputProps('membersVote', { type: 'checkbox' })}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label={t('boards.minPostRank')}
              placeholder={t('boards.anyRank')}
              data={rankOptions}
              clearable
              {...form.getInputProps('minPostRankPosition')}
            />
            <Select
              label={t('boards.minVoteRank')}
              placeholder={t('boards.anyRank')}
              data={rankOptions}
              clearable
              {...form.getInputProps('minVoteRankPosition')}
            />
            <NumberInput
              label={t('boards.voteBudget')}
              description={t('boards.voteBudgetHint')}
              min={1}
              max={FEEDBACK_LIMITS.voteBudgetMax}
              allowDecimal={false}
              {...form.getInputProps('voteBudget')}
            />
            <NumberInput
              label={t('boards.position')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('position')}
            />
          </SimpleGrid>
          <Switch
            label={t('boards.requiresApproval')}
            description={t('boards.requiresApprovalHint')}
            {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
          />
          <Text size="xs" c="dimmed">
            {t('boards.adminsAlways')}
          </Text>
          <FormAlert message={server.message} />
          <Group justify="flex-end">
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
