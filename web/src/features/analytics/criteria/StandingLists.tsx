import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconDownload, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CriterionInput, LoyaltyStanding } from '../../../gql/graphql';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { formatCount } from '../dashboard/logic';
import { ListPagination, MemberCell, TierBadge } from '../engagement/parts';
import { LoyaltyCandidatesDocument } from './graphql';
import { segmentCsvUrl, type RankChoice } from './logic';
import { useCriterionText } from './parts';

const PAGE_SIZE = 25;

/**
 * The members a set of criteria finds: loyal (meeting every criterion) and candidates (meeting
 * some), each candidate with what they still lack. A saved set's lists download as CSV.
 */
export function StandingLists({
  setId,
  criteria,
  counts,
  ranks,
}: {
  /** The saved set, when the builder shows it unchanged. */
  setId: string | null;
  /** The criteria being built, when they differ from a saved set (null while invalid). */
  criteria: CriterionInput[] | null;
  counts: { loyal: number; candidates: number } | null;
  ranks: readonly RankChoice[];
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const [standing, setStanding] = useState<LoyaltyStanding>('LOYAL');
  const [pages, setPages] = useState<Record<LoyaltyStanding, number>>({ LOYAL: 1, CANDIDATE: 1 });
  const page = pages[standing];
  const ready = !!setId || !!criteria;
  // A page from before the criteria changed would not exist any more: back to the first.
  const key = setId ?? JSON.stringify(criteria);
  const [listKey, setListKey] = useState(key);
  if (listKey !== key) {
    setListKey(key);
    setPages({ LOYAL: 1, CANDIDATE: 1 });
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="standing-lists-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4" id="standing-lists-title">
            {t('criteria.lists.title')}
          </Title>
          {setId ? (
            <Button
              component="a"
              href={segmentCsvUrl(setId, standing)}
              download
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              data-testid="segment-csv"
            >
              {standing === 'LOYAL'
                ? t('criteria.lists.csvLoyal')
                : t('criteria.lists.csvCandidates')}
            </Button>
          ) : null}
        </Group>
        {!setId && criteria ? (
          <Text size="xs" c="dimmed">
            {t('criteria.lists.draft')}
          </Text>
        ) : null}
        <Tabs
          value={standing}
          onChange={(v) => setStanding(v === 'CANDIDATE' ? 'CANDIDATE' : 'LOYAL')}
        >
          <Tabs.List>
            <Tabs.Tab value="LOYAL" data-testid="tab-loyal">
              {t('criteria.lists.loyal')}
              {counts ? (
                <Badge size="sm" variant="light" ml={6}>
                  {formatCount(counts.loyal, lang)}
                </Badge>
              ) : null}
            </Tabs.Tab>
            <Tabs.Tab value="CANDIDATE" data-testid="tab-candidates">
              {t('criteria.lists.candidates')}
              {counts ? (
                <Badge size="sm" variant="light" ml={6}>
                  {formatCount(counts.candidates, lang)}
                </Badge>
              ) : null}
            </Tabs.Tab>
          </Tabs.List>
          {(['LOYAL', 'CANDIDATE'] as const).map((s) => (
            <Tabs.Panel value={s} key={s} pt="sm">
              {!ready ? (
                <Text size="sm" c="dimmed">
                  {t('criteria.lists.needCriteria')}
                </Text>
              ) : standing === s ? (
                <StandingList
                  setId={setId}
                  criteria={criteria}
                  standing={s}
                  page={page}
                  onPage={(p) => setPages((all) => ({ ...all, [s]: p }))}
                  ranks={ranks}
                />
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
}

function StandingList({
  setId,
  criteria,
  standing,
  page,
  onPage,
  ranks,
}: {
  setId: string | null;
  criteria: CriterionInput[] | null;
  standing: LoyaltyStanding;
  page: number;
  onPage: (page: number) => void;
  ranks: readonly RankChoice[];
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const text = useCriterionText(ranks);
  const { data, previousData, error, loading, refetch } = useQuery(LoyaltyCandidatesDocument, {
    variables: {
      setId: setId ?? null,
      criteria: setId ? null : criteria,
      standing,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.loyaltyCandidates;
  if (error && !shown) {
    return <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (!shown) return <ListSkeleton rows={4} />;
  if (shown.nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconUsers size={28} aria-hidden />}
        title={
          standing === 'LOYAL'
            ? t('criteria.lists.emptyLoyal')
            : t('criteria.lists.emptyCandidates')
        }
      />
    );
  }
  return (
    <Stack gap="sm" aria-busy={loading}>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing="sm"
          aria-label={
            standing === 'LOYAL' ? t('criteria.lists.loyal') : t('criteria.lists.candidates')
          }
          data-testid={standing === 'LOYAL' ? 'loyal-list' : 'candidate-list'}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('engagement.columns.member')}</Table.Th>
              {standing === 'CANDIDATE' ? (
                <>
                  <Table.Th scope="col">{t('criteria.lists.met')}</Table.Th>
                  <Table.Th scope="col">{t('criteria.lists.lacking')}</Table.Th>
                </>
              ) : null}
              <Table.Th scope="col" ta="right">
                {t('engagement.columns.score')}
              </Table.Th>
              <Table.Th scope="col">{t('engagement.columns.tier')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.nodes.map((n) => (
              <Table.Tr key={n.member.id} data-testid="standing-row">
                <Table.Td>
                  <MemberCell member={n.member} />
                </Table.Td>
                {standing === 'CANDIDATE' ? (
                  <>
                    <Table.Td>{t('criteria.lists.metOf', { met: n.met, of: n.of })}</Table.Td>
                    <Table.Td>
                      <Stack
                        gap={2}
                        component="ul"
                        style={{ listStyle: 'none', margin: 0, padding: 0 }}
                      >
                        {n.lacking.map((gap, i) => (
                          <Text component="li" size="xs" key={i} data-testid="lacking">
                            {t('criteria.lists.gap', {
                              criterion: text.criterion(gap.criterion),
                              actual:
                                gap.actual == null
                                  ? t('criteria.lists.noValue')
                                  : text.value(gap.criterion.metric, gap.actual),
                            })}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                  </>
                ) : null}
                <Table.Td ta="right" fw={700}>
                  {formatCount(n.loyalty.engagementScore, lang)}
                </Table.Td>
                <Table.Td>
                  <TierBadge tier={n.loyalty.engagementTier} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination total={shown.totalCount} page={page} onPage={onPage} size={PAGE_SIZE} />
    </Stack>
  );
}
