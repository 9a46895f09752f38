import { useId, type ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell, IconChevronUp, IconMessageCircle } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  FollowIdeaMutation,
  IdeaCardFieldsFragment,
  IdeaStatus,
  VoteIdeaMutation,
} from '../../gql/graphql';
import { errorCodeOf, errorMessage, toAppError } from '../../ui/errors';
import { Notice } from '../../ui/Notice';
import { ErrorPanel } from '../../ui/states';
import { useMemberAction } from '../auth/SignInPrompt';
import { FollowIdeaDocument, VoteIdeaDocument } from './graphql';
import { afterVote, isClosed, localName, STATUS_COLORS, voteRefusal } from './logic';
import classes from './feedback.module.css';

/** An idea's status, in the one colour the feature gives it everywhere. */
export function IdeaStatusBadge({
  status,
  size = 'sm',
}: {
  status: IdeaStatus;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation('feedback');
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      size={size}
      data-status={status}
      data-testid="idea-status"
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

type Votable = Pick<
  IdeaCardFieldsFragment,
  'id' | 'status' | 'approval' | 'voteCount' | 'followerCount' | 'viewerVoted' | 'viewerFollows'
> & { board: Pick<IdeaCardFieldsFragment['board'], 'viewerCanVote'> };

function useShowError() {
  const { t } = useTranslation(['feedback', 'common']);
  return (error: unknown) => {
    const info = toAppError(error);
    const refusal = voteRefusal(info);
    notifications.show({
      color: 'red',
      message: refusal ? t(refusal.key, { max: refusal.max ?? '' }) : errorMessage(t, info),
    });
  };
}

/**
 * The vote toggle: the count moves at once and goes back if the api refuses (closed idea, no
 * votes left on the board, rules of the board).
 */
export function VoteButton({
  idea,
  size = 'md',
  onBudget,
}: {
  idea: Votable;
  size?: 'sm' | 'md';
  /** Called after a vote the api took (the board's remaining votes changed). */
  onBudget?: () => void;
}) {
  const { t } = useTranslation('feedback');
  const [vote] = useMutation(VoteIdeaDocument);
  const member = useMemberAction();
  const showError = useShowError();
  const reasonId = useId();
  // Ideas awaiting approval (or rejected) take no votes either: the api refuses them.
  const closed = isClosed(idea.status) || idea.approval !== 'APPROVED';
  const disabled = closed || (!member.isVisitor && !idea.board.viewerCanVote);
  const reason = closed ? t('vote.closed') : disabled ? t('vote.notAllowed') : null;
  const label = idea.viewerVoted
    ? t('vote.unvote', { count: idea.voteCount })
    : t('vote.vote', { count: idea.voteCount });
  const toggle = member.guard(() => {
    const voted = !idea.viewerVoted;
    const next = afterVote(idea, voted);
    vote({
      variables: { input: { ideaId: idea.id, voted } },
      optimisticResponse: {
        voteIdea: {
          __typename: 'Idea',
          id: idea.id,
          voteCount: next.voteCount,
          followerCount: idea.followerCount + (next.viewerFollows && !idea.viewerFollows ? 1 : 0),
          viewerVoted: next.viewerVoted,
          viewerFollows: next.viewerFollows,
        } as VoteIdeaMutation['voteIdea'],
      },
    }).then(() => onBudget?.(), showError);
  });
  return (
    <>
      <UnstyledButton
        className={classes.vote}
        data-size={size}
        data-voted={idea.viewerVoted || undefined}
        data-testid="vote-button"
        aria-pressed={idea.viewerVoted}
        aria-label={label}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ?? undefined}
        disabled={disabled}
        onClick={toggle}
      >
        <IconChevronUp size={size === 'sm' ? 16 : 20} aria-hidden />
        <span className={classes.voteCount} data-testid="vote-count">
          {idea.voteCount}
        </span>
      </UnstyledButton>
      {reason ? <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden> : null}
      {member.prompt}
    </>
  );
}

/** Follow without voting: status changes reach the follower too. */
export function FollowButton({ idea }: { idea: Votable }) {
  const { t } = useTranslation('feedback');
  const [follow] = useMutation(FollowIdeaDocument);
  const member = useMemberAction();
  const showError = useShowError();
  const toggle = member.guard(() => {
    const next = !idea.viewerFollows;
    follow({
      variables: { input: { ideaId: idea.id, follow: next } },
      optimisticResponse: {
        followIdea: {
          __typename: 'Idea',
          id: idea.id,
          viewerFollows: next,
          followerCount: Math.max(0, idea.followerCount + (next ? 1 : -1)),
        } as FollowIdeaMutation['followIdea'],
      },
    }).catch(showError);
  });
  return (
    <>
      <Button
        variant={idea.viewerFollows ? 'light' : 'default'}
        size="xs"
        aria-pressed={idea.viewerFollows}
        data-testid="follow-button"
        leftSection={<IconBell size={14} aria-hidden />}
        onClick={toggle}
      >
        {idea.viewerFollows ? t('follow.following') : t('follow.follow')}
      </Button>
      {member.prompt}
    </>
  );
}

/** One idea in a list: votes, title, status, board and comments. */
export function IdeaCard({
  idea,
  showBoard = false,
  onBudget,
}: {
  idea: IdeaCardFieldsFragment;
  showBoard?: boolean;
  onBudget?: () => void;
}) {
  const { t, i18n } = useTranslation('feedback');
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      data-testid="idea-card"
      data-idea-id={idea.id}
      aria-labelledby={`idea-${idea.id}-title`}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <VoteButton idea={idea} onBudget={onBudget} />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={`/ideas/${idea.id}`}
            id={`idea-${idea.id}-title`}
            fw={700}
            c="inherit"
            style={{ overflowWrap: 'anywhere' }}
          >
            {idea.title}
          </Anchor>
          <Group gap={6} wrap="wrap">
            <IdeaStatusBadge status={idea.status} />
            {idea.approval === 'PENDING' ? (
              <Badge color="orange" variant="outline" size="sm">
                {t('approval.PENDING')}
              </Badge>
            ) : null}
            {showBoard ? (
              <Text size="xs" c="dimmed">
                {localName(idea.board, i18n.language)}
              </Text>
            ) : null}
            {idea.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" size="sm" tt="none">
                #{tag}
              </Badge>
            ))}
            <Group gap={2} wrap="nowrap" c="dimmed">
              <IconMessageCircle size={14} aria-hidden />
              <Text size="xs" aria-hidden>
                {idea.post.commentCount}
              </Text>
              <VisuallyHidden>
                {t('card.comments', { count: idea.post.commentCount })}
              </VisuallyHidden>
            </Group>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * A page whose subject failed to load: a missing one says so as the page itself and leads back;
 * any other failure offers a retry.
 */
export function LoadFailure({
  error,
  onRetry,
  notFound,
  icon,
  back,
}: {
  error: unknown;
  onRetry: () => void;
  notFound: string;
  icon: ReactNode;
  back: { to: string; label: string };
}) {
  if (errorCodeOf(error) === ErrorCode.NOT_FOUND) {
    return (
      <Container size="sm" py={64}>
        <Notice
          order={1}
          icon={icon}
          title={notFound}
          actions={
            <Button component={Link} to={back.to} variant="light">
              {back.label}
            </Button>
          }
        />
      </Container>
    );
  }
  return (
    <Container size="sm" py="xl">
      <ErrorPanel error={error} onRetry={onRetry} />
    </Container>
  );
}
