import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconCalendar,
  IconClock,
  IconCoins,
  IconMessage,
  IconUserQuestion,
  IconUserEdit,
} from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorCode } from '@kizuna/shared';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import { NotFoundPage } from '../../app/pages';
import { RoleBadge, StatusBadge } from '../../ui/badges';
import { errorCodeOf } from '../../ui/errors';
import { formatDate } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Notice } from '../../ui/Notice';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { MemberProfileDocument } from '../members/graphql';
import { MemberActivity } from './MemberActivity';
import { PointHistory } from '../points/PointHistory';
import { RankChip } from '../points/RankChip';
import { StandingPanel } from '../points/StandingPanel';
import { MemberStandingDocument } from '../points/graphql';
import { ProfileBadges } from '../badges/ProfileBadges';
import { FlagMenu } from '../flags/FlagAction';

// The staff's dialogs, fetched when opened.
const SendMessageModal = lazy(async () => ({
  default: (await import('./SendMessageModal')).SendMessageModal,
}));
const AdjustPointsModal = lazy(async () => ({
  default: (await import('../points/AdjustPointsModal')).AdjustPointsModal,
}));
// Moderators' view of how the member feels (their latest NPS), asked only for them.
const MemberAttitude = lazy(async () => ({
  default: (await import('../surveys/attitude/MemberAttitude')).MemberAttitude,
}));

export function ProfilePage() {
  const { t, i18n } = useTranslation(['profile', 'common', 'points']);
  const { handle = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(MemberProfileDocument, {
    variables: { handle: handle.toLowerCase() },
  });
  // Rendered as a transition, in slices of main-thread time, once the profile arrives (and never
  // another member's while the address changes).
  const deferred = useDeferredValue(data?.member);
  const member = deferred && deferred.id === data?.member?.id ? deferred : undefined;
  const arriving = !!data?.member && !member;
  const [writing, setWriting] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  // Asked beside the profile, not after it.
  const standing = useQuery(MemberStandingDocument, {
    variables: { handle: handle.toLowerCase() },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(member ? member.displayName : loading || arriving ? null : t('view.notFoundTitle'));

  if ((loading || arriving) && !member) return <LoadingState minHeight={320} />;
  if (error && !member) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND) {
      return (
        <Container size="sm" py={64}>
          <Notice
            order={1}
            icon={<IconUserQuestion size={30} aria-hidden />}
            title={t('view.notFoundTitle')}
            actions={
              <Button component={Link} to="/" variant="light">
                {t('common:actions.backHome')}
              </Button>
            }
          >
            {t('view.notFoundBody', { handle })}
          </Notice>
        </Container>
      );
    }
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!member) return <NotFoundPage />;
  const isSelf = viewer?.id === member.id;
  const isStaff = hasAnyRole(viewer?.role, ['MODERATOR']);
  const canMessage = !isSelf && isStaff && member.status !== 'PENDING';
  const canAdjust = !isSelf && isStaff && member.status !== 'PENDING';

  return (
    <Container size="md" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 40 }}>
        <Stack gap="lg">
          <Group align="flex-start" justify="space-between" gap="lg">
            <Group gap="lg" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
              <MemberAvatar
                displayName={member.displayName}
                avatarUrl={member.avatarUrl}
                size={96}
              />
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Title order={1} size="h2" data-testid="profile-name">
                  {member.displayName}
                </Title>
                <Text c="dimmed" dir="ltr">
                  @{member.handle}
                </Text>
                <Group gap="xs">
                  <RankChip rank={member.rank} />
                  <RoleBadge role={member.role} />
                  {member.status !== 'ACTIVE' ? <StatusBadge status={member.status} /> : null}
                </Group>
                {isStaff ? (
                  <Suspense fallback={null}>
                    <MemberAttitude handle={member.handle} />
                  </Suspense>
                ) : null}
              </Stack>
            </Group>
            <Group gap="sm">
              {isSelf ? (
                <Button
                  component={Link}
                  to="/settings/profile"
                  variant="light"
                  leftSection={<IconUserEdit size={18} aria-hidden />}
                >
                  {t('view.edit')}
                </Button>
              ) : null}
              {canMessage ? (
                <Button
                  variant="light"
                  leftSection={<IconMessage size={18} aria-hidden />}
                  onClick={() => setWriting(true)}
                >
                  {t('message.open')}
                </Button>
              ) : null}
              {canAdjust ? (
                <Button
                  variant="light"
                  leftSection={<IconCoins size={18} aria-hidden />}
                  onClick={() => setAdjusting(true)}
                >
                  {t('points:adjust.open')}
                </Button>
              ) : null}
              <FlagMenu
                target={{
                  type: 'MEMBER',
                  id: member.id,
                  viewerFlagged: member.viewerFlagged,
                  own: member.id === viewer?.id,
                }}
                signedIn={!!viewer}
                label={t('view.menuLabel', { name: member.displayName })}
                testId="profile-menu"
              />
            </Group>
          </Group>
          <Stack gap={6}>
            <Title order={2} size="h4">
              {t('view.about')}
            </Title>
            {member.bio ? (
              <Text className="kizuna-pre" data-testid="profile-bio">
                {member.bio}
              </Text>
            ) : (
              <Text c="dimmed" data-testid="profile-bio">
                {isSelf ? t('view.noBioSelf') : t('view.noBio')}
              </Text>
            )}
          </Stack>
          <Group gap="xl" c="dimmed">
            <Group gap={6}>
              <IconCalendar size={18} aria-hidden />
              <Text size="sm">
                {t('view.joined', { date: formatDate(member.joinedAt, i18n.language) })}
              </Text>
            </Group>
            <Group gap={6}>
              <IconClock size={18} aria-hidden />
              <Text size="sm">{t('view.timezone', { zone: member.timezone })}</Text>
            </Group>
          </Group>
        </Stack>
      </Paper>
      <Stack mt="xl" gap="xl">
        {standing.data?.member.standing ? (
          <StandingPanel standing={standing.data.member.standing} />
        ) : standing.error ? (
          <ErrorPanel error={standing.error} onRetry={() => standing.refetch()} />
        ) : (
          <LoadingState minHeight={200} />
        )}
        {/* The sections below wait for the standing, so they are not pushed down when it comes. */}
        {standing.data || standing.error ? (
          <>
            <ProfileBadges
              member={member}
              isSelf={isSelf}
              canManage={isStaff && member.status !== 'PENDING'}
            />
            {isSelf || isStaff ? <PointHistory handle={member.handle} /> : null}
            <MemberActivity handle={member.handle} name={member.displayName} />
          </>
        ) : null}
      </Stack>
      <Suspense fallback={null}>
        {writing ? <SendMessageModal member={member} onClose={() => setWriting(false)} /> : null}
        {adjusting ? (
          <AdjustPointsModal member={member} onClose={() => setAdjusting(false)} />
        ) : null}
      </Suspense>
    </Container>
  );
}
