import { lazy, Suspense, useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowMerge, IconBulb } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../../app/session';
import type { IdeaQuery, IdeaStatus, SetIdeaRoadmapVisibilityMutation } from '../../../gql/graphql';
import { errorMessage, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { ErrorPanel, LoadingState } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, required, rule } from '../../../ui/validators';
import { MarkdownEditor } from '../../posts/MarkdownEditor';
import { IdeaDocument, SimilarIdeasDocument } from '../graphql';
import { BULK_STATUSES, isProductTeam, localName, similarQuery } from '../logic';
import { IdeaStatusBadge, LoadFailure } from '../parts';
import { StatusHistory } from '../StatusHistory';
import {
  AnswerIdeaDocument,
  IdeaDemandDocument,
  MergeIdeaDocument,
  SetIdeaRoadmapVisibilityDocument,
  UnmergeIdeaDocument,
} from './graphql';
import { ANSWER_MAX, mergeTargetProblem } from './logic';
import { StatusForm, useReviewIdea } from './StatusForm';

const DemandCharts = lazy(async () => ({ default: (await import('./DemandCharts')).DemandCharts }));

type Idea = IdeaQuery['idea'];

/** The product team's view of one idea: status, official answer, merge, roadmap and demand. */
export function IdeaManagePage() {
  const { t } = useTranslation(['feedbackStaff', 'feedback']);
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(IdeaDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const idea = data?.idea.id === id ? data.idea : undefined;
  if (error && !idea) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => void refetch()}
        notFound={t('feedback:idea.notFound')}
        icon={<IconBulb size={30} aria-hidden />}
        back={{ to: '/manage/feedback', label: t('manage.back') }}
      />
    );
  }
  if (!idea) return <LoadingState minHeight={320} />;
  return <Manage idea={idea} />;
}

function Manage({ idea }: { idea: Idea }) {
  const { t, i18n } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const { viewer } = useViewer();
  const product = isProductTeam(viewer?.role);
  const demand = useQuery(IdeaDemandDocument, {
    variables: { id: idea.id },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page
      title={idea.title}
      description={`${localName(idea.board, i18n.language)} · ${t('feedback:idea.votes', { count: idea.voteCount })}`}
      actions={
        <Button
          component={Link}
          to={`/ideas/${idea.id}`}
          variant="default"
          leftSection={<IconBulb size={16} aria-hidden />}
        >
          {t('manage.memberView')}
        </Button>
      }
    >
      <Group gap="xs">
        <IdeaStatusBadge status={idea.status} size="md" />
        {idea.mergedInto ? (
          <Text size="sm">
            {t('manage.mergedInto')}{' '}
            <Anchor component={Link} to={`/manage/feedback/ideas/${idea.mergedInto.id}`}>
              {idea.mergedInto.title}
            </Anchor>
          </Text>
        ) : null}
      </Group>
      {idea.approval === 'PENDING' ? <Review idea={idea} /> : null}
      {product ? (
        <>
          <AnswerForm idea={idea} currentBody={idea.officialAnswer?.body ?? null} />
          {idea.status !== 'DUPLICATE' ? (
            <StatusForm ids={[idea.id]} current={idea.status} />
          ) : null}
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('manage.organise')}
              </Title>
              <RoadmapToggle
                id={idea.id}
                hidden={demand.data?.idea.hiddenFromRoadmap ?? idea.hiddenFromRoadmap}
              />
              <MergeControls idea={idea} />
            </Stack>
          </Paper>
        </>
      ) : null}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="demand-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="demand-title">
            {t('demand.title')}
          </Title>
          {demand.error && !demand.data ? (
            <ErrorPanel error={demand.error} onRetry={() => demand.refetch()} />
          ) : !demand.data ? (
            <Skeleton h={180} radius="md" />
          ) : demand.data.idea.voteCount === 0 ? (
            <Text c="dimmed" size="sm">
              {t('demand.none')}
            </Text>
          ) : (
            <Suspense fallback={<Skeleton h={180} radius="md" />}>
              <DemandCharts demand={demand.data.idea.demand} />
            </Suspense>
          )}
        </Stack>
      </Paper>
      <StatusHistory history={idea.statusHistory} />
    </Page>
  );
}

