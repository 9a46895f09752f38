import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  TagsInput,
  Text,
  TextInput,
  VisuallyHidden,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBulb, IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FEEDBACK_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NoPermissionPage } from '../../app/pages';
import { FormAlert } from '../../ui/FormAlert';
import { LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, required, rule } from '../../ui/validators';
import { MarkdownEditor } from '../posts/MarkdownEditor';
import { isValidTag, normaliseTag } from '../posts/tags';
import {
  FeedbackBoardDocument,
  IdeaDocument,
  SimilarIdeasDocument,
  SubmitIdeaDocument,
  UpdateIdeaDocument,
} from './graphql';
import { cleanTags, localName, similarQuery } from './logic';
import { IdeaStatusBadge, LoadFailure } from './parts';

interface Values {
  title: string;
  body: string;
  tags: string[];
}

/** A new idea on a board, with the similar ideas already there suggested while typing. */
export function NewIdeaPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(FeedbackBoardDocument, { variables: { slug } });
  const board = data?.feedbackBoard.slug === slug ? data.feedbackBoard : undefined;
  usePageTitle(t('form.newTitle'));
  if (error && !board) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => void refetch()}
        notFound={t('board.notFound')}
        icon={<IconBulb size={30} aria-hidden />}
        back={{ to: '/feedback', label: t('board.back') }}
      />
    );
  }
  if (!board) return <LoadingState minHeight={320} />;
  if (!board.viewerCanPost) return <NoPermissionPage />;
  return (
    <IdeaForm
      mode="new"
      boardId={board.id}
      boardName={localName(board, i18n.language)}
      backTo={`/feedback/${board.slug}`}
      requiresApproval={board.requiresApproval}
      initial={{ title: '', body: '', tags: [] }}
    />
  );
}

/** The author's edit, while the product team has not responded. */
export function EditIdeaPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(IdeaDocument, { variables: { id } });
  const idea = data?.idea.id === id ? data.idea : undefined;
  usePageTitle(t('form.editTitle'));
  if (error && !idea) {
    return (
      <LoadFailure
        error={error}
        onRetry={() => void refetch()}
        notFound={t('idea.notFound')}
        icon={<IconBulb size={30} aria-hidden />}
        back={{ to: '/feedback', label: t('board.back') }}
      />
    );
  }
  if (!idea) return <LoadingState minHeight={320} />;
  if (!idea.viewerCanEdit) return <NoPermissionPage />;
  return (
    <IdeaForm
      mode="edit"
      ideaId={idea.id}
      boardId={idea.board.id}
      boardName={localName(idea.board, i18n.language)}
      backTo={`/ideas/${idea.id}`}
      requiresApproval={false}
      initial={{ title: idea.title, body: idea.body, tags: idea.tags }}
    />
  );
}

