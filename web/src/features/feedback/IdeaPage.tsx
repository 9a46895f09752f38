import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowMerge,
  IconBulb,
  IconClock,
  IconEdit,
  IconSettings,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../app/session';
import type { IdeaQuery } from '../../gql/graphql';
import { HtmlContent } from '../../ui/HtmlContent';
import { MemberIdentity } from '../../ui/MemberIdentity';
import { RelativeTime } from '../../ui/RelativeTime';
import { LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { FlagMenu } from '../flags/FlagAction';
import { CommentsSection } from '../posts/Comments';
import { ReactionsBar } from '../posts/Reactions';
import { usePostLive } from '../posts/usePostLive';
import { IdeaDocument } from './graphql';
import { isFeedbackTeam, localName, STATUS_COLORS } from './logic';
import { FollowButton, IdeaStatusBadge, LoadFailure, VoteButton } from './parts';
import { StatusHistory } from './StatusHistory';
import classes from './feedback.module.css';

export type IdeaDetail = IdeaQuery['idea'];

/** One idea: votes, follow, the official answer, its status history, merges and comments. */
export function IdeaPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(IdeaDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const idea = data?.idea && data.idea.id === id ? data.idea : undefined;
  usePageTitle(idea ? idea.title : error ? t('idea.notFound') : null);
  usePostLive(idea?.post.id ?? null, refetch);

  if (error && !idea) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => void refetch()}
        notFound={t('idea.notFound')}
        icon={<IconBulb size={30} aria-hidden />}
        back={{ to: '/feedback', label: t('board.back') }}
      />
    );
  }
  if (!idea) return <LoadingState minHeight={320} />;
  return <IdeaDetails idea={idea} />;
}

function IdeaDetails({ idea }: { idea: IdeaDetail }) {
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { viewer } = useViewer();
  const team = isFeedbackTeam(viewer?.role);
  return (
    <Container size="lg" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Anchor component={Link} to={`/feedback/${idea.board.slug}`} size="sm">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              {localName(idea.board, i18n.language)}
            </Group>
          </Anchor>
          <Group gap="xs">
            {idea.viewerCanEdit ? (
              <Button
                component={Link}
                to={`/ideas/${idea.id}/edit`}
                variant="light"
                size="xs"
                leftSection={<IconEdit size={14} aria-hidden />}
              >
                {t('idea.edit')}
              </Button>
            ) : null}
            {team ? (
              <Button
                component={Link}
                to={`/manage/feedback/ideas/${idea.id}`}
                variant="light"
                size="xs"
                leftSection={<IconSettings size={14} aria-hidden />}
              >
                {t('idea.manage')}
              </Button>
            ) : null}
            <FlagMenu
              target={{
                type: 'IDEA',
                id: idea.id,
                viewerFlagged: idea.viewerFlagged,
                own: !!viewer && idea.author?.id === viewer.id,
              }}
              signedIn={!!viewer}
              label={t('idea.menuLabel')}
              testId="idea-menu"
            />
          </Group>
        </Group>
        {idea.mergedInto ? (
          <Alert
            color={STATUS_COLORS.DUPLICATE}
            icon={<IconArrowMerge size={18} aria-hidden />}
            title={t('idea.mergedTitle')}
            data-testid="merged-into"
          >
            {t('idea.mergedInto')}{' '}
            <Anchor component={Link} to={`/ideas/${idea.mergedInto.id}`} fw={700}>
              {idea.mergedInto.title}
            </Anchor>
          </Alert>
        ) : null}
        {idea.approval !== 'APPROVED' ? (
          <Alert
            color={idea.approval === 'PENDING' ? 'orange' : 'red'}
            icon={<IconClock size={18} aria-hidden />}
            data-testid="idea-approval"
          >
            {t(`idea.approvalNotice.${idea.approval}`)}
          </Alert>
        ) : null}
        <Group align="flex-start" wrap="nowrap" gap="md">
          <VoteButton idea={idea} />
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <IdeaStatusBadge status={idea.status} size="md" />
              {idea.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  #{tag}
                </Badge>
              ))}
            </Group>
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {idea.title}
            </Title>
            <Byline member={idea.author} at={idea.createdAt} />
          </Stack>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {idea.officialAnswer ? <OfficialAnswer answer={idea.officialAnswer} /> : null}
              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <HtmlContent html={idea.bodyHtml} testId="idea-body" />
                  <ReactionsBar
                    targetType="POST"
                    targetId={idea.post.id}
                    reactions={idea.post.reactions}
                  />
                </Stack>
              </Paper>
              {idea.mergedIdeas.length > 0 ? <MergedIdeas ideas={idea.mergedIdeas} /> : null}
              <CommentsSection
                post={{
                  id: idea.post.id,
                  isQuestion: false,
                  locked: !!idea.post.lockedAt,
                  canChooseAnswer: false,
                  isStaff: team,
                  bestAnswerId: null,
                  viewerId: viewer?.id ?? null,
                }}
                count={idea.post.commentCount}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <Paper withBorder radius="md" p="md">
                <Stack gap="xs">
                  <Text fw={700} data-testid="idea-votes">
                    {t('idea.votes', { count: idea.voteCount })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('idea.followers', { count: idea.followerCount })}
                  </Text>
                  <FollowButton idea={idea} />
                </Stack>
              </Paper>
              <StatusHistory history={idea.statusHistory} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

/** Who wrote something and when; the time alone when the member is gone. */
function Byline({
  member,
  at,
}: {
  member: { displayName: string; handle: string; avatarUrl?: string | null } | null | undefined;
  at: string;
}) {
  const time = (
    <Text size="xs" c="dimmed">
      <RelativeTime iso={at} />
    </Text>
  );
  return member ? <MemberIdentity member={member}>{time}</MemberIdentity> : time;
}

function OfficialAnswer({ answer }: { answer: NonNullable<IdeaDetail['officialAnswer']> }) {
  const { t } = useTranslation('feedback');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={classes.answer}
      component="section"
      aria-labelledby="official-answer"
      data-testid="official-answer"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge
            color="kizuna"
            variant="filled"
            leftSection={<IconShieldCheck size={14} aria-hidden />}
          >
            <span id="official-answer">{t('idea.officialAnswer')}</span>
          </Badge>
        </Group>
        <Byline member={answer.author} at={answer.answeredAt} />
        <HtmlContent html={answer.bodyHtml} testId="official-answer-body" />
      </Stack>
    </Paper>
  );
}

function MergedIdeas({ ideas }: { ideas: IdeaDetail['mergedIdeas'] }) {
  const { t } = useTranslation('feedback');
  return (
    <Stack gap="xs" component="section" aria-labelledby="merged-ideas" data-testid="merged-ideas">
      <Title order={2} size="h4" id="merged-ideas">
        {t('idea.mergedIdeas', { count: ideas.length })}
      </Title>
      <ul className={classes.plainList}>
        {ideas.map((merged) => (
          <li key={merged.id}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/ideas/${merged.id}`} size="sm">
                {merged.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('idea.votes', { count: merged.voteCount })}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
