import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellCheck, IconBellPlus } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { useMemberAction } from '../auth/SignInPrompt';
import { followed } from './follow';
import { FollowSpaceDocument } from './graphql';

interface Props {
  space: { id: string; viewerFollows: boolean; followerCount: number; archivedAt?: unknown };
}

/**
 * Follow / following, with the follower count. The change shows at once; `followSpace` is
 * idempotent, so sending the wanted state is always safe, and a failure puts it back.
 */
export function FollowSpaceButton({ space }: Props) {
  const { t, i18n } = useTranslation('spaces');
  const [followSpace] = useMutation(FollowSpaceDocument);
  const member = useMemberAction();
  const following = space.viewerFollows;
  // An archived space takes no new followers; its followers may still leave.
  if (space.archivedAt && !following) return null;

  const toggle = () => {
    const next = followed(
      { viewerFollows: following, followerCount: space.followerCount },
      !following,
    );
    followSpace({
      variables: { spaceId: space.id, follow: !following },
      optimisticResponse: { followSpace: { __typename: 'Space', id: space.id, ...next } },
    }).catch((error: unknown) => {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant={following ? 'light' : 'default'}
        leftSection={
          following ? (
            <IconBellCheck size={18} aria-hidden />
          ) : (
            <IconBellPlus size={18} aria-hidden />
          )
        }
        aria-pressed={following}
        onClick={member.guard(toggle)}
        data-testid="follow-space"
      >
        {following ? t('follow.following') : t('follow.follow')}
      </Button>
      <Text size="sm" c="dimmed" data-testid="space-followers">
        {t('follow.followers', {
          count: space.followerCount,
          formatted: formatNumber(space.followerCount, i18n.language),
        })}
      </Text>
      {member.prompt}
    </Group>
  );
}
