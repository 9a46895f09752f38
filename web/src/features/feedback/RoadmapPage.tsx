import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaCardFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { RoadmapDocument } from './graphql';
import { localName, ROADMAP_COLUMNS, STATUS_COLORS } from './logic';
import { VoteButton } from './parts';
import classes from './feedback.module.css';

/** What the product team plans, is building and has shipped lately. */
export function RoadmapPage() {
  const { t } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(RoadmapDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Page title={t('roadmap.title')} description={t('roadmap.lead')}>
      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <ListSkeleton rows={3} height={120} />
      ) : ROADMAP_COLUMNS.every(({ key }) => data.roadmap[key].length === 0) ? (
        <EmptyPanel icon={<IconRoute size={28} aria-hidden />} title={t('roadmap.empty')} />
      ) : (
        <div className={classes.columns}>
          {ROADMAP_COLUMNS.map(({ key, status }) => (
            <Stack
              key={key}
              gap="sm"
              component="section"
              aria-labelledby={`roadmap-${key}`}
              data-testid={`roadmap-${key}`}
            >
              <Group gap="xs">
                <Badge color={STATUS_COLORS[status]} variant="dot" size="lg" tt="none">
                  <span id={`roadmap-${key}`}>{t(`roadmap.columns.${key}`)}</span>
                </Badge>
                <Text size="sm" c="dimmed" data-testid="roadmap-count">
                  <span aria-hidden>{data.roadmap[key].length}</span>
                  <VisuallyHidden>
                    {t('roadmap.count', { count: data.roadmap[key].length })}
                  </VisuallyHidden>
                </Text>
              </Group>
              {data.roadmap[key].length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('roadmap.columnEmpty')}
                </Text>
              ) : (
                data.roadmap[key].map((idea) => <RoadmapCard key={idea.id} idea={idea} />)
              )}
            </Stack>
          ))}
        </div>
      )}
    </Page>
  );
}

function RoadmapCard({ idea }: { idea: IdeaCardFieldsFragment }) {
  const { t, i18n } = useTranslation('feedback');
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      data-testid="roadmap-card"
      data-idea-id={idea.id}
      aria-labelledby={`roadmap-idea-${idea.id}`}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <VoteButton idea={idea} size="sm" />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/ideas/${idea.id}`}
            id={`roadmap-idea-${idea.id}`}
            fw={700}
            c="inherit"
            style={{ overflowWrap: 'anywhere' }}
          >
            {idea.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {localName(idea.board, i18n.language)} ·{' '}
            {t('roadmap.since', { date: formatDate(idea.statusChangedAt, i18n.language) })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
