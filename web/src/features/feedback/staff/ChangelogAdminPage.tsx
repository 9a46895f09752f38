import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconNews, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FEEDBACK_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ChangelogEntryFieldsFragment } from '../../../gql/graphql';
import { DateField } from '../../../ui/DateFields';
import { errorMessage, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { PillTabs } from '../../../ui/PillTabs';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, required, rule } from '../../../ui/validators';
import { MarkdownEditor } from '../../posts/MarkdownEditor';
import { formatDay } from '../../../ui/format';
import { ChangelogDocument, IdeasDocument } from '../graphql';
import { isIsoDay, todayIso } from '../logic';
import { LoadFailure } from '../parts';
import {
  ChangelogEntryDocument,
  CreateChangelogEntryDocument,
  DeleteChangelogEntryDocument,
  PublishChangelogEntryDocument,
  UpdateChangelogEntryDocument,
} from './graphql';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE = 50;

const TABS = ['DRAFTS', 'PUBLISHED'] as const;
type Tab = (typeof TABS)[number];

/** Drafts and published entries of the changelog. */
export function ChangelogAdminPage() {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFTS';
  return (
    <Page
      title={t('changelog.title')}
      description={t('changelog.lead')}
      actions={
        <Button
          component={Link}
          to="/manage/changelog/new"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('changelog.new')}
        </Button>
      }
    >
      <PillTabs
        label={t('changelog.tabsLabel')}
        tabs={TABS.map((value) => ({ value, label: t(`changelog.tabs.${value}`) }))}
        value={tab}
        onChange={(next) => setParams(next === 'DRAFTS' ? {} : { tab: next }, { replace: true })}
      >
        <EntryList key={tab} drafts={tab === 'DRAFTS'} />
      </PillTabs>
    </Page>
  );
}

function EntryList({ drafts }: { drafts: boolean }) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const { data, error, refetch, fetchMore, loading } = useQuery(ChangelogDocument, {
    variables: { first: PAGE, drafts },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={3} height={72} />;
  if (data.changelog.nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconNews size={28} aria-hidden />}
        title={drafts ? t('changelog.emptyDrafts') : t('changelog.empty')}
      />
    );
  }
  return (
    <Stack gap="sm">
      {data.changelog.nodes.map((entry) => (
        <EntryRow key={entry.id} entry={entry} />
      ))}
      <LoadMoreButton
        pageInfo={data.changelog.pageInfo}
        loading={loading}
        onLoadMore={(after) =>
          fetchMore({ variables: { after } }).catch((e: unknown) =>
            notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) }),
          )
        }
      />
    </Stack>
  );
}

