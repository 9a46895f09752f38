import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InviteStatus, MemberStatus, Role } from '../gql/graphql';

const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'grape',
  MODERATOR: 'blue',
  PRODUCT: 'orange',
  MEMBER: 'gray',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" radius="sm">
      {t(`roles.${role}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<MemberStatus, string> = {
  ACTIVE: 'green',
  PENDING: 'yellow',
  SUSPENDED: 'red',
};

/** Nothing when the status is not shown to the viewer (only staff and the member see it). */
export function StatusBadge({ status }: { status: MemberStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge color={STATUS_COLORS[status]} variant="dot" radius="sm">
      {t(`memberStatus.${status}`)}
    </Badge>
  );
}

const INVITE_COLORS: Record<InviteStatus, string> = {
  ACTIVE: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
  USED_UP: 'yellow',
};

export function InviteStatusBadge({ status }: { status: InviteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={INVITE_COLORS[status]} variant="light" radius="sm">
      {t(`inviteStatus.${status}`)}
    </Badge>
  );
}
