import { useRef, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewAction, ReviewItemFieldsFragment } from '../../gql/graphql';
import { StatusBadge } from '../../ui/badges';
import { formatDateTime, formatNumber } from '../../ui/format';
import { MemberIdentity } from '../../ui/MemberIdentity';
import { RelativeTime } from '../../ui/RelativeTime';
import { useViewerTimeZone } from '../events/time';
import { ReviewAuthorHistoryDocument } from './graphql';
import {
  formatScore,
  offeredActions,
  reasonCounts,
  sanctionCounts,
  SANCTION_KINDS,
  SHORTCUTS,
  type ActionLabel,
} from './logic';
import {
  AccuracyText,
  HistoryFigures,
  ReviewStatusBadge,
  SanctionList,
  SourceBadge,
  TargetTypeBadge,
} from './parts';

export type QueueItem = ReviewItemFieldsFragment;

/** Flags shown before "show all". */
const FLAGS_SHOWN = 5;

export const cardId = (itemId: string) => `review-item-${itemId}`;

const DANGER: Partial<Record<ReviewAction, string>> = {
  AGREE_DELETE: 'red',
  AGREE_SUSPEND: 'red',
};

/**
 * One item of the queue: what was flagged (with a link to it), why and by whom, its author's
 * record and the decisions. The chosen item (j/k) is marked and takes the shortcut keys.
 */