function EntryRow({ entry }: { entry: ChangelogEntryFieldsFragment }) {
  const { t, i18n } = useTranslation(['feedbackStaff', 'common']);
  const [publishing, setPublishing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" data-testid="changelog-row">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            {entry.publishedAt ? (
              <Badge color="green" variant="light">
                {t('changelog.published')}
              </Badge>
            ) : (
              <Badge color="gray" variant="outline">
                {t('changelog.draft')}
              </Badge>
            )}
            <Title order={2} size="h5">
              {entry.title}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {formatDay(entry.releasedOn, i18n.language)} ·{' '}
            {t('changelog.linked', { count: entry.ideas.length })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/manage/changelog/${entry.id}`}
            size="xs"
            variant="default"
            leftSection={<IconEdit size={14} aria-hidden />}
            aria-label={t('changelog.editEntry', { title: entry.title })}
          >
            {t('changelog.edit')}
          </Button>
          {!entry.publishedAt ? (
            <>
              <Button
                size="xs"
                leftSection={<IconSend size={14} aria-hidden />}
                onClick={() => setPublishing(true)}
              >
                {t('changelog.publish')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                aria-label={t('changelog.deleteEntry', { title: entry.title })}
                onClick={() => setDeleting(true)}
              >
                {t('changelog.delete')}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>
      {publishing ? <PublishModal entry={entry} onClose={() => setPublishing(false)} /> : null}
      {deleting ? <DeleteModal entry={entry} onClose={() => setDeleting(false)} /> : null}
    </Paper>
  );
}

/** Deleting a draft cannot be undone: asked first. */
function DeleteModal({
  entry,
  onClose,
}: {
  entry: ChangelogEntryFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const [remove, { loading }] = useMutation(DeleteChangelogEntryDocument, {
    refetchQueries: ['Changelog'],
  });
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('changelog.deleteTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('changelog.deleteLead', { title: entry.title })}</Text>
        <FormAlert message={message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={loading}
            onClick={() =>
              void remove({ variables: { id: entry.id } }).then(
                () => {
                  notifications.show({ color: 'kizuna', message: t('changelog.deleted') });
                  onClose();
                },
                (error: unknown) => setMessage(errorMessage(t, toAppError(error))),
              )
            }
          >
            {t('changelog.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Publishing moves the linked ideas to released and tells their voters: asked first. */
function PublishModal({
  entry,
  onClose,
  onPublished,
}: {
  entry: ChangelogEntryFieldsFragment;
  onClose: () => void;
  onPublished?: () => void;
}) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const [publish, { loading }] = useMutation(PublishChangelogEntryDocument, {
    refetchQueries: ['Changelog', 'Roadmap', 'Ideas'],
  });
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('changelog.publishTitle')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('changelog.publishLead', { title: entry.title, count: entry.ideas.length })}
        </Text>
        <FormAlert message={message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={loading}
            data-autofocus
            onClick={() =>
              void publish({ variables: { id: entry.id } }).then(
                () => {
                  notifications.show({ color: 'kizuna', message: t('changelog.publishedNow') });
                  onClose();
                  onPublished?.();
                },
                (error: unknown) => setMessage(errorMessage(t, toAppError(error))),
              )
            }
          >
            {t('changelog.publish')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function NewChangelogEntryPage() {
  return (
    <ChangelogForm
      initial={{ title: '', body: '', releasedOn: todayIso(), ideaIds: [] }}
      linked={[]}
    />
  );
}

export function EditChangelogEntryPage() {
  const { t } = useTranslation('feedbackStaff');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ChangelogEntryDocument, { variables: { id } });
  if (error && !data) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => void refetch()}
        notFound={t('changelog.notFound')}
        icon={<IconNews size={30} aria-hidden />}
        back={{ to: '/manage/changelog', label: t('changelog.back') }}
      />
    );
  }
  if (!data) return <LoadingState minHeight={320} />;
  const entry = data.changelogEntry;
  return (
    <ChangelogForm
      entry={entry}
      initial={{
        title: entry.title,
        body: entry.body,
        releasedOn: entry.releasedOn,
        ideaIds: entry.ideas.map((i) => i.id),
      }}
      linked={entry.ideas}
    />
  );
}

interface Values {
  title: string;
  body: string;
  releasedOn: string;
  ideaIds: string[];
}

function ChangelogForm({
  entry,
  initial,
  linked,
}: {
  entry?: ChangelogEntryFieldsFragment;
  initial: Values;
  linked: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const [create, creating] = useMutation(CreateChangelogEntryDocument, {
    refetchQueries: ['Changelog'],
  });
  const [update, updating] = useMutation(UpdateChangelogEntryDocument, {
    refetchQueries: ['Changelog'],
  });
  // A new entry saved with "save & publish" arrives here with the modal to open.
  const [publishing, setPublishing] = useState<ChangelogEntryFieldsFragment | null>(() =>
    entry && !entry.publishedAt && (location.state as { publish?: boolean } | null)?.publish
      ? entry
      : null,
  );
  const closePublish = () => {
    setPublishing(null);
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  };
  const published = !!entry?.publishedAt;
  const candidates = useQuery(IdeasDocument, {
    variables: {
      status: ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'RELEASED'],
      sort: 'VOTES',
      first: 100,
    },
  });
  const options = new Map<string, string>(linked.map((i) => [i.id, i.title]));
  for (const idea of candidates.data?.ideas.nodes ?? []) options.set(idea.id, idea.title);

  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      title: rule(t, 'title', required, maxLen(FEEDBACK_LIMITS.titleMax)),
      body: rule(t, 'body', required, maxLen(FEEDBACK_LIMITS.bodyMax)),
      releasedOn: (v) => (isIsoDay(v) ? null : t('changelog.dateInvalid')),
    },
  });
  const server = useServerErrors(form);

  const save = async (values: Values) => {
    const input = {
      title: values.title.trim(),
      body: values.body,
      releasedOn: values.releasedOn,
    };
    if (entry) {
      // A published entry's ideas are already released: the api refuses to change them.
      const ideaIds = published ? {} : { ideaIds: values.ideaIds };
      const { data } = await update({
        variables: { input: { id: entry.id, ...input, ...ideaIds } },
      });
      return data?.updateChangelogEntry ?? null;
    }
    const { data } = await create({ variables: { input: { ...input, ideaIds: values.ideaIds } } });
    return data?.createChangelogEntry ?? null;
  };

  const submit = (andPublish: boolean) =>
    form.onSubmit(async (values) => {
      server.clear();
      try {
        const saved = await save(values);
        if (!saved) return;
        form.resetDirty();
        notifications.show({ color: 'kizuna', message: t('changelog.saved') });
        if (andPublish && !saved.publishedAt) {
          // Stay on the saved entry: cancelling the modal and saving again must not create another.
          if (entry) setPublishing(saved);
          else
            void navigate(`/manage/changelog/${saved.id}`, {
              replace: true,
              state: { publish: true },
            });
        } else void navigate('/manage/changelog');
      } catch (error) {
        server.report(error);
      }
    });

  return (
    <Page title={entry ? t('changelog.editTitle') : t('changelog.newTitle')} size="md">
      <form onSubmit={submit(false)} noValidate>
        <Stack gap="md">
          <FormAlert message={server.message} />
          <TextInput
            label={t('changelog.entryTitle')}
            required
            maxLength={FEEDBACK_LIMITS.titleMax}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <DateField
            label={t('changelog.releasedOn')}
            required
            w={{ base: '100%', xs: 220 }}
            {...form.getInputProps('releasedOn')}
          />
          <MarkdownEditor
            label={t('changelog.body')}
            required
            value={form.values.body}
            onChange={(v) => form.setFieldValue('body', v)}
            error={form.errors.body}
            maxLength={FEEDBACK_LIMITS.bodyMax}
            minRows={8}
          />
          <MultiSelect
            label={t('changelog.ideas')}
            description={published ? t('changelog.ideasLocked') : t('changelog.ideasHint')}
            disabled={published}
            data={[...options].map(([value, label]) => ({ value, label }))}
            searchable
            clearable
            nothingFoundMessage={t('changelog.noIdeas')}
            {...form.getInputProps('ideaIds')}
          />
          <Group justify="flex-end">
            <Button component={Link} to="/manage/changelog" variant="default">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" variant="light" loading={creating.loading || updating.loading}>
              {entry?.publishedAt ? t('common:actions.save') : t('changelog.saveDraft')}
            </Button>
            {!entry?.publishedAt ? (
              <Button
                type="button"
                loading={creating.loading || updating.loading}
                leftSection={<IconSend size={16} aria-hidden />}
                onClick={() => submit(true)()}
              >
                {t('changelog.saveAndPublish')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      {publishing ? (
        <PublishModal
          entry={publishing}
          onClose={closePublish}
          onPublished={() => void navigate('/manage/changelog')}
        />
      ) : null}
    </Page>
  );
}
