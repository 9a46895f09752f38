import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconMessageCircle, IconNews, IconSearch } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RankChip } from '../points/RankChip';
import { Link, useSearchParams } from 'react-router';
import { CONTENT_LIMITS } from '@kizuna/shared';
import type { PostKind } from '../../gql/graphql';
import { DateField } from '../../ui/DateFields';
import { HtmlContent } from '../../ui/HtmlContent';
import { Page } from '../../ui/Page';
import { RelativeTime } from '../../ui/RelativeTime';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { KindBadge } from '../posts/badges';
import { SpaceLink } from '../spaces/SpaceBadge';
import { SpacesDocument, SPACES_PAGE_SIZE } from '../spaces/graphql';
import { spaceName } from '../spaces/spaceText';
import { SearchDocument } from './graphql';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE_SIZE = 20;
const FILTERS = ['space', 'kind', 'solved', 'author', 'from', 'to'] as const;

/** The start (or end) of a local day as an ISO time, for the date filters. */
export function dayBoundary(date: string, end: boolean): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = new Date(`${date}T00:00:00`);
  if (Number.isNaN(d.getTime())) return null;
  if (end) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

function Results({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(['search', 'common']);
  const q = params.get('q')?.trim() ?? '';
  const solved = params.get('solved');
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(SearchDocument, {
    variables: {
      query: q,
      first: PAGE_SIZE,
      spaceSlug: params.get('space') || null,
      kind: (params.get('kind') as PostKind | null) || null,
      solved: solved === 'yes' ? true : solved === 'no' ? false : null,
      authorHandle: params.get('author')?.replace(/^@/, '').toLowerCase() || null,
      from: dayBoundary(params.get('from') ?? '', false),
      to: dayBoundary(params.get('to') ?? '', true),
    },
    skip: q === '',
    notifyOnNetworkStatusChange: true,
  });
  if (q === '') {
    return <EmptyPanel icon={<IconSearch size={28} aria-hidden />} title={t('empty.prompt')} />;
  }
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={4} height={100} />;
  const hits = data.search.nodes;
  if (hits.length === 0) {
    return (
      <EmptyPanel
        icon={<IconSearch size={28} aria-hidden />}
        title={t('empty.title', { q })}
        description={t('empty.body')}
      />
    );
  }
  const pageInfo = data.search.pageInfo;
  return (
    <Stack gap="sm" component="section" aria-label={t('results', { q })}>
      {hits.map((hit) => {
        const who = hit.comment?.author ?? hit.post.author;
        const link = hit.comment
          ? `/posts/${hit.post.id}#comment-${hit.comment.id}`
          : `/posts/${hit.post.id}`;
        return (
          <Paper
            key={`${hit.type}-${hit.comment?.id ?? hit.post.id}`}
            withBorder
            radius="lg"
            p="md"
            component="article"
            data-testid="search-hit"
          >
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <Group gap={4} c="dimmed">
                  {hit.type === 'COMMENT' ? (
                    <IconMessageCircle size={16} aria-hidden />
                  ) : (
                    <IconNews size={16} aria-hidden />
                  )}
                  <Text size="xs" fw={700}>
                    {hit.type === 'COMMENT' ? t('hitComment') : t('hitPost')}
                  </Text>
                </Group>
                <SpaceLink space={hit.post.space} size="xs" />
                <KindBadge kind={hit.post.kind} solved={hit.post.solved} />
              </Group>
              <Anchor component={Link} to={link} fw={700} size="lg" c="gray.9">
                {hit.post.title}
              </Anchor>
              <HtmlContent html={hit.snippetHtml} variant="snippet" testId="search-snippet" />
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {who.displayName} ·{' '}
                  <RelativeTime iso={hit.comment?.createdAt ?? hit.post.createdAt} />
                </Text>
                <RankChip rank={who.rank} size="xs" />
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}

function SearchForm({
  params,
  setParams,
}: {
  params: URLSearchParams;
  setParams: (next: URLSearchParams) => void;
}) {
  const { t, i18n } = useTranslation(['search', 'posts', 'common']);
  const [draft, setDraft] = useState(() => ({
    q: params.get('q') ?? '',
    space: params.get('space') ?? '',
    kind: params.get('kind') ?? '',
    solved: params.get('solved') ?? '',
    author: params.get('author') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  }));
  const spaces = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.q.trim()) next.set('q', draft.q.trim());
    for (const key of FILTERS) if (draft[key]) next.set(key, draft[key]);
    setParams(next);
  };
  const set = (key: keyof typeof draft) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value ?? '' }));

  return (
    <Paper withBorder radius="lg" p="md" component="form" onSubmit={apply} role="search">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('query')}
            placeholder={t('placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={draft.q}
            maxLength={CONTENT_LIMITS.searchQueryMax}
            onChange={(e) => set('q')(e.currentTarget.value)}
            type="search"
          />
          <Button type="submit">{t('submit')}</Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
          <Select
            label={t('filters.space')}
            placeholder={t('filters.any')}
            clearable
            value={draft.space || null}
            onChange={set('space')}
            data={(spaces.data?.spaces.nodes ?? []).map((s) => ({
              value: s.slug,
              label: `${s.icon} ${spaceName(s, i18n.language)}`,
            }))}
          />
          <Select
            label={t('filters.kind')}
            placeholder={t('filters.any')}
            clearable
            value={draft.kind || null}
            onChange={set('kind')}
            data={(['TALK', 'QUESTION', 'ANNOUNCEMENT'] as const).map((k) => ({
              value: k,
              label: t(`posts:kinds.${k}`),
            }))}
          />
          <Select
            label={t('filters.solved')}
            placeholder={t('filters.any')}
            clearable
            value={draft.solved || null}
            onChange={set('solved')}
            data={[
              { value: 'yes', label: t('filters.solvedYes') },
              { value: 'no', label: t('filters.solvedNo') },
            ]}
          />
          <TextInput
            label={t('filters.author')}
            placeholder="@handle"
            value={draft.author}
            onChange={(e) => set('author')(e.currentTarget.value)}
          />
          <DateField
            label={t('filters.from')}
            placeholder={t('filters.any')}
            clearable
            value={draft.from || null}
            onChange={set('from')}
          />
          <DateField
            label={t('filters.to')}
            placeholder={t('filters.any')}
            clearable
            value={draft.to || null}
            onChange={set('to')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** `/search?q=…&space=…&kind=…&solved=yes|no&author=…&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  return (
    <Page title={t('title')} size="lg">
      <SearchForm key={params.toString()} params={params} setParams={setParams} />
      <Results params={params} />
    </Page>
  );
}
