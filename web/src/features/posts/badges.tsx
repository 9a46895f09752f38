import { Badge } from '@mantine/core';
import { Tooltip } from '../../ui/Tooltip';
import {
  IconCircleCheck,
  IconHelpCircle,
  IconLock,
  IconPin,
  IconSpeakerphone,
  IconEyeOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostKind } from '../../gql/graphql';

/** What kind of post and, for questions, whether it is solved. */
export function KindBadge({ kind, solved }: { kind: PostKind; solved: boolean }) {
  const { t } = useTranslation('posts');
  if (kind === 'QUESTION') {
    return solved ? (
      <Badge
        color="green"
        variant="light"
        radius="sm"
        leftSection={<IconCircleCheck size={14} aria-hidden />}
        data-testid="badge-solved"
      >
        {t('badges.solved')}
      </Badge>
    ) : (
      <Badge
        color="orange"
        variant="light"
        radius="sm"
        leftSection={<IconHelpCircle size={14} aria-hidden />}
        data-testid="badge-unanswered"
      >
        {t('badges.unanswered')}
      </Badge>
    );
  }
  if (kind === 'ANNOUNCEMENT') {
    return (
      <Badge
        color="grape"
        variant="light"
        radius="sm"
        leftSection={<IconSpeakerphone size={14} aria-hidden />}
      >
        {t('kinds.ANNOUNCEMENT')}
      </Badge>
    );
  }
  return null;
}

export function StateMarks({
  pinned,
  locked,
  hidden,
}: {
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
}) {
  const { t } = useTranslation('posts');
  return (
    <>
      {pinned ? (
        <Tooltip label={t('badges.pinned')} withArrow>
          <Badge
            color="blue"
            variant="outline"
            radius="sm"
            leftSection={<IconPin size={13} aria-hidden />}
          >
            {t('badges.pinned')}
          </Badge>
        </Tooltip>
      ) : null}
      {locked ? (
        <Badge
          color="gray"
          variant="outline"
          radius="sm"
          leftSection={<IconLock size={13} aria-hidden />}
        >
          {t('badges.locked')}
        </Badge>
      ) : null}
      {hidden ? (
        <Badge
          color="red"
          variant="outline"
          radius="sm"
          leftSection={<IconEyeOff size={13} aria-hidden />}
        >
          {t('badges.hidden')}
        </Badge>
      ) : null}
    </>
  );
}

export function TagList({ tags, size = 'sm' }: { tags: string[]; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('posts');
  if (tags.length === 0) return null;
  return (
    <>
      {tags.map((tag) => (
        <Badge
          key={tag}
          component={Link}
          to={`/tags/${encodeURIComponent(tag)}`}
          variant="default"
          radius="xl"
          size={size}
          tt="none"
          fw={500}
          style={{ cursor: 'pointer' }}
          aria-label={t('tags.linkLabel', { tag })}
        >
          #{tag}
        </Badge>
      ))}
    </>
  );
}
