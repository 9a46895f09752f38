import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconHistory,
  IconMessageOff,
  IconMessage2,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import { RoleBadge, StatusBadge } from '../../ui/badges';
import { formatDateTime, formatNumber } from '../../ui/format';
import { MemberIdentity } from '../../ui/MemberIdentity';
import { Page } from '../../ui/Page';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { CommunityDocument } from '../community/graphql';
import { useViewerTimeZone } from '../events/time';
import { RestoreModal, SuspendModal } from '../members/MemberActions';
import { MemberRecordDocument } from './graphql';
import { AccuracyText, HistoryFigures, SanctionList } from './parts';
import { SilenceDialog, UnsilenceDialog, WarnDialog } from './SanctionDialogs';

type Dialog = 'warn' | 'silence' | 'unsilence' | 'suspend' | 'restore' | null;

/**
 * One member's moderation record: where they stand now (suspended or silenced, until when and
 * why), their warnings, silences and suspensions, how reviews of their content ended and how
 * right their own flags were; with the actions a moderator may take on them.
 */
export function MemberRecordPage() {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const { id = '' } = useParams();
  const zone = useViewerTimeZone();
  const { viewer } = useViewer();
  const community = useQuery(CommunityDocument);
  const { data, loading, error, refetch } = useQuery(MemberRecordDocument, {
    variables: { memberId: id },
    fetchPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const record = data?.memberRecord;
  const member = record?.member;
  const at = (iso: string) => formatDateTime(iso, i18n.language, zone);

  const isAdmin = hasAnyRole(viewer?.role, ['ADMIN']);
  const self = !!member && member.id === viewer?.id;
  // Moderators restrict members only; admins anyone but themselves (as the api rules).
  const mayRestrict = !!member && !self && (isAdmin || member.role === 'MEMBER');
  const maySuspend = mayRestrict && (isAdmin || !!community.data?.community.moderatorsCanSuspend);
  const suspended = member?.status === 'SUSPENDED';
  const silenced = !!record?.silencedUntil;

  const actions =
    member && !self ? (
      <>
        {member.status === 'ACTIVE' ? (
          <Button
            variant="default"
            leftSection={<IconAlertTriangle size={16} aria-hidden />}
            onClick={() => setDialog('warn')}
          >
            {t('record.warn.button')}
          </Button>
        ) : null}
        {mayRestrict && silenced ? (
          <Button
            variant="default"
            leftSection={<IconMessage2 size={16} aria-hidden />}
            onClick={() => setDialog('unsilence')}
          >
            {t('record.unsilence.button')}
          </Button>
        ) : mayRestrict && member.status === 'ACTIVE' ? (
          <Button
            variant="default"
            color="orange"
            leftSection={<IconMessageOff size={16} aria-hidden />}
            onClick={() => setDialog('silence')}
          >
            {t('record.silence.button')}
          </Button>
        ) : null}
        {maySuspend && suspended ? (
          <Button
            variant="default"
            leftSection={<IconUserCheck size={16} aria-hidden />}
            onClick={() => setDialog('restore')}
          >
            {t('record.restore')}
          </Button>
        ) : maySuspend && member.status === 'ACTIVE' ? (
          <Button
            color="red"
            leftSection={<IconUserOff size={16} aria-hidden />}
            onClick={() => setDialog('suspend')}
          >
            {t('record.suspend')}
          </Button>
        ) : null}
      </>
    ) : null;

  return (
    <Page
      title={member ? t('record.title', { name: member.displayName }) : t('record.titleLoading')}
      description={t('record.lead')}
      actions={actions}
      size="lg"
    >
      {loading && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {record && member ? (
        <>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="record-status">
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <MemberIdentity
                  member={member}
                  size="lg"
                  extra={t('record.joined', { date: at(member.joinedAt) })}
                >
                  {member.email ? (
                    <Text size="xs" c="dimmed">
                      {member.email}
                    </Text>
                  ) : null}
                </MemberIdentity>
                <Group gap="xs">
                  <RoleBadge role={member.role} />
                  <StatusBadge status={member.status ?? null} />
                </Group>
              </Group>
              {suspended ? (
                <Alert color="red" variant="light" title={t('record.suspendedTitle')}>
                  <Stack gap={4}>
                    <Text size="sm" data-testid="suspended-until">
                      {record.suspendedUntil
                        ? t('record.suspendedUntil', {
                            since: member.suspendedAt ? at(member.suspendedAt) : '—',
                            until: at(record.suspendedUntil),
                          })
                        : t('record.suspendedIndefinitely', {
                            since: member.suspendedAt ? at(member.suspendedAt) : '—',
                          })}
                    </Text>
                    {member.suspensionReason ? (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {t('record.reason', { reason: member.suspensionReason })}
                      </Text>
                    ) : null}
                  </Stack>
                </Alert>
              ) : null}
              {silenced && record.silencedUntil ? (
                <Alert color="orange" variant="light" title={t('record.silencedTitle')}>
                  <Stack gap={4}>
                    <Text size="sm" data-testid="silenced-until">
                      {t('record.silencedUntil', { until: at(record.silencedUntil) })}
                    </Text>
                    {record.silenceReason ? (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {t('record.reason', { reason: record.silenceReason })}
                      </Text>
                    ) : null}
                  </Stack>
                </Alert>
              ) : null}
              {!suspended && !silenced ? (
                <Text size="sm" c="dimmed">
                  {t('record.noRestriction')}
                </Text>
              ) : null}
              <Group gap="md">
                <Anchor component={Link} to={`/members/${member.handle}`} size="sm">
                  {t('record.profile')}
                </Anchor>
                {isAdmin ? (
                  <Anchor
                    component={Link}
                    to={`/manage/audit?type=member&target=${member.id}`}
                    size="sm"
                  >
                    {t('record.auditLog')}
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </Paper>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Paper
              withBorder
              radius="lg"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="record-reviews"
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="record-reviews">
                  {t('record.reviewsTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('record.reviewsLead')}
                </Text>
                <HistoryFigures history={record.reviewHistory} />
              </Stack>
            </Paper>
            <Paper
              withBorder
              radius="lg"
              p={{ base: 'md', sm: 'lg' }}
              component="section"
              aria-labelledby="record-flags"
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="record-flags">
                  {t('record.flagsTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('record.flagsLead')}
                </Text>
                <Group gap="lg">
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {t('record.flagsAgreed')}
                    </Text>
                    <Text fw={700}>{formatNumber(record.flagAccuracy.agreed, i18n.language)}</Text>
                  </Stack>
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {t('record.flagsDisagreed')}
                    </Text>
                    <Text fw={700}>
                      {formatNumber(record.flagAccuracy.disagreed, i18n.language)}
                    </Text>
                  </Stack>
                </Group>
                <AccuracyText accuracy={record.flagAccuracy} size="sm" />
              </Stack>
            </Paper>
          </SimpleGrid>

          <Paper
            withBorder
            radius="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="record-sanctions"
            data-testid="record-sanctions"
          >
            <Stack gap="sm">
              <Group gap="xs">
                <IconHistory size={18} aria-hidden />
                <Title order={2} size="h4" id="record-sanctions">
                  {t('record.sanctionsTitle')}
                </Title>
              </Group>
              <SanctionList sanctions={record.sanctions} />
            </Stack>
          </Paper>

          {dialog === 'warn' ? <WarnDialog member={member} onClose={close} /> : null}
          {dialog === 'silence' ? <SilenceDialog member={member} onClose={close} /> : null}
          {dialog === 'unsilence' ? <UnsilenceDialog member={member} onClose={close} /> : null}
          {dialog === 'suspend' ? (
            <SuspendModal member={member} onClose={close} onDone={() => void refetch()} />
          ) : null}
          {dialog === 'restore' ? (
            <RestoreModal member={member} onClose={close} onDone={() => void refetch()} />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
