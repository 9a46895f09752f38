import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch, IconTrash, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ADMIN, canAccess } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { CustomerRowFieldsFragment } from '../../../gql/graphql';
import { formatDay, formatNumber } from '../../../ui/format';
import { MemberAvatar } from '../../../ui/MemberAvatar';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { EraseCustomerDialog } from './EraseCustomerDialog';
import { CustomerListDocument } from './graphql';
import {
  cellKey,
  cellText,
  customerFilters,
  customersCsvHref,
  formatYen,
  MATRIX_CELL_ENUMS,
  member360Href,
  RFM_SEGMENT_ENUMS,
  segmentKey,
  segmentText,
} from './logic';
import { AsOfField, CellBadge, NpsBadge, SegmentBadge } from './parts';
import classes from './analytics.module.css';

export const CUSTOMERS_PER_PAGE = 50;

/** Every customer of an analysis, filtered by matrix cell, RFM segment or a search. */
export function CustomersPage() {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = customerFilters(params);
  const { viewer } = useViewer();
  const isAdmin = canAccess(ADMIN, viewer);
  const [search, setSearch] = useState(filters.search);
  const [debounced] = useDebouncedValue(search, 300);
  const [erasing, setErasing] = useState<CustomerRowFieldsFragment | null>(null);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced.trim() !== filters.search) setParam('q', debounced.trim() || null);
    // Only a new search term moves the address; the rest of it is read fresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const { data, previousData, error, loading, refetch } = useQuery(CustomerListDocument, {
    variables: {
      asOf: filters.asOf,
      cell: filters.cell,
      segment: filters.segment,
      search: filters.search || null,
      offset: (filters.page - 1) * CUSTOMERS_PER_PAGE,
      limit: CUSTOMERS_PER_PAGE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.customers;
  const pages = page ? Math.max(1, Math.ceil(page.totalCount / CUSTOMERS_PER_PAGE)) : 1;
  const title = filters.cell
    ? t('customers.titleCell', { name: cellText(filters.cell, lang).name })
    : filters.segment
      ? t('customers.titleSegment', { name: segmentText(filters.segment, lang).name })
      : t('customers.title');

  return (
    <Page
      title={title}
      description={filters.cell ? cellText(filters.cell, lang).hint : t('customers.lead')}
      size="xl"
      actions={
        <Button
          component="a"
          href={customersCsvHref(filters.asOf)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('customers.csv')}
        </Button>
      }
    >
      <Paper withBorder radius="md" p="sm" component="section" aria-label={t('customers.filters')}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <AsOfField />
          <Select
            label={t('customers.cell')}
            placeholder={t('customers.anyCell')}
            data={MATRIX_CELL_ENUMS.map((c) => ({
              value: cellKey(c),
              label: cellText(c, lang).name,
            }))}
            value={filters.cell ? cellKey(filters.cell) : null}
            onChange={(v) => setParam('cell', v)}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('customers.segment')}
            placeholder={t('customers.anySegment')}
            data={RFM_SEGMENT_ENUMS.map((s) => ({
              value: segmentKey(s),
              label: segmentText(s, lang).name,
            }))}
            value={filters.segment ? segmentKey(filters.segment) : null}
            onChange={(v) => setParam('segment', v)}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <TextInput
            label={t('customers.search')}
            placeholder={t('customers.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', xs: 260 }}
          />
        </Group>
      </Paper>

      {error && !page ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !page ? (
        <ListSkeleton rows={8} height={44} />
      ) : page.nodes.length === 0 ? (
        <EmptyPanel
          icon={<IconUsers size={28} aria-hidden />}
          title={t('customers.empty')}
          description={t('customers.emptyBody')}
        />
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <Text size="sm" c="dimmed" data-testid="customers-total" role="status">
            {t('customers.total', {
              count: page.totalCount,
              formatted: formatNumber(page.totalCount, lang),
            })}
          </Text>
          <Table.ScrollContainer minWidth={1280}>
            <Table
              fz="sm"
              verticalSpacing="xs"
              striped
              highlightOnHover
              className={classes.list}
              data-testid="customers"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('customers.col.customer')}</Table.Th>
                  <Table.Th scope="col">{t('customers.col.member')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('customers.col.orders')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('customers.col.total')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('customers.col.ltv')}
                  </Table.Th>
                  <Table.Th scope="col">{t('customers.col.rfm')}</Table.Th>
                  <Table.Th scope="col">{t('customers.col.nps')}</Table.Th>
                  <Table.Th scope="col">{t('customers.col.cell')}</Table.Th>
                  <Table.Th scope="col">{t('customers.col.lastOrder')}</Table.Th>
                  {isAdmin ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('customers.col.actions')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((c) => (
                  <CustomerRow
                    key={c.key}
                    customer={c}
                    onErase={isAdmin ? () => setErasing(c) : undefined}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 ? (
            <Group justify="center">
              <Pagination
                total={pages}
                value={filters.page}
                onChange={(p) => setParam('page', p > 1 ? String(p) : null)}
                getControlProps={(control) => ({
                  'aria-label': t(`customers.pagination.${control}`),
                })}
                getItemProps={(p) => ({
                  'aria-label': t('customers.pagination.page', { page: p }),
                })}
              />
            </Group>
          ) : null}
        </Stack>
      )}
      {erasing ? (
        <EraseCustomerDialog
          customer={erasing}
          onClose={() => setErasing(null)}
          onErased={() => {
            setErasing(null);
            void refetch().catch(() => undefined);
          }}
        />
      ) : null}
    </Page>
  );
}