function Review({ idea }: { idea: Idea }) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const { run, loading } = useReviewIdea();
  return (
    <Paper withBorder radius="md" p="md" data-testid="review-idea">
      <Group justify="space-between" wrap="wrap">
        <Text>{t('manage.pending')}</Text>
        <Group gap="xs">
          <Button loading={loading} onClick={() => void run(idea.id, true)}>
            {t('triage.approve')}
          </Button>
          <Button
            variant="default"
            color="red"
            disabled={loading}
            onClick={() => void run(idea.id, false)}
          >
            {t('triage.reject')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** Statuses an answer may move the idea to; empty keeps the api's default (open → under review). */
const ANSWER_STATUSES = BULK_STATUSES;

function AnswerForm({ idea, currentBody }: { idea: Idea; currentBody: string | null }) {
  const { t } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const [answer, { loading }] = useMutation(AnswerIdeaDocument, {
    refetchQueries: ['Idea', 'Ideas', 'Roadmap'],
  });
  const form = useForm<{ body: string; status: string | null }>({
    initialValues: { body: currentBody ?? '', status: null },
    validate: { body: rule(t, 'body', required, maxLen(ANSWER_MAX)) },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await answer({
        variables: {
          input: {
            ideaId: idea.id,
            body: values.body,
            status: (values.status || null) as IdeaStatus | null,
          },
        },
      });
      notifications.show({ color: 'kizuna', message: t('answer.saved') });
      form.resetDirty();
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      data-testid="answer-form"
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {idea.officialAnswer ? t('answer.editTitle') : t('answer.title')}
        </Title>
        <MarkdownEditor
          label={t('answer.body')}
          required
          value={form.values.body}
          onChange={(v) => form.setFieldValue('body', v)}
          error={form.errors.body}
          maxLength={ANSWER_MAX}
          minRows={5}
          testId="answer-body"
        />
        <Select
          label={t('answer.status')}
          description={t('answer.statusHint')}
          placeholder={t('answer.keepStatus')}
          data={ANSWER_STATUSES.map((s) => ({ value: s, label: t(`feedback:status.${s}`) }))}
          clearable
          w={{ base: '100%', xs: 260 }}
          {...form.getInputProps('status')}
        />
        <FormAlert message={server.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('answer.publish')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RoadmapToggle({ id, hidden }: { id: string; hidden: boolean }) {
  const { t } = useTranslation('feedbackStaff');
  const [setHidden, { loading }] = useMutation(SetIdeaRoadmapVisibilityDocument, {
    refetchQueries: ['Roadmap'],
  });
  return (
    <Switch
      label={t('manage.hideFromRoadmap')}
      description={t('manage.hideFromRoadmapHint')}
      checked={hidden}
      disabled={loading}
      onChange={(event) => {
        const next = event.currentTarget.checked;
        setHidden({
          variables: { input: { ideaId: id, hidden: next } },
          optimisticResponse: {
            setIdeaRoadmapVisibility: {
              __typename: 'Idea',
              id,
              hiddenFromRoadmap: next,
            } as SetIdeaRoadmapVisibilityMutation['setIdeaRoadmapVisibility'],
          },
        }).catch((error: unknown) =>
          notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) }),
        );
      }}
    />
  );
}

function MergeControls({ idea }: { idea: Idea }) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const [opened, setOpened] = useState(false);
  const [unmerge, unmerging] = useMutation(UnmergeIdeaDocument, {
    refetchQueries: ['Idea', 'Ideas', 'IdeaDemand', 'Roadmap'],
  });
  if (idea.mergedInto) {
    return (
      <Group>
        <Button
          variant="default"
          leftSection={<IconArrowMerge size={16} aria-hidden />}
          loading={unmerging.loading}
          onClick={() =>
            void unmerge({ variables: { ideaId: idea.id } }).then(
              () => notifications.show({ color: 'kizuna', message: t('merge.unmerged') }),
              (error: unknown) =>
                notifications.show({
                  color: 'red',
                  message: errorMessage(t, toAppError(error)),
                }),
            )
          }
        >
          {t('merge.unmerge')}
        </Button>
      </Group>
    );
  }
  return (
    <Group>
      <Button
        variant="default"
        leftSection={<IconArrowMerge size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('merge.open')}
      </Button>
      {opened ? <MergeModal idea={idea} onClose={() => setOpened(false)} /> : null}
    </Group>
  );
}

/** Merge this idea (B) into another (A): its votes and followers move there. */
function MergeModal({ idea, onClose }: { idea: Idea; onClose: () => void }) {
  const { t } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const [search, setSearch] = useState(idea.title);
  const [debounced] = useDebouncedValue(search, 300);
  const query = similarQuery(debounced);
  const found = useQuery(SimilarIdeasDocument, {
    variables: { boardId: null, title: query ?? '' },
    skip: !query,
  });
  const [merge, { loading }] = useMutation(MergeIdeaDocument, {
    refetchQueries: ['Idea', 'Ideas', 'IdeaDemand', 'Roadmap'],
  });
  const candidates =
    (found.data ?? found.previousData)?.similarIdeas.filter((c) => c.id !== idea.id) ?? [];
  const form = useForm<{ intoId: string }>({
    initialValues: { intoId: '' },
    validate: {
      intoId: (v) => {
        const problem = mergeTargetProblem(idea, candidates.find((c) => c.id === v) ?? null);
        return problem ? t(`merge.problems.${problem}`) : null;
      },
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async ({ intoId }) => {
    server.clear();
    try {
      await merge({ variables: { input: { ideaId: idea.id, intoId } } });
      notifications.show({ color: 'kizuna', message: t('merge.done') });
      onClose();
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('merge.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('merge.lead', { title: idea.title })}
          </Text>
          <TextInput
            label={t('merge.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-autofocus
          />
          <Radio.Group label={t('merge.target')} {...form.getInputProps('intoId')}>
            <Stack gap={6} mt="xs" data-testid="merge-candidates">
              {found.loading && candidates.length === 0 ? (
                <Skeleton h={60} />
              ) : candidates.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('merge.noCandidates')}
                </Text>
              ) : (
                candidates.map((c) => (
                  <Radio
                    key={c.id}
                    value={c.id}
                    label={
                      <Group gap="xs" wrap="nowrap">
                        <IdeaStatusBadge status={c.status} size="xs" />
                        <span>{c.title}</span>
                        <Text span size="xs" c="dimmed">
                          {t('feedback:idea.votes', { count: c.voteCount })}
                        </Text>
                      </Group>
                    }
                  />
                ))
              )}
            </Stack>
          </Radio.Group>
          <FormAlert message={server.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('merge.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
