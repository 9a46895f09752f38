import { lazy, Suspense, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconAward, IconX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberBadgesQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { Tooltip } from '../../ui/Tooltip';
import { BadgeIcon } from './BadgeIcon';
import { MemberBadgesDocument } from './graphql';
import { badgeName } from './logic';

const BadgeGrantModal = lazy(async () => ({
  default: (await import('./BadgeGrantModal')).BadgeGrantModal,
}));

type Held = MemberBadgesQuery['member']['badges'][number];

/**
 * The badges a member holds, each linking to its page; moderators award manual badges and revoke
 * any, with a reason.
 */
export function ProfileBadges({
  member,
  isSelf,
  canManage,
}: {
  member: { id: string; handle: string; displayName: string };
  isSelf: boolean;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation('badges');
  const { data, error, refetch } = useQuery(MemberBadgesDocument, {
    variables: { handle: member.handle },
    fetchPolicy: 'cache-and-network',
  });
  const [granting, setGranting] = useState<
    { mode: 'award' } | { mode: 'revoke'; held: Held } | null
  >(null);
  const held = data?.member.badges ?? [];

  let body;
  if (error && !data) body = <ErrorPanel error={error} onRetry={() => refetch()} />;
  else if (!data) body = <ListSkeleton rows={1} height={96} />;
  else if (held.length === 0)
    body = (
      <EmptyPanel
        icon={<IconAward size={28} aria-hidden />}
        title={isSelf ? t('profile.emptySelf') : t('profile.empty')}
      />
    );
  else
    body = (
      <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="sm" data-testid="badge-grid">
        {held.map((h) => {
          const name = badgeName(h.badge, i18n.language);
          return (
            <Paper
              key={h.badge.id}
              withBorder
              radius="md"
              p="sm"
              pos="relative"
              data-testid="profile-badge"
              data-key={h.badge.key}
            >
              {canManage ? (
                <Tooltip label={t('profile.revokeLabel', { name })} withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    pos="absolute"
                    top={4}
                    right={4}
                    aria-label={t('profile.revokeLabel', { name })}
                    onClick={() => setGranting({ mode: 'revoke', held: h })}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              ) : null}
              <UnstyledButton
                component={Link}
                to={`/badges/${h.badge.key}`}
                style={{ display: 'block', width: '100%' }}
              >
                <Stack gap={6} align="center" ta="center">
                  <BadgeIcon icon={h.badge.icon} />
                  <Text size="sm" fw={700} lineClamp={2}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('profile.granted', { date: formatDate(h.grantedAt, i18n.language) })}
                  </Text>
                </Stack>
              </UnstyledButton>
              {h.reason ? (
                <Text
                  size="xs"
                  mt={6}
                  ta="center"
                  className="kizuna-pre"
                  data-testid="profile-badge-reason"
                >
                  {t('profile.reason', { reason: h.reason })}
                </Text>
              ) : null}
            </Paper>
          );
        })}
      </SimpleGrid>
    );

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="profile-badges">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4">
            {t('profile.title')}
          </Title>
          <Group gap="sm">
            <Anchor component={Link} to="/badges" size="sm">
              {t('profile.all')}
            </Anchor>
            {canManage ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconAward size={16} aria-hidden />}
                onClick={() => setGranting({ mode: 'award' })}
              >
                {t('profile.award')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {body}
      </Stack>
      {granting ? (
        <Suspense fallback={null}>
          <BadgeGrantModal
            member={member}
            mode={granting.mode}
            held={held}
            badge={granting.mode === 'revoke' ? granting.held.badge : null}
            onClose={() => setGranting(null)}
          />
        </Suspense>
      ) : null}
    </Paper>
  );
}
