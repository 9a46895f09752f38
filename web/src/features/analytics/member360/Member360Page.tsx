import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { CHURN } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ADMIN, canAccess } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { Member360PageQuery } from '../../../gql/graphql';
import { errorCodeOf } from '../../../ui/errors';
import { formatDate, formatDateTime, formatDay, formatNumber } from '../../../ui/format';
import { MemberAvatar } from '../../../ui/MemberAvatar';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, LoadingState } from '../../../ui/states';
import { RoleBadge } from '../../../ui/badges';
import { RankChip } from '../../points/RankChip';
import { cellText, customersHref, formatYen } from '../customers/logic';
import { CellBadge, NpsBadge, SegmentBadge, Stat } from '../customers/parts';
import { CustomerIdForm } from './CustomerIdForm';
import { Member360PageDocument } from './graphql';
import {
  formatTrend,
  knownAction,
  subjectHref,
  tierName,
  TIER_COLORS,
  trendColor,
  whyShares,
} from './logic';

type View = Member360PageQuery['member360'];

/** Everything about one member for moderators: who they are, how they engage, buy and feel. */
export function Member360Page() {
  const { t } = useTranslation('analyticsCustomers');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(Member360PageDocument, {
    variables: { memberId: id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) {
    return (
      <Page title={t('m360.title')}>
        {errorCodeOf(error) === 'NOT_FOUND' ? (
          <EmptyPanel
            icon={<IconUserQuestion size={28} aria-hidden />}
            title={t('m360.notFound')}
            action={
              <Anchor component={Link} to="/manage/analytics/customers">
                {t('customers.title')}
              </Anchor>
            }
          />
        ) : (
          <ErrorPanel error={error} onRetry={() => refetch()} />
        )}
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('m360.title')}>
        <LoadingState minHeight={320} />
      </Page>
    );
  }
  return <Member360 view={data.member360} />;
}

function Member360({ view }: { view: View }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const { viewer } = useViewer();
  const { member, loyalty, customer } = view;
  // Today's analysis of their purchases and answers, else the last computed standing.
  const cell = customer?.cell ?? loyalty?.matrixCell ?? null;
  return (
    <Page
      title={t('m360.titleOf', { name: member.displayName })}
      description={
        <Anchor component={Link} to={`/members/${member.handle}`} size="sm">
          {t('m360.profile', { handle: member.handle })}
        </Anchor>
      }
      size="xl"
    >
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="m360-who">
        <Group gap="md" wrap="wrap" justify="space-between">
          <Group gap="md" wrap="nowrap">
            <MemberAvatar displayName={member.displayName} avatarUrl={member.avatarUrl} size="lg" />
            <Stack gap={4}>
              <Title order={2} size="h3" id="m360-who">
                {member.displayName}
              </Title>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  @{member.handle}
                </Text>
                <RoleBadge role={member.role} />
                <RankChip rank={member.rank} />
              </Group>
              <Text size="xs" c="dimmed">
                {t('m360.joined', { date: formatDate(member.joinedAt, lang) })}
                {loyalty
                  ? ` · ${t('m360.membershipDays', { count: loyalty.membershipDays, formatted: formatNumber(loyalty.membershipDays, lang) })}`
                  : ''}
              </Text>
            </Stack>
          </Group>
          <Stack gap={4} align="flex-end">
            {cell ? (
              <Anchor
                component={Link}
                to={customersHref({ cell }, null)}
                aria-label={t('m360.cellLink', { name: cellText(cell, lang).name })}
                data-testid="m360-cell"
              >
                <CellBadge cell={cell} />
              </Anchor>
            ) : null}
            {view.segments.length > 0 ? (
              <Group gap={4} justify="flex-end" data-testid="m360-segments">
                {view.segments.map((s) => (
                  <Badge
                    key={`${s.setId}-${s.standing}`}
                    variant={s.standing === 'LOYAL' ? 'filled' : 'light'}
                    color="kizuna"
                    style={{ textTransform: 'none' }}
                  >
                    {t(`m360.standing.${s.standing}`, { name: s.name })}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Stack>
        </Group>
        {cell ? (
          <Text size="sm" mt="sm" c="dimmed">
            {cellText(cell, lang).hint}
          </Text>
        ) : null}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Engagement loyalty={loyalty} />
        <Purchases view={view} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <NpsHistory view={view} />
        <ActivityTimeline view={view} />
      </SimpleGrid>

      {canAccess(ADMIN, viewer) ? (
        <CustomerIdForm memberId={member.id} customerId={customer?.customerId ?? null} />
      ) : null}
    </Page>
  );
}

function Section({
  id,
  title,
  children,
  testId,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Engagement({ loyalty }: { loyalty: View['loyalty'] }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  if (!loyalty) {
    return (
      <Section id="m360-engagement" title={t('m360.engagement.title')} testId="m360-engagement">
        <Text size="sm" c="dimmed">
          {t('m360.engagement.none')}
        </Text>
      </Section>
    );
  }
  const why = whyShares(loyalty.why);
  return (
    <Section id="m360-engagement" title={t('m360.engagement.title')} testId="m360-engagement">
      <Group gap="lg" align="flex-end">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={700}>
            {t('m360.engagement.score')}
          </Text>
          <Text fz={40} fw={800} lh={1} data-testid="m360-score">
            {loyalty.engagementScore}
          </Text>
        </Stack>
        <Badge
          size="lg"
          color={TIER_COLORS[loyalty.engagementTier]}
          variant="light"
          style={{ textTransform: 'none' }}
        >
          {tierName(loyalty.engagementTier, lang)}
        </Badge>
        <Text c={trendColor(loyalty.trend)} fw={700}>
          {t('m360.engagement.trend', {
            trend: formatTrend(loyalty.trend),
            previous: loyalty.previousScore,
          })}
        </Text>
      </Group>
      {loyalty.churnReasons.length > 0 ? (
        <Group gap={4}>
          {loyalty.churnReasons.map((r) => (
            <Badge key={r} color="red" variant="light" style={{ textTransform: 'none' }}>
              {t(`m360.churn.${r}`, { days: CHURN.silentDays })}
            </Badge>
          ))}
        </Group>
      ) : null}
      <Stack gap={6}>
        <Text size="sm" fw={700}>
          {t('m360.engagement.why')}
        </Text>
        {why.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('m360.engagement.noWhy')}
          </Text>
        ) : (
          why.map((w) => (
            <Stack gap={2} key={w.action} data-testid="m360-why">
              <Group justify="space-between" gap="xs">
                <Text size="sm">
                  {knownAction(w.action) ? t(`actions.${w.action}`) : w.action}
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('m360.engagement.times', { count: w.count })}
                  </Text>
                </Text>
                <Text size="sm" fw={600}>
                  {t('m360.engagement.points', {
                    points: formatNumber(Math.round(w.points * 10) / 10, lang),
                  })}
                </Text>
              </Group>
              <Progress value={w.share * 100} size="sm" aria-hidden />
            </Stack>
          ))
        )}
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        <Mini
          label={t('m360.engagement.activeDays90')}
          value={formatNumber(loyalty.activeDays90, lang)}
        />
        <Mini
          label={t('m360.engagement.lastActive')}
          value={loyalty.lastActiveOn ? formatDay(loyalty.lastActiveOn, lang) : '—'}
        />
        <Mini label={t('m360.engagement.posts')} value={formatNumber(loyalty.posts, lang)} />
        <Mini
          label={t('m360.engagement.bestAnswers')}
          value={formatNumber(loyalty.bestAnswers, lang)}
        />
        <Mini
          label={t('m360.engagement.eventsAttended')}
          value={formatNumber(loyalty.eventsAttended, lang)}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('m360.engagement.asOf', { date: formatDay(loyalty.asOf, lang) })}
      </Text>
    </Section>
  );
}

function Mini({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </Stack>
  );
}

function Purchases({ view }: { view: View }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const c = view.customer;
  return (
    <Section id="m360-purchases" title={t('m360.purchases.title')} testId="m360-purchases">
      {!c ? (
        <Text size="sm" c="dimmed">
          {t('m360.purchases.none')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {[c.customerId && t('m360.purchases.customerId', { id: c.customerId }), c.email]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
            <Stat
              label={t('customers.col.ltv')}
              value={formatYen(c.ltv, lang)}
              hint={c.highLtv ? t('customers.high') : undefined}
              testId="m360-ltv"
            />
            <Stat label={t('customers.col.orders')} value={formatNumber(c.orders, lang)} />
            <Stat label={t('customers.col.total')} value={formatYen(c.totalAmount, lang)} />
            <Stat label={t('m360.purchases.aov')} value={formatYen(c.aov, lang)} />
            <Stat
              label={t('m360.purchases.perYear')}
              value={formatNumber(c.purchasesPerYear, lang)}
            />
            <Stat
              label={t('customers.col.rfm')}
              value={c.r != null ? `R${c.r} F${c.f} M${c.m}` : '—'}
              hint={c.rfmSegment ? <SegmentBadge segment={c.rfmSegment} /> : undefined}
            />
          </SimpleGrid>
          {view.orders.length === 0 ? null : (
            <Table.ScrollContainer minWidth={360} mah={320}>
              <Table fz="sm" verticalSpacing={4} striped stickyHeader data-testid="m360-orders">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('m360.purchases.orderId')}</Table.Th>
                    <Table.Th scope="col">{t('m360.purchases.orderedAt')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('m360.purchases.amount')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.orders.map((o) => (
                    <Table.Tr key={o.orderId}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{o.orderId}</Table.Td>
                      <Table.Td>{formatDateTime(o.orderedAt, lang)}</Table.Td>
                      <Table.Td ta="right">{formatYen(o.amount, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Section>
  );
}

function NpsHistory({ view }: { view: View }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  return (
    <Section id="m360-nps" title={t('m360.nps.title')} testId="m360-nps">
      {view.npsHistory.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('m360.nps.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('m360.nps.answeredAt')}</Table.Th>
              <Table.Th scope="col">{t('m360.nps.survey')}</Table.Th>
              <Table.Th scope="col">{t('m360.nps.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.npsHistory.map((a, i) => (
              <Table.Tr key={`${a.answeredAt}-${i}`}>
                <Table.Td>{formatDate(a.answeredAt, lang)}</Table.Td>
                <Table.Td>
                  {a.surveyId && a.surveyTitle ? (
                    <Anchor component={Link} to={`/manage/surveys/${a.surveyId}/results`} size="sm">
                      {a.surveyTitle}
                    </Anchor>
                  ) : (
                    (a.surveyTitle ?? '—')
                  )}
                  {a.imported ? (
                    <Badge
                      size="xs"
                      variant="outline"
                      color="gray"
                      ml={6}
                      style={{ textTransform: 'none' }}
                    >
                      {t('m360.nps.imported')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <NpsBadge score={a.score} npsClass={a.npsClass} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

function ActivityTimeline({ view }: { view: View }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  return (
    <Section id="m360-timeline" title={t('m360.timeline.title')} testId="m360-timeline">
      {view.timeline.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('m360.timeline.none')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} style={{ maxHeight: 480, overflowY: 'auto' }}>
          {view.timeline.map((item, i) => {
            const href = subjectHref(item.subjectType, item.subjectId);
            const label = knownAction(item.action) ? t(`actions.${item.action}`) : item.action;
            return (
              <Timeline.Item
                key={`${item.at}-${item.action}-${i}`}
                title={
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                    {item.points ? (
                      <Badge
                        size="xs"
                        variant="light"
                        color={item.points > 0 ? 'kizuna' : 'red'}
                        style={{ textTransform: 'none' }}
                      >
                        {t('m360.timeline.points', {
                          points: item.points > 0 ? `+${item.points}` : String(item.points),
                        })}
                      </Badge>
                    ) : null}
                  </Group>
                }
              >
                {item.title ? (
                  href ? (
                    <Anchor
                      component={Link}
                      to={href}
                      size="sm"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {item.title}
                    </Anchor>
                  ) : (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {item.title}
                    </Text>
                  )
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.at, lang)}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Section>
  );
}