function CustomerRow({
  customer: c,
  onErase,
}: {
  customer: CustomerRowFieldsFragment;
  onErase?: () => void;
}) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const who = c.customerId ?? c.email ?? c.key;
  return (
    <Table.Tr data-testid="customer-row" data-key={c.key}>
      <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 160 }}>
        <Text size="sm" fw={600}>
          {c.customerId ?? '—'}
        </Text>
        {c.email ? (
          <Text size="xs" c="dimmed">
            {c.email}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {c.member ? (
          <Group gap="xs" wrap="nowrap">
            <MemberAvatar
              displayName={c.member.displayName}
              avatarUrl={c.member.avatarUrl}
              size="sm"
            />
            <Stack gap={0}>
              <Anchor component={Link} to={member360Href(c.member.id)} fw={600} size="sm">
                {c.member.displayName}
              </Anchor>
              <Text size="xs" c="dimmed">
                @{c.member.handle}
              </Text>
            </Stack>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('customers.notMember')}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" className={classes.nowrap}>
        {formatNumber(c.orders, lang)}
      </Table.Td>
      <Table.Td ta="right" className={classes.nowrap}>
        {c.orders > 0 ? formatYen(c.totalAmount, lang) : '—'}
      </Table.Td>
      <Table.Td ta="right" className={classes.nowrap}>
        {formatYen(c.ltv, lang)}
        {c.highLtv ? (
          <Badge size="xs" color="kizuna" variant="light" ml={6}>
            {t('customers.high')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        {c.r != null && c.f != null && c.m != null ? (
          <Stack gap={2}>
            <Text size="xs" ff="monospace">
              R{c.r} F{c.f} M{c.m}
            </Text>
            {c.rfmSegment ? <SegmentBadge segment={c.rfmSegment} /> : null}
          </Stack>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        <NpsBadge score={c.npsScore ?? null} npsClass={c.npsClass ?? null} />
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        <CellBadge cell={c.cell} />
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        {c.lastOrderOn ? (
          <>
            {formatDay(c.lastOrderOn, lang)}
            {c.recencyDays != null ? (
              <Text size="xs" c="dimmed">
                {t('customers.daysAgo', { count: c.recencyDays })}
              </Text>
            ) : null}
          </>
        ) : (
          '—'
        )}
      </Table.Td>
      {onErase ? (
        <Table.Td>
          {c.customerId || c.email ? (
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={onErase}
              aria-label={t('erase.open', { who })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
