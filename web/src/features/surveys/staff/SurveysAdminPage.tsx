import { useState } from 'react';
import { Badge, Button, Group, Menu, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChartBar,
  IconClipboardList,
  IconCopy,
  IconDots,
  IconEdit,
  IconFileImport,
  IconLock,
  IconLockOpen,
  IconPlus,
  IconRocket,
  IconTarget,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hasAnyRole } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { StaffSurveyRowFragment, SurveyStatus } from '../../../gql/graphql';
import { errorMessage, toAppError } from '../../../ui/errors';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { PillTabs } from '../../../ui/PillTabs';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { localText, STATUS_COLORS } from '../logic';
import { forgetSurvey } from '../cache';
import {
  CloseSurveyDocument,
  DeleteSurveyDocument,
  DuplicateSurveyDocument,
  PublishSurveyDocument,
  ReopenSurveyDocument,
  StaffSurveysDocument,
  SurveyCountsDocument,
  SURVEYS_PAGE_SIZE,
} from './graphql';
import { LIST_TABS, parseTab, surveyActions, tabStatus, type ListTab } from './logic';

const REFRESH = ['StaffSurveys', 'SurveyCounts'];

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation('surveysStaff');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Moderators' surveys by status, with what each may do next; the product team reads results. */
export function SurveysAdminPage() {
  const { t, i18n } = useTranslation(['surveysStaff', 'common']);
  const { viewer } = useViewer();
  const builds = hasAnyRole(viewer?.role, ['MODERATOR']);
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params.get('status'));
  const counts = useQuery(SurveyCountsDocument, { fetchPolicy: 'cache-and-network' });
  // "More" asks for a longer first page: no cache policy to merge pages into (few surveys anyway).
  const [pages, setPages] = useState(1);
  const current = useQuery(StaffSurveysDocument, {
    variables: { status: tabStatus(tab), first: SURVEYS_PAGE_SIZE * pages },
    fetchPolicy: 'cache-and-network',
  });
  const { error, refetch, loading } = current;
  const data = current.data ?? (pages > 1 ? current.previousData : undefined);
  const count = (key: ListTab): number | undefined => {
    const c = counts.data;
    if (!c) return undefined;
    const byTab = {
      ALL: c.all,
      DRAFT: c.draft,
      SCHEDULED: c.scheduled,
      OPEN: c.open,
      CLOSED: c.closed,
    } as const;
    return byTab[key].totalCount;
  };
  const surveys = data?.surveys.nodes ?? [];
  return (
    <Page
      title={t('list.title')}
      description={t('list.lead')}
      actions={
        builds ? (
          <>
            <Button
              component={Link}
              to="/manage/surveys/touchpoints"
              variant="default"
              leftSection={<IconTarget size={16} aria-hidden />}
            >
              {t('list.touchpoints')}
            </Button>
            <Button
              component={Link}
              to="/manage/surveys/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('list.import')}
            </Button>
            <Button
              component={Link}
              to="/manage/surveys/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('list.new')}
            </Button>
          </>
        ) : null
      }
    >
      <PillTabs
        label={t('list.tabsLabel')}
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value === 'ALL') next.delete('status');
          else next.set('status', value.toLowerCase());
          setParams(next, { replace: true });
          setPages(1);
        }}
        tabs={LIST_TABS.map((key) => {
          const n = count(key);
          return {
            value: key,
            label:
              n === undefined
                ? t(`tabs.${key}`)
                : `${t(`tabs.${key}`)} (${formatNumber(n, i18n.language)})`,
          };
        })}
      >
        {error && !data ? (
          <ErrorPanel error={error} onRetry={() => refetch()} />
        ) : !data ? (
          <ListSkeleton rows={3} height={88} />
        ) : surveys.length === 0 ? (
          <EmptyPanel
            icon={<IconClipboardList size={28} aria-hidden />}
            title={t(tab === 'ALL' ? 'list.empty' : 'list.emptyTab')}
            description={builds && tab === 'ALL' ? t('list.emptyHint') : undefined}
            action={
              builds && tab === 'ALL' ? (
                <Button component={Link} to="/manage/surveys/new">
                  {t('list.new')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {surveys.map((s) => (
              <li key={s.id}>
                <SurveyRow survey={s} builds={builds} />
              </li>
            ))}
            {data.surveys.pageInfo.hasNextPage ? (
              <Group justify="center">
                <Button variant="default" loading={loading} onClick={() => setPages((n) => n + 1)}>
                  {t('common:actions.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </PillTabs>
    </Page>
  );
}

function SurveyRow({ survey, builds }: { survey: StaffSurveyRowFragment; builds: boolean }) {
  const { t, i18n } = useTranslation(['surveysStaff', 'common']);
  const lang = i18n.language;
  const navigate = useNavigate();
  const title = localText(survey.titleJa, survey.titleEn, lang) || t('list.untitled');
  const actions = surveyActions(survey.status);
  const [confirm, setConfirm] = useState<'close' | 'delete' | null>(null);
  const options = { refetchQueries: REFRESH };
  const [publish, publishing] = useMutation(PublishSurveyDocument, options);
  const [close, closing] = useMutation(CloseSurveyDocument, options);
  const [reopen, reopening] = useMutation(ReopenSurveyDocument, options);
  const [duplicate, duplicating] = useMutation(DuplicateSurveyDocument, options);
  const [remove, removing] = useMutation(DeleteSurveyDocument, options);
  const busy =
    publishing.loading ||
    closing.loading ||
    reopening.loading ||
    duplicating.loading ||
    removing.loading;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'kizuna', message: done });
      return true;
    } catch (error) {
      const info = toAppError(error);
      notifications.show({
        color: 'red',
        message:
          info.code === 'CONFLICT' || info.code === 'VALIDATION_FAILED'
            ? t(`list.refused.${info.code}`)
            : errorMessage(t, info),
      });
      return false;
    }
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="survey-row">
      <Group justify="space-between" wrap="wrap" gap="sm" align="flex-start">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <SurveyStatusBadge status={survey.status} />
            {survey.anonymous ? (
              <Badge variant="outline" color="gray">
                {t('list.anonymous')}
              </Badge>
            ) : null}
          </Group>
          <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {builds && survey.status === 'DRAFT' ? (
              <Link to={`/manage/surveys/${survey.id}/edit`}>{title}</Link>
            ) : (
              title
            )}
          </Title>
          <Text size="sm" c="dimmed">
            {t('list.responses', {
              count: survey.responseCount,
              formatted: formatNumber(survey.responseCount, lang),
            })}
            {survey.responseCap != null
              ? ` / ${t('list.cap', { cap: formatNumber(survey.responseCap, lang) })}`
              : ''}
            {survey.invitedCount > 0
              ? ` · ${t('list.invited', {
                  count: survey.invitedCount,
                  formatted: formatNumber(survey.invitedCount, lang),
                })}`
              : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {survey.opensAt ? t('list.opens', { date: formatDateTime(survey.opensAt, lang) }) : ''}
            {survey.opensAt && survey.closesAt ? ' · ' : ''}
            {survey.closesAt
              ? t('list.closes', { date: formatDateTime(survey.closesAt, lang) })
              : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {survey.status !== 'DRAFT' ? (
            <Button
              component={Link}
              to={`/manage/surveys/${survey.id}/results`}
              size="xs"
              variant="light"
              leftSection={<IconChartBar size={14} aria-hidden />}
              aria-label={t('list.resultsOf', { title })}
            >
              {t('list.results')}
            </Button>
          ) : null}
          {builds && actions.publish ? (
            <Button
              size="xs"
              leftSection={<IconRocket size={14} aria-hidden />}
              loading={publishing.loading}
              aria-label={t('list.publishOf', { title })}
              onClick={() =>
                void run(() => publish({ variables: { id: survey.id } }), t('list.published'))
              }
            >
              {t('list.publish')}
            </Button>
          ) : null}
          {builds ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="default"
                  loading={busy && !publishing.loading}
                  aria-label={t('list.moreOf', { title })}
                >
                  <IconDots size={16} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconEdit size={14} aria-hidden />}
                  onClick={() => void navigate(`/manage/surveys/${survey.id}/edit`)}
                >
                  {t('list.edit')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconCopy size={14} aria-hidden />}
                  onClick={() =>
                    void run(async () => {
                      const { data } = await duplicate({ variables: { id: survey.id } });
                      // The copy is a draft to adjust: its builder opens.
                      if (data) void navigate(`/manage/surveys/${data.duplicateSurvey.id}/edit`);
                    }, t('list.duplicated'))
                  }
                >
                  {t('list.duplicate')}
                </Menu.Item>
                {actions.close ? (
                  <Menu.Item
                    leftSection={<IconLock size={14} aria-hidden />}
                    onClick={() => setConfirm('close')}
                  >
                    {t('list.close')}
                  </Menu.Item>
                ) : null}
                {actions.reopen ? (
                  <Menu.Item
                    leftSection={<IconLockOpen size={14} aria-hidden />}
                    onClick={() =>
                      void run(() => reopen({ variables: { id: survey.id } }), t('list.reopened'))
                    }
                  >
                    {t('list.reopen')}
                  </Menu.Item>
                ) : null}
                {actions.remove ? (
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => setConfirm('delete')}
                  >
                    {t('list.delete')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'delete' ? t('list.deleteTitle') : t('list.closeTitle')}
      >
        <Stack gap="md">
          <Text>
            {confirm === 'delete'
              ? t('list.deleteBody', { title })
              : t('list.closeBody', { title })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color={confirm === 'delete' ? 'red' : undefined}
              loading={closing.loading || removing.loading}
              onClick={() =>
                void (
                  confirm === 'delete'
                    ? run(
                        () =>
                          remove({
                            variables: { id: survey.id },
                            update: (cache) => forgetSurvey(cache, survey.id),
                          }),
                        t('list.deleted'),
                      )
                    : run(() => close({ variables: { id: survey.id } }), t('list.closed'))
                ).then((ok) => ok && setConfirm(null))
              }
            >
              {confirm === 'delete' ? t('list.delete') : t('list.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