export function ReviewItemCard({
  item,
  selected,
  threshold,
  canSuspend,
  busy,
  onSelect,
  onDecide,
}: {
  item: QueueItem;
  selected: boolean;
  /** The score that hides content, when known. */
  threshold: number | null;
  canSuspend: boolean;
  busy: boolean;
  onSelect: () => void;
  onDecide: (action: ReviewAction, label: ActionLabel) => void;
}) {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const lang = i18n.language;
  const titleId = `${cardId(item.id)}-title`;
  const label = item.content?.label ?? t('queue.gone');
  const pending = item.status === 'PENDING';
  // Choosing a card changes its size and its neighbour's: a press chooses it on release (click),
  // never on the focus that comes with the press, or the press would end on another element.
  const pressing = useRef(false);
  return (
    <Paper
      component="article"
      id={cardId(item.id)}
      tabIndex={-1}
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      data-testid="review-item"
      data-item-id={item.id}
      data-selected={selected || undefined}
      onPointerDownCapture={() => {
        pressing.current = true;
        setTimeout(() => (pressing.current = false), 0);
      }}
      onFocusCapture={() => {
        if (!pressing.current) onSelect();
      }}
      onClick={onSelect}
      style={{
        outlineOffset: 2,
        borderColor: selected ? 'var(--mantine-primary-color-filled)' : undefined,
        boxShadow: selected ? '0 0 0 1px var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap={6} wrap="wrap">
            {!pending ? <ReviewStatusBadge status={item.status} /> : null}
            <TargetTypeBadge type={item.targetType} />
            <SourceBadge source={item.source} />
            {item.content?.deleted ? (
              <Badge color="red" variant="filled" radius="sm">
                {t('queue.deleted')}
              </Badge>
            ) : item.content?.hidden ? (
              <Badge color="red" variant="light" radius="sm" data-testid="hidden-badge">
                {item.hiddenByReview ? t('queue.hiddenByReview') : t('queue.hidden')}
              </Badge>
            ) : (
              <Badge color="green" variant="light" radius="sm">
                {t('queue.visible')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            <RelativeTime iso={item.updatedAt} />
          </Text>
        </Group>

        <Stack gap={4}>
          <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {item.content ? (
              <Anchor component={Link} to={item.content.path} inherit>
                {label}
              </Anchor>
            ) : (
              label
            )}
          </Title>
          {item.content?.excerpt ? (
            <Text
              size="sm"
              c="dimmed"
              lineClamp={selected ? 8 : 3}
              style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
            >
              {item.content.excerpt}
            </Text>
          ) : null}
          {item.source !== 'FLAGS' ? (
            <Text size="sm" data-testid="held-because">
              {t(`queue.heldBecause.${item.source}`, { detail: item.detail ?? '' })}
            </Text>
          ) : null}
        </Stack>

        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600} data-testid="flag-count">
            {t('queue.flagCount', { count: item.flagCount })}
          </Text>
          {item.flagCount > 0 ? (
            <Text size="sm" data-testid="score">
              {threshold === null
                ? t('queue.score', { score: formatScore(item.score, lang) })
                : t('queue.scoreOf', {
                    score: formatScore(item.score, lang),
                    threshold: formatScore(threshold, lang),
                  })}
            </Text>
          ) : null}
          {reasonCounts(item.flags).map(([reason, count]) => (
            <Badge key={reason} variant="light" color="orange" radius="sm" tt="none">
              {t('queue.reasonCount', { reason: t(`reason.${reason}`), count })}
            </Badge>
          ))}
        </Group>

        {item.flags.length > 0 ? <Flaggers flags={item.flags} /> : null}

        <Divider />
        <AuthorPanel item={item} selected={selected} onSelect={onSelect} />

        {pending ? (
          <DecisionButtons
            item={item}
            label={label}
            canSuspend={canSuspend}
            busy={busy}
            selected={selected}
            onDecide={onDecide}
          />
        ) : (
          <Resolution item={item} />
        )}
        {pending && item.author && !canSuspend ? (
          <Text size="xs" c="dimmed">
            {t('queue.suspendAdminsOnly')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Flaggers({ flags }: { flags: QueueItem['flags'] }) {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const [all, setAll] = useState(false);
  const shown = all ? flags : flags.slice(0, FLAGS_SHOWN);
  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {t('queue.flaggers')}
      </Text>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((f) => (
          <li key={f.id} data-testid="flag">
            <Group gap="xs" wrap="wrap" align="baseline">
              {f.flagger ? (
                <Anchor component={Link} to={`/members/${f.flagger.handle}`} size="sm" fw={600}>
                  {f.flagger.displayName}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('queue.formerMember')}
                </Text>
              )}
              <Badge variant="light" color="orange" radius="sm" size="sm" tt="none">
                {t(`reason.${f.reason}`)}
              </Badge>
              <AccuracyText accuracy={f.flaggerAccuracy} />
              <Text size="xs" c="dimmed">
                {t('queue.weight', { weight: formatScore(f.weight, i18n.language) })}
              </Text>
            </Group>
            {f.note ? (
              <Text size="sm" pl="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {t('queue.note', { note: f.note })}
              </Text>
            ) : null}
          </li>
        ))}
      </Stack>
      {flags.length > FLAGS_SHOWN ? (
        <Button
          variant="subtle"
          size="compact-xs"
          w="fit-content"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all
            ? t('queue.fewerFlags')
            : t('queue.moreFlags', { count: flags.length - FLAGS_SHOWN })}
        </Button>
      ) : null}
    </Stack>
  );
}

/**
 * The author, when they joined, and their record: fetched for the chosen item (the api reads it
 * one item at a time), kept for items chosen before.
 */
function AuthorPanel({
  item,
  selected,
  onSelect,
}: {
  item: QueueItem;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const zone = useViewerTimeZone();
  const client = useApolloClient();
  const variables = { id: item.id };
  const live = useQuery(ReviewAuthorHistoryDocument, {
    variables,
    skip: !item.author || !selected,
  });
  // Items chosen before keep showing what was read for them.
  const data =
    live.data ??
    (item.author && !selected
      ? client.readQuery({ query: ReviewAuthorHistoryDocument, variables })
      : null);
  const error = live.error;
  const author = item.author;
  if (!author)
    return (
      <Text size="sm" c="dimmed">
        {t('queue.noAuthor')}
      </Text>
    );
  const record = data?.reviewItem;
  const counts = record ? sanctionCounts(record.authorSanctions) : null;
  return (
    <Stack gap="xs" data-testid="author">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <MemberIdentity
          member={author}
          extra={t('queue.joined', { date: formatDateTime(author.joinedAt, i18n.language, zone) })}
        />
        <Group gap="xs">
          <StatusBadge status={author.status ?? null} />
          <Button
            component={Link}
            to={`/manage/members/${author.id}/record`}
            variant="subtle"
            size="compact-sm"
          >
            {t('queue.record')}
          </Button>
        </Group>
      </Group>
      {record && counts ? (
        <Stack gap="xs">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('queue.history')}
          </Text>
          <HistoryFigures history={record.authorHistory} />
          <Group gap="xs">
            {SANCTION_KINDS.map((kind) => (
              <Text key={kind} size="sm" data-testid={`sanction-count-${kind}`}>
                {t(`queue.sanctionCount.${kind}`, {
                  count: counts[kind],
                  formatted: formatNumber(counts[kind], i18n.language),
                })}
              </Text>
            ))}
          </Group>
          {selected ? <SanctionList sanctions={record.authorSanctions.slice(0, 3)} /> : null}
        </Stack>
      ) : error && selected ? (
        <Text size="sm" c="red">
          {t('queue.historyFailed')}
        </Text>
      ) : !selected ? (
        <Button
          variant="subtle"
          size="compact-xs"
          w="fit-content"
          onClick={(e) => {
            e.stopPropagation();
            onSelect();
          }}
        >
          {t('queue.showHistory')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed" role="status">
          {t('common:states.loading')}
        </Text>
      )}
    </Stack>
  );
}

function DecisionButtons({
  item,
  label,
  canSuspend,
  busy,
  selected,
  onDecide,
}: {
  item: QueueItem;
  label: string;
  canSuspend: boolean;
  busy: boolean;
  selected: boolean;
  onDecide: (action: ReviewAction, label: ActionLabel) => void;
}) {
  const { t } = useTranslation('moderation');
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('queue.decide', { label })}>
      {offeredActions(item, canSuspend).map(({ action, label: actionLabel }) => (
        <Button
          key={`${action}-${actionLabel}`}
          size="xs"
          variant={actionLabel === 'approve' ? 'filled' : 'default'}
          color={DANGER[action]}
          disabled={busy}
          aria-keyshortcuts={SHORTCUTS[action]}
          data-action={action}
          onClick={(e) => {
            e.stopPropagation();
            onDecide(action, actionLabel);
          }}
          rightSection={
            selected ? (
              <Kbd size="xs" aria-hidden>
                {SHORTCUTS[action]}
              </Kbd>
            ) : null
          }
        >
          {t(`queue.actions.${actionLabel}`)}
        </Button>
      ))}
    </Group>
  );
}

function Resolution({ item }: { item: QueueItem }) {
  const { t, i18n } = useTranslation('moderation');
  const zone = useViewerTimeZone();
  if (!item.resolution) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="resolution">
      {t('queue.resolved', {
        resolution: t(`resolution.${item.resolution}`),
        name: item.resolvedBy?.displayName ?? t('queue.formerMember'),
        date: item.resolvedAt ? formatDateTime(item.resolvedAt, i18n.language, zone) : '',
      })}
    </Text>
  );
}
