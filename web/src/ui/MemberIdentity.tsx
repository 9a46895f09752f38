import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Text, type MantineSize } from '@mantine/core';
import { Link } from 'react-router';
import { MemberAvatar } from './MemberAvatar';

interface IdentityMember {
  displayName: string;
  handle: string;
  avatarUrl?: string | null;
}

/** A member in a list: avatar, name linking to the profile, @handle and any `extra` after it. */
export function MemberIdentity({
  member,
  size = 'sm',
  extra,
  children,
}: {
  member: IdentityMember;
  size?: MantineSize;
  /** Follows the handle on its line. */
  extra?: string;
  /** Lines below the handle. */
  children?: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <MemberAvatar displayName={member.displayName} avatarUrl={member.avatarUrl} size={size} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={`/members/${member.handle}`}
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {member.displayName}
        </Anchor>
        <Text size="xs" c="dimmed">
          @{member.handle}
          {extra ? ` · ${extra}` : ''}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}
