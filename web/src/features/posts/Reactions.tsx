import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Anchor, Group, Loader, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RankChip } from '../points/RankChip';
import type { ReactionFieldsFragment, ReactionTarget } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { ReactionKindsDocument, SetReactionDocument, WhoReactedDocument } from './graphql';
import { toggleReaction, totalReactions } from './reactions';
import { useMemberAction } from '../auth/SignInPrompt';
import classes from './Reactions.module.css';

interface WhoReactedProps {
  targetType: ReactionTarget;
  targetId: string;
  reaction: ReactionFieldsFragment;
  label: string;
}

/**
 * Who gave a reaction, behind a small button. The popover (and its floating-element logic) is
 * built on the first click: a post with its comments shows dozens of these buttons.
 */
function WhoReacted(props: WhoReactedProps) {
  const { t } = useTranslation('posts');
  const [armed, setArmed] = useState(false);
  if (armed) return <WhoReactedPopover {...props} />;
  return (
    <button
      type="button"
      className={`${classes.who} mantine-focus-auto`}
      onClick={() => setArmed(true)}
      aria-label={t('reactions.whoLabel', { reaction: props.label })}
      aria-expanded={false}
    >
      <IconUsers size={14} aria-hidden />
    </button>
  );
}

function WhoReactedPopover({ targetType, targetId, reaction, label }: WhoReactedProps) {
  const { t } = useTranslation('posts');
  const [opened, setOpened] = useState(true);
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => target.current?.focus(), []);
  const { data, loading } = useQuery(WhoReactedDocument, {
    variables: { targetType, targetId, kind: reaction.kind, first: 20 },
    skip: !opened,
    fetchPolicy: 'network-only',
  });
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={240}
      position="bottom"
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <button
          type="button"
          ref={target}
          className={`${classes.who} mantine-focus-auto`}
          onClick={() => setOpened((o) => !o)}
          aria-label={t('reactions.whoLabel', { reaction: label })}
          aria-expanded={opened}
        >
          <IconUsers size={14} aria-hidden />
        </button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="xs" fw={700} c="dimmed">
            {reaction.emoji} {label}
          </Text>
          {loading ? <Loader size="xs" /> : null}
          {data?.whoReacted.nodes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reactions.nobody')}
            </Text>
          ) : null}
          {data?.whoReacted.nodes.map((m) => (
            <Group key={m.id} gap="xs" wrap="nowrap">
              <MemberAvatar displayName={m.displayName} avatarUrl={m.avatarUrl} size={22} />
              <Anchor component={Link} to={`/members/${m.handle}`} size="sm" lineClamp={1}>
                {m.displayName}
              </Anchor>
              <RankChip rank={m.rank} size="xs" />
            </Group>
          ))}
          {data?.whoReacted.pageInfo.hasNextPage ? (
            <Text size="xs" c="dimmed">
              {t('reactions.andMore')}
            </Text>
          ) : null}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** What every reaction bar of a page needs: the reaction kinds' names and the mutation. */
function useReactionsShared() {
  const { i18n } = useTranslation();
  const kinds = useQuery(ReactionKindsDocument, { fetchPolicy: 'cache-first' });
  const [setReaction] = useMutation(SetReactionDocument);
  const list = kinds.data?.reactionKinds;
  const english = i18n.language.startsWith('en');
  const labelOf = useCallback(
    (kind: string) => {
      const k = list?.find((r) => r.key === kind);
      if (!k) return kind;
      return english ? k.labelEn : k.labelJa;
    },
    [list, english],
  );
  return useMemo(() => ({ labelOf, setReaction }), [labelOf, setReaction]);
}

type ReactionsShared = ReturnType<typeof useReactionsShared>;

const ReactionsContext = createContext<ReactionsShared | null>(null);

/**
 * Shares one watch of the reaction kinds and one mutation among the reaction bars below it: a
 * post page has one bar per comment, and each query watch costs a render.
 */
export function ReactionsScope({ children }: { children: ReactNode }) {
  return <ReactionsContext value={useReactionsShared()}>{children}</ReactionsContext>;
}

interface ReactionsBarProps {
  targetType: ReactionTarget;
  targetId: string;
  reactions: readonly ReactionFieldsFragment[];
  disabled?: boolean;
  size?: 'sm' | 'md';
}

/**
 * The reaction buttons of a post or comment. A click toggles the viewer's reaction at once
 * (optimistically); `setReaction` is idempotent, so sending the wanted state is always safe.
 */
export function ReactionsBar(props: ReactionsBarProps) {
  const shared = useContext(ReactionsContext);
  return shared ? <Bar {...props} shared={shared} /> : <OwnBar {...props} />;
}

function OwnBar(props: ReactionsBarProps) {
  return <Bar {...props} shared={useReactionsShared()} />;
}

function Bar({
  targetType,
  targetId,
  reactions,
  disabled = false,
  size = 'md',
  shared: { labelOf, setReaction },
}: ReactionsBarProps & { shared: ReactionsShared }) {
  const { t, i18n } = useTranslation('posts');
  const member = useMemberAction();

  const toggle = (reaction: ReactionFieldsFragment) => {
    const next = toggleReaction(reactions, reaction.kind);
    setReaction({
      variables: {
        input: { targetType, targetId, kind: reaction.kind, active: !reaction.viewerReacted },
      },
      optimisticResponse: {
        setReaction: { targetId, targetType, reactions: next },
      },
      update(cache, { data }) {
        if (!data) return;
        const list = data.setReaction.reactions;
        cache.modify({
          id: cache.identify({
            __typename: targetType === 'POST' ? 'Post' : 'Comment',
            id: targetId,
          }),
          fields: {
            reactions: () => list,
            reactionCount: () => totalReactions(list),
          },
        });
      },
    }).catch((error: unknown) => {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    });
  };

  return (
    <div className={classes.bar} role="group" aria-label={t('reactions.label')}>
      {reactions.map((reaction) => {
        const label = labelOf(reaction.kind);
        return (
          <div
            key={reaction.kind}
            className={classes.chip}
            data-active={reaction.viewerReacted || undefined}
            data-size={size}
          >
            <button
              type="button"
              className={`${classes.toggle} mantine-focus-auto`}
              onClick={member.guard(() => toggle(reaction))}
              disabled={disabled}
              aria-pressed={reaction.viewerReacted}
              data-testid={`reaction-${reaction.kind}`}
              title={label}
            >
              <span aria-hidden>{reaction.emoji}</span>
              {reaction.count > 0 ? (
                <span className={classes.count} aria-hidden>
                  {formatNumber(reaction.count, i18n.language)}
                </span>
              ) : null}
              <span className={classes.hidden}>
                {t('reactions.toggleLabel', { reaction: label, count: reaction.count })}
              </span>
            </button>
            {reaction.count > 0 && !member.isVisitor ? (
              <WhoReacted
                targetType={targetType}
                targetId={targetId}
                reaction={reaction}
                label={label}
              />
            ) : null}
          </div>
        );
      })}
      {member.prompt}
    </div>
  );
}
