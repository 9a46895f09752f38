import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconNews, IconRss } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangelogEntryFieldsFragment } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatDay } from '../../ui/format';
import { HtmlContent } from '../../ui/HtmlContent';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { ChangelogDocument } from './graphql';
import { IdeaStatusBadge } from './parts';
import classes from './feedback.module.css';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE = 10;

/** What shipped, newest first, with the ideas each release answers. */
export function ChangelogPage() {
  const { t } = useTranslation(['feedback', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ChangelogDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return (
    <Page
      title={t('changelog.title')}
      description={t('changelog.lead')}
      actions={
        <Button
          component="a"
          href="/changelog.atom"
          variant="default"
          leftSection={<IconRss size={16} aria-hidden />}
        >
          {t('changelog.feed')}
        </Button>
      }
    >
      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <ListSkeleton rows={3} height={140} />
      ) : data.changelog.nodes.length === 0 ? (
        <EmptyPanel icon={<IconNews size={28} aria-hidden />} title={t('changelog.empty')} />
      ) : (
        <Stack gap="md">
          {data.changelog.nodes.map((entry) => (
            <ChangelogEntry key={entry.id} entry={entry} />
          ))}
          <LoadMoreButton
            pageInfo={data.changelog.pageInfo}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={(after) =>
              fetchMore({ variables: { after } }).catch((e: unknown) =>
                notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) }),
              )
            }
          />
        </Stack>
      )}
    </Page>
  );
}

export function ChangelogEntry({ entry }: { entry: ChangelogEntryFieldsFragment }) {
  const { t, i18n } = useTranslation('feedback');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={`changelog-${entry.id}`}
      data-testid="changelog-entry"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed" fw={600}>
            <time dateTime={entry.releasedOn}>{formatDay(entry.releasedOn, i18n.language)}</time>
          </Text>
          <Title order={2} size="h3" id={`changelog-${entry.id}`}>
            {entry.title}
          </Title>
        </Stack>
        <HtmlContent html={entry.bodyHtml} />
        {entry.ideas.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {t('changelog.ideas')}
            </Text>
            <ul className={classes.plainList}>
              {entry.ideas.map((idea) => (
                <li key={idea.id}>
                  <Group gap="xs" wrap="nowrap">
                    <IdeaStatusBadge status={idea.status} size="xs" />
                    <Anchor component={Link} to={`/ideas/${idea.id}`} size="sm">
                      {idea.title}
                    </Anchor>
                  </Group>
                </li>
              ))}
            </ul>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