function IdeaForm({
  mode,
  ideaId,
  boardId,
  boardName,
  backTo,
  requiresApproval,
  initial,
}: {
  mode: 'new' | 'edit';
  ideaId?: string;
  boardId: string;
  boardName: string;
  backTo: string;
  requiresApproval: boolean;
  initial: Values;
}) {
  const { t } = useTranslation(['feedback', 'common']);
  const navigate = useNavigate();
  const [submit, submitState] = useMutation(SubmitIdeaDocument);
  const [update, updateState] = useMutation(UpdateIdeaDocument);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      title: rule(t, 'title', required, maxLen(FEEDBACK_LIMITS.titleMax)),
      body: rule(t, 'body', required, maxLen(FEEDBACK_LIMITS.bodyMax)),
      tags: (tags: string[]) =>
        tags.length > FEEDBACK_LIMITS.tagsMax
          ? t('form.tagsTooMany', { max: FEEDBACK_LIMITS.tagsMax })
          : tags.every(isValidTag)
            ? null
            : t('form.tagsInvalid'),
    },
  });
  const server = useServerErrors(form);

  const onSubmit = form.onSubmit(async (values) => {
    server.clear();
    const input = { title: values.title.trim(), body: values.body, tags: cleanTags(values.tags) };
    try {
      if (mode === 'new') {
        const { data } = await submit({ variables: { input: { boardId, ...input } } });
        const created = data?.submitIdea;
        if (!created) return;
        notifications.show({
          color: 'kizuna',
          message:
            created.approval === 'PENDING' ? t('form.submittedPending') : t('form.submitted'),
        });
        void navigate(`/ideas/${created.id}`);
      } else {
        await update({ variables: { input: { id: ideaId!, ...input } } });
        notifications.show({ color: 'kizuna', message: t('form.saved') });
        void navigate(`/ideas/${ideaId}`);
      }
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <Container size="md" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to={backTo} size="sm">
              {boardName}
            </Anchor>
            <Title order={1}>{mode === 'new' ? t('form.newTitle') : t('form.editTitle')}</Title>
          </Stack>
          {requiresApproval ? (
            <Alert color="orange" icon={<IconInfoCircle aria-hidden />} data-testid="approval-rule">
              {t('form.approvalRule')}
            </Alert>
          ) : null}
          <FormAlert message={server.message} />
          <Paper withBorder radius="md" p="md">
            <Stack gap="md">
              <TextInput
                label={t('form.title')}
                description={t('form.titleHint')}
                required
                maxLength={FEEDBACK_LIMITS.titleMax}
                data-autofocus
                {...form.getInputProps('title')}
              />
              <SimilarIdeas boardId={boardId} title={form.values.title} exceptId={ideaId} />
              <MarkdownEditor
                label={t('form.body')}
                required
                value={form.values.body}
                onChange={(v) => form.setFieldValue('body', v)}
                error={form.errors.body}
                maxLength={FEEDBACK_LIMITS.bodyMax}
                placeholder={t('form.bodyPlaceholder')}
                minRows={8}
                testId="idea-body-input"
              />
              <TagsInput
                label={t('form.tags')}
                description={t('form.tagsHint', { max: FEEDBACK_LIMITS.tagsMax })}
                maxTags={FEEDBACK_LIMITS.tagsMax}
                splitChars={[',', ' ', '、']}
                clearable
                {...form.getInputProps('tags')}
                onChange={(tags) =>
                  form.setFieldValue('tags', [...new Set(tags.map(normaliseTag))])
                }
              />
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button component={Link} to={backTo} variant="default">
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={submitState.loading || updateState.loading}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {mode === 'new' ? t('form.submit') : t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Container>
  );
}

/** Ideas on the board that look like the title being typed: vote there rather than repeat it. */
function SimilarIdeas({
  boardId,
  title,
  exceptId,
}: {
  boardId: string;
  title: string;
  exceptId?: string;
}) {
  const { t } = useTranslation('feedback');
  const [debounced] = useDebouncedValue(title, 400);
  const query = similarQuery(debounced);
  const { data, previousData } = useQuery(SimilarIdeasDocument, {
    variables: { boardId, title: query ?? '' },
    skip: !query,
  });
  const ideas = (query ? ((data ?? previousData)?.similarIdeas ?? []) : []).filter(
    (idea) => idea.id !== exceptId,
  );
  return (
    <div aria-live="polite">
      {ideas.length > 0 ? (
        <Paper
          withBorder
          radius="md"
          p="sm"
          bg="var(--mantine-color-default-hover)"
          data-testid="similar-ideas"
        >
          <Stack gap={6}>
            <Group gap={6}>
              <IconBulb size={16} aria-hidden />
              <Text size="sm" fw={700}>
                {t('form.similar')}
              </Text>
            </Group>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {ideas.map((idea) => (
                <li key={idea.id}>
                  <Group gap="xs" wrap="nowrap">
                    <IdeaStatusBadge status={idea.status} size="xs" />
                    <Anchor
                      component={Link}
                      to={`/ideas/${idea.id}`}
                      target="_blank"
                      size="sm"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {idea.title}
                      <VisuallyHidden> {t('form.opensInNewTab')}</VisuallyHidden>
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('idea.votes', { count: idea.voteCount })}
                    </Text>
                  </Group>
                </li>
              ))}
            </Stack>
            <Text size="xs" c="dimmed">
              {t('form.similarHint')}
            </Text>
          </Stack>
        </Paper>
      ) : null}
    </div>
  );
}
