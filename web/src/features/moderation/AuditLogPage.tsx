import { Fragment, useState } from 'react';
import {
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconChevronDown,
  IconChevronRight,
  IconDownload,
  IconFilterOff,
  IconHistory,
  IconSearch,
  IconX,
} from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditLogQuery } from '../../gql/graphql';
import { DateField } from '../../ui/DateFields';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useViewerTimeZone } from '../events/time';
import {
  actionKey,
  auditCsvUrl,
  auditFilterFrom,
  auditValue,
  auditVariables,
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  isKnownAction,
  isKnownTargetType,
  isMemberId,
} from './audit';
import { AuditActorSearchDocument, AuditLogDocument } from './graphql';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE = 50;
const ROLES = ['MEMBER', 'PRODUCT', 'MODERATOR', 'ADMIN'] as const;

type Entry = AuditLogQuery['auditLog']['nodes'][number];

/** Every staff action, newest first: who did what to what, when, why and what changed. Admins. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const zone = useViewerTimeZone();
  const [params, setParams] = useSearchParams();
  const filter = auditFilterFrom(params);
  const variables = auditVariables(filter, zone);
  const [searchDraft, setSearchDraft] = useState(filter.search ?? '');
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AuditLogDocument, {
    variables: { ...variables, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const entries = data?.auditLog.nodes ?? [];
  const pageInfo = data?.auditLog.pageInfo;
  const filtered = Object.values(filter).some((v) => v !== null);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const actionLabel = (action: string) =>
    isKnownAction(action) ? t(`audit.actions.${actionKey(action)}`) : action;
  const typeLabel = (type: string) =>
    isKnownTargetType(type) ? t(`audit.targetTypes.${type}`) : type;
  // An action or a type the address names but the lists do not know still shows as chosen.
  const actionOptions = [
    ...AUDIT_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(a)} (${a})` })),
    ...(filter.action && !isKnownAction(filter.action)
      ? [{ value: filter.action, label: filter.action }]
      : []),
  ];
  const typeOptions = [
    ...AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: typeLabel(type) })),
    ...(filter.targetType && !isKnownTargetType(filter.targetType)
      ? [{ value: filter.targetType, label: filter.targetType }]
      : []),
  ];

  return (
    <Page
      title={t('audit.title')}
      description={t('audit.lead', { zone })}
      size="xl"
      actions={
        <Button
          component="a"
          href={auditCsvUrl(variables)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          data-testid="audit-csv"
        >
          {filtered ? t('audit.csvFiltered') : t('audit.csv')}
        </Button>
      }
    >
      <Paper withBorder radius="lg" p="md">
        <Stack gap="sm" role="search" aria-label={t('audit.filters')}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <ActorPicker value={filter.actorId} onChange={(id) => setParam('actor', id)} />
            <Select
              label={t('audit.filter.action')}
              placeholder={t('audit.filter.anyAction')}
              data={actionOptions}
              value={filter.action}
              onChange={(v) => setParam('action', v)}
              searchable
              clearable
              nothingFoundMessage={t('audit.filter.nothingFound')}
              w={{ base: '100%', sm: 280 }}
            />
            <Select
              label={t('audit.filter.targetType')}
              placeholder={t('audit.filter.anyType')}
              data={typeOptions}
              value={filter.targetType}
              onChange={(v) => setParam('type', v)}
              searchable
              clearable
              nothingFoundMessage={t('audit.filter.nothingFound')}
              w={{ base: '100%', sm: 200 }}
            />
          </Group>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <DateField
              label={t('audit.filter.from')}
              value={filter.from}
              onChange={(v) => setParam('from', typeof v === 'string' ? v : null)}
              maxDate={filter.to ?? undefined}
              clearable
              w={{ base: '100%', xs: 180 }}
            />
            <DateField
              label={t('audit.filter.to')}
              value={filter.to}
              onChange={(v) => setParam('to', typeof v === 'string' ? v : null)}
              minDate={filter.from ?? undefined}
              clearable
              w={{ base: '100%', xs: 180 }}
            />
            <form
              style={{ flex: '1 1 220px' }}
              onSubmit={(e) => {
                e.preventDefault();
                setParam('q', searchDraft.trim() || null);
              }}
            >
              <TextInput
                label={t('audit.filter.search')}
                description={t('audit.filter.searchHint')}
                type="search"
                leftSection={<IconSearch size={16} aria-hidden />}
                value={searchDraft}
                onChange={(e) => setSearchDraft(e.currentTarget.value)}
                onBlur={() => setParam('q', searchDraft.trim() || null)}
                maxLength={100}
              />
            </form>
            {filter.targetId ? (
              <Button
                variant="light"
                size="sm"
                rightSection={<IconX size={14} aria-hidden />}
                aria-label={t('audit.filter.clearTarget', { target: filter.targetId })}
                onClick={() => setParam('target', null)}
              >
                {t('audit.filter.target', { target: filter.targetId })}
              </Button>
            ) : null}
            {filtered ? (
              <Button
                variant="subtle"
                leftSection={<IconFilterOff size={16} aria-hidden />}
                onClick={() => {
                  setSearchDraft('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('audit.filter.clear')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>

      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={8} height={40} /> : null}
      {data && entries.length === 0 ? (
        <EmptyPanel
          icon={<IconHistory size={28} aria-hidden />}
          title={filtered ? t('audit.noMatchTitle') : t('audit.emptyTitle')}
          description={filtered ? t('audit.noMatchBody') : t('audit.emptyBody')}
        />
      ) : null}
      {entries.length > 0 ? (
        <Paper withBorder radius="lg">
          <Table.ScrollContainer minWidth={960}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              aria-label={t('audit.title')}
              data-testid="audit-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.col.at')}</Table.Th>
                  <Table.Th>{t('audit.col.actor')}</Table.Th>
                  <Table.Th>{t('audit.col.action')}</Table.Th>
                  <Table.Th>{t('audit.col.target')}</Table.Th>
                  <Table.Th>{t('audit.col.reason')}</Table.Th>
                  <Table.Th>{t('audit.col.changes')}</Table.Th>
                  <Table.Th>{t('audit.col.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow
                    key={entry.id}
                    entry={entry}
                    zone={zone}
                    lang={i18n.language}
                    actionLabel={actionLabel(entry.action)}
                    typeLabel={typeLabel(entry.targetType)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Page>
  );
}

function AuditRow({
  entry,
  zone,
  lang,
  actionLabel,
  typeLabel,
}: {
  entry: Entry;
  zone: string;
  lang: string;
  actionLabel: string;
  typeLabel: string;
}) {
  const { t } = useTranslation(['moderation', 'common']);
  const [open, setOpen] = useState(false);
  const changesId = `audit-changes-${entry.id}`;
  const role = entry.actorRole?.toUpperCase();
  const roleLabel = role && (ROLES as readonly string[]).includes(role) ? role : null;
  return (
    <Fragment>
      <Table.Tr data-testid="audit-row" data-action={entry.action} data-entry-id={entry.id}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">
            <time dateTime={entry.at}>{formatDateTime(entry.at, lang, zone)}</time>
          </Text>
        </Table.Td>
        <Table.Td>
          {entry.actor ? (
            <Stack gap={0}>
              <Anchor component={Link} to={`/members/${entry.actor.handle}`} size="sm" fw={600}>
                {entry.actor.displayName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {roleLabel
                  ? t(`common:roles.${roleLabel as (typeof ROLES)[number]}`)
                  : (entry.actorRole ?? '')}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('audit.system')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Stack gap={0}>
            <Text size="sm">{actionLabel}</Text>
            <Code fz="xs" w="fit-content">
              {entry.action}
            </Code>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {typeLabel}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {entry.targetType === 'member' && entry.targetId ? (
                <Anchor component={Link} to={`/manage/members/${entry.targetId}/record`} size="sm">
                  {entry.targetLabel ?? entry.targetId}
                </Anchor>
              ) : (
                (entry.targetLabel ?? entry.targetId ?? '—')
              )}
            </Text>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {entry.reason ?? '—'}
          </Text>
        </Table.Td>
        <Table.Td>
          {entry.changes.length > 0 ? (
            <Button
              variant="subtle"
              size="compact-sm"
              aria-expanded={open}
              aria-controls={changesId}
              leftSection={
                open ? (
                  <IconChevronDown size={14} aria-hidden />
                ) : (
                  <IconChevronRight size={14} aria-hidden />
                )
              }
              onClick={() => setOpen((v) => !v)}
            >
              {t('audit.changesButton', { count: entry.changes.length })}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="xs" ff="monospace">
            {entry.ip ?? '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={changesId} data-testid="audit-changes" data-entry-id={entry.id}>
          <Table.Td colSpan={7} bg="var(--mantine-color-gray-light)">
            <Table withRowBorders={false} verticalSpacing={4} aria-label={t('audit.changesLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.change.field')}</Table.Th>
                  <Table.Th>{t('audit.change.before')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>→</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('audit.change.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entry.changes.map((c, i) => (
                  <Table.Tr key={`${c.field}-${i}`}>
                    <Table.Td>
                      <Code fz="xs">{c.field || t('audit.change.whole')}</Code>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm" c="red.8" ff="monospace">
                        {auditValue(c.before)}
                      </Text>
                    </Table.Td>
                    <Table.Td aria-hidden>→</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm" c="green.8" ff="monospace">
                        {auditValue(c.after)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

/**
 * The actor filter: members found by name, handle or email as one types, or an id pasted whole.
 */
function ActorPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation(['moderation', 'common']);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const typing = debounced.length >= 2 && debounced !== chosen?.label;
  const { data, loading } = useQuery(AuditActorSearchDocument, {
    variables: { search: debounced },
    skip: !typing || isMemberId(debounced),
  });
  const found = (typing ? (data?.members.nodes ?? []) : []).map((m) => ({
    value: m.id,
    label: `${m.displayName} (@${m.handle})`,
  }));
  // One option per id (Select refuses duplicates): found members, a pasted id, the chosen one.
  const options = new Map<string, { value: string; label: string }>();
  for (const o of found) options.set(o.value, o);
  if (typing && isMemberId(debounced)) {
    const id = debounced.toLowerCase();
    if (!options.has(id)) options.set(id, { value: id, label: debounced });
  }
  if (value && !options.has(value))
    options.set(value, chosen?.value === value ? chosen : { value, label: value });
  return (
    <Select
      label={t('audit.filter.actor')}
      description={t('audit.filter.actorHint')}
      placeholder={t('audit.filter.anyActor')}
      data={[...options.values()]}
      value={value}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      nothingFoundMessage={
        typing ? (loading ? t('common:states.loading') : t('audit.filter.nothingFound')) : null
      }
      w={{ base: '100%', sm: 280 }}
    />
  );
}
