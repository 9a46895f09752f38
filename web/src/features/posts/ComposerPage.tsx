import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Container,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CONTENT_LIMITS } from '@kizuna/shared';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { PostKind } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { formatDateTime } from '../../ui/format';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, required, rule } from '../../ui/validators';
import { NoPermissionPage } from '../../app/pages';
import { SpaceIcon } from '../spaces/SpaceBadge';
import { SpacesDocument, SPACES_PAGE_SIZE } from '../spaces/graphql';
import { spaceName } from '../spaces/spaceText';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from './draft';
import { CreatePostDocument, EditPostDocument, UpdatePostDocument } from './graphql';
import { MarkdownEditor } from './MarkdownEditor';
import { normaliseTag, tagsIssue } from './tags';

interface Values {
  spaceId: string;
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
}

interface ComposerProps {
  mode: 'new' | 'edit';
  postId?: string;
  initial: Values;
  /** Fixed space (edit, or a space's own composer). */
  spaceLocked: boolean;
  draftId: string;
}

function Composer({ mode, postId, initial, spaceLocked, draftId }: ComposerProps) {
  const { t, i18n } = useTranslation(['posts', 'common', 'flags']);
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const key = draftKey(viewer?.id ?? 'anon', draftId);
  // A kept draft is restored when the composer opens (it is keyed by composer, so once).
  const [restored, setRestored] = useState<Draft | null>(() => loadDraft(key));
  const spaces = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const [create, createState] = useMutation(CreatePostDocument);
  const [update, updateState] = useMutation(UpdatePostDocument);
  const isStaff = hasAnyRole(viewer?.role, ['MODERATOR']);

  const form = useForm<Values>({
    initialValues: restored
      ? {
          spaceId: spaceLocked ? initial.spaceId : (restored.spaceId ?? initial.spaceId),
          kind: mode === 'edit' ? initial.kind : restored.kind,
          title: restored.title,
          body: restored.body,
          tags: restored.tags,
        }
      : initial,
    validate: {
      spaceId: (v) => (v ? null : rule(t, 'spaceId', required)('')),
      title: rule(t, 'title', required, maxLen(CONTENT_LIMITS.titleMax)),
      body: rule(t, 'body', required, maxLen(CONTENT_LIMITS.bodyMax)),
      tags: (tags: string[]) => {
        const issue = tagsIssue(tags);
        return issue
          ? t(`posts:composer.tagsIssues.${issue}`, { max: CONTENT_LIMITS.tagsMax })
          : null;
      },
    },
  });
  const server = useServerErrors(form);

  const persist = useDebouncedCallback((values: Values) => {
    const changed =
      values.title !== initial.title ||
      values.body !== initial.body ||
      values.tags.join(' ') !== initial.tags.join(' ');
    if (!changed) {
      clearDraft(key);
      return;
    }
    saveDraft(key, {
      spaceId: values.spaceId || null,
      kind: values.kind,
      title: values.title,
      body: values.body,
      tags: values.tags,
      savedAt: Date.now(),
    });
  }, 500);

  useEffect(() => {
    persist(form.values);
  }, [form.values, persist]);

  const discard = () => {
    clearDraft(key);
    form.setValues(initial);
    form.clearErrors();
    setRestored(null);
    notifications.show({ color: 'kizuna', message: t('posts:composer.draftDiscarded') });
  };

  const submit = form.onSubmit(async (values) => {
    server.clear();
    const tags = values.tags.map(normaliseTag).filter(Boolean);
    try {
      if (mode === 'new') {
        const { data } = await create({
          variables: {
            input: {
              spaceId: values.spaceId,
              kind: values.kind,
              title: values.title.trim(),
              body: values.body,
              tags,
            },
          },
          refetchQueries: ['Posts'],
        });
        persist.cancel();
        clearDraft(key);
        notifications.show({
          color: 'kizuna',
          // Held for a moderator's approval: only its author sees it until then.
          message: data?.createPost.hiddenAt ? t('flags:held.post') : t('posts:composer.published'),
        });
        if (data) void navigate(`/posts/${data.createPost.id}`);
      } else if (postId) {
        await update({
          variables: { input: { id: postId, title: values.title.trim(), body: values.body, tags } },
        });
        persist.cancel();
        clearDraft(key);
        notifications.show({ color: 'kizuna', message: t('posts:composer.saved') });
        void navigate(`/posts/${postId}`);
      }
    } catch (error) {
      server.report(error);
    }
  });

  const spaceOptions = useMemo(
    () =>
      (spaces.data?.spaces.nodes ?? [])
        .filter((s) => !s.archivedAt && (s.viewerCanPost || s.id === initial.spaceId))
        .map((s) => ({ value: s.id, label: `${s.icon} ${spaceName(s, i18n.language)}` })),
    [spaces.data, i18n.language, initial.spaceId],
  );
  const kinds: PostKind[] = isStaff ? ['TALK', 'QUESTION', 'ANNOUNCEMENT'] : ['TALK', 'QUESTION'];
  const loading = createState.loading || updateState.loading;
  const currentSpace = spaces.data?.spaces.nodes.find((s) => s.id === form.values.spaceId);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {restored ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconDeviceFloppy aria-hidden />}
            title={t('posts:composer.draftRestored')}
            data-testid="draft-restored"
          >
            <Group justify="space-between" gap="sm">
              <Text size="sm">
                {t('posts:composer.draftSavedAt', {
                  time: formatDateTime(new Date(restored.savedAt).toISOString(), i18n.language),
                })}
              </Text>
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={discard}
              >
                {t('posts:composer.discardDraft')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        <FormAlert message={server.message} />
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="lg">
            {mode === 'new' ? (
              <Group gap="lg" align="flex-end" wrap="wrap">
                {spaceLocked && currentSpace ? (
                  <Stack gap={4}>
                    <Input.Label component="span">{t('posts:composer.space')}</Input.Label>
                    <Group gap="xs">
                      <SpaceIcon space={currentSpace} size={24} />
                      <Text fw={600}>{spaceName(currentSpace, i18n.language)}</Text>
                    </Group>
                  </Stack>
                ) : (
                  <Select
                    label={t('posts:composer.space')}
                    placeholder={t('posts:composer.spacePlaceholder')}
                    data={spaceOptions}
                    allowDeselect={false}
                    withAsterisk
                    miw={260}
                    nothingFoundMessage={t('common:states.nothingFound')}
                    {...form.getInputProps('spaceId')}
                  />
                )}
                <Stack gap={4}>
                  <Input.Label component="span" id="composer-kind">
                    {t('posts:composer.kind')}
                  </Input.Label>
                  <SegmentedControl
                    aria-labelledby="composer-kind"
                    data={kinds.map((k) => ({ value: k, label: t(`posts:kinds.${k}`) }))}
                    {...form.getInputProps('kind')}
                  />
                </Stack>
              </Group>
            ) : null}
            {form.values.kind === 'QUESTION' && mode === 'new' ? (
              <Text size="sm" c="dimmed">
                {t('posts:composer.questionHint')}
              </Text>
            ) : null}
            <TextInput
              label={t('posts:composer.title')}
              placeholder={t('posts:composer.titlePlaceholder')}
              withAsterisk
              maxLength={CONTENT_LIMITS.titleMax + 20}
              {...form.getInputProps('title')}
            />
            <MarkdownEditor
              label={t('posts:composer.body')}
              required
              value={form.values.body}
              onChange={(v) => form.setFieldValue('body', v)}
              error={form.errors.body}
              maxLength={CONTENT_LIMITS.bodyMax}
              placeholder={t('posts:composer.bodyPlaceholder')}
              minRows={10}
              testId="composer-body"
            />
            <TagsInput
              label={t('posts:composer.tags')}
              description={t('posts:composer.tagsHint', { max: CONTENT_LIMITS.tagsMax })}
              placeholder={t('posts:composer.tagsPlaceholder')}
              maxTags={CONTENT_LIMITS.tagsMax}
              splitChars={[',', ' ', '、']}
              clearable
              {...form.getInputProps('tags')}
              onChange={(tags) => form.setFieldValue('tags', [...new Set(tags.map(normaliseTag))])}
            />
          </Stack>
        </Paper>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('posts:composer.draftNote')}
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              component={Link}
              to={mode === 'edit' && postId ? `/posts/${postId}` : '/'}
            >
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={loading}
              leftSection={<IconSend size={18} aria-hidden />}
            >
              {mode === 'new' ? t('posts:composer.publish') : t('posts:composer.saveChanges')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  usePageTitle(title);
  return (
    <Container size="md" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <Title order={1}>{title}</Title>
        {children}
      </Stack>
    </Container>
  );
}

/** `/new` (space picker) and `/s/:slug/new` (that space). */
export function NewPostPage() {
  const { t } = useTranslation('posts');
  const { slug } = useParams();
  const spaces = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  if (spaces.error && !spaces.data) {
    return (
      <Frame title={t('composer.newTitle')}>
        <ErrorPanel error={spaces.error} onRetry={() => spaces.refetch()} />
      </Frame>
    );
  }
  if (!spaces.data) return <LoadingState minHeight={320} />;
  const space = slug ? spaces.data.spaces.nodes.find((s) => s.slug === slug) : undefined;
  if (slug && space && !space.viewerCanPost) return <NoPermissionPage />;
  return (
    <Frame title={t('composer.newTitle')}>
      <Composer
        key={slug ?? 'any'}
        mode="new"
        spaceLocked={!!space}
        draftId={`new:${slug ?? 'any'}`}
        initial={{ spaceId: space?.id ?? '', kind: 'TALK', title: '', body: '', tags: [] }}
      />
    </Frame>
  );
}

/** `/posts/:id/edit`: title, body and tags (kind and space stay). */
export function EditPostPage() {
  const { t } = useTranslation('posts');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(EditPostDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && !data) {
    return (
      <Frame title={t('composer.editTitle')}>
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Frame>
    );
  }
  if (!data) return <LoadingState minHeight={320} />;
  const post = data.post;
  if (!post.viewerCanEdit) return <NoPermissionPage />;
  return (
    <Frame title={t('composer.editTitle')}>
      <Composer
        mode="edit"
        postId={post.id}
        spaceLocked
        draftId={`edit:${post.id}`}
        initial={{
          spaceId: post.space?.id ?? '',
          kind: post.kind,
          title: post.title,
          body: post.body,
          tags: post.tags,
        }}
      />
    </Frame>
  );
}
