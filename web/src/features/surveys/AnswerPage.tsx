import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconCheck,
  IconClipboardList,
  IconClockPause,
  IconEye,
  IconLink,
  IconLock,
  IconLogin,
  IconSend,
} from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../app/session';
import type { AnswerSurveyQuery } from '../../gql/graphql';
import { errorMessage, fieldErrorMessage, toAppError, type AnyT } from '../../ui/errors';
import { formatDateTime, formatNumber } from '../../ui/format';
import { FormAlert } from '../../ui/FormAlert';
import { Notice } from '../../ui/Notice';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { leaveMySurveys, rememberResponse } from './cache';
import { AnswerSurveyDocument, SaveSurveyResponseDocument, SurveyPointsDocument } from './graphql';
import {
  answerIssues,
  answerPageState,
  answersInput,
  answersKey,
  autosavePayload,
  draftsFrom,
  handedScore,
  linkRefused,
  localText,
  savedKey,
  SaveQueue,
  saveResponseInput,
  searchWithout,
  splitFieldErrors,
  type AnswerDraft,
  type AnswerDrafts,
  type SaveState,
} from './logic';
import { QuestionField } from './QuestionField';

type Survey = AnswerSurveyQuery['survey'];

const AUTOSAVE_MS = 1200;

/** A member answers a survey: signed in, or through the link the invitation email carried. */
export function AnswerPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('t');
  const location = useLocation();
  const { t } = useTranslation(['surveys', 'common']);
  const { viewer, loading: viewerLoading } = useViewer();
  // The form starts from the api's answer, never from an older copy in the cache; later renders
  // read the cache, which every save updates.
  const { data, error, refetch, networkStatus } = useQuery(AnswerSurveyDocument, {
    variables: { id, token },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    skip: viewerLoading || (!viewer && !token),
  });
  const survey = data?.survey.id === id ? data.survey : undefined;
  usePageTitle(survey ? null : t('answer.pageTitle'));
  const withoutToken = location.pathname + searchWithout(location.search, 't');

  if (viewerLoading) return <LoadingState minHeight={320} />;
  if (!viewer && !token) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (error && !survey) {
    const code = toAppError(error).code;
    if (linkRefused(code, token)) {
      // A member who is signed in answers with their session instead of an old emailed link.
      if (viewer) return <Navigate to={withoutToken} replace />;
      return <ExpiredLink next={withoutToken} />;
    }
    if (code === ErrorCode.FORBIDDEN || code === ErrorCode.NOT_FOUND) {
      return (
        <StateNotice icon={<IconLock size={30} aria-hidden />} title={t('states.notAsked.title')}>
          {t('states.notAsked.body')}
        </StateNotice>
      );
    }
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  const firstLoad =
    networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;
  if (!survey || firstLoad) return <LoadingState minHeight={320} />;
  return (
    <SurveyAnswers
      key={survey.id}
      survey={survey}
      token={token}
      signedIn={!!viewer}
      preview={!survey.viewerAsked}
      withoutToken={withoutToken}
    />
  );
}

/** An emailed link that no longer works: signing in answers the same survey. */
function ExpiredLink({ next }: { next: string }) {
  const { t } = useTranslation(['surveys', 'common']);
  return (
    <StateNotice
      icon={<IconLink size={30} aria-hidden />}
      title={t('states.expired.title')}
      actions={
        <>
          <Button
            component={Link}
            to={`/sign-in?next=${encodeURIComponent(next)}`}
            leftSection={<IconLogin size={16} aria-hidden />}
          >
            {t('common:account.signIn')}
          </Button>
          <Button component={Link} to="/" variant="default">
            {t('common:actions.backHome')}
          </Button>
        </>
      }
    >
      {t('states.expired.body')}
    </StateNotice>
  );
}

function StateNotice({
  icon,
  title,
  children,
  color,
  actions,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  color?: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('common');
  usePageTitle(title);
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        color={color}
        icon={icon}
        title={title}
        actions={
          actions ?? (
            <Button component={Link} to="/" variant="light">
              {t('actions.backHome')}
            </Button>
          )
        }
      >
        {children}
      </Notice>
    </Container>
  );
}

function SurveyAnswers({
  survey,
  token,
  signedIn,
  preview,
  withoutToken,
}: {
  survey: Survey;
  token: string | null;
  signedIn: boolean;
  preview: boolean;
  withoutToken: string;
}) {
  const { t, i18n } = useTranslation(['surveys', 'common']);
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  // The home card's score counts once, and only over nothing saved: a reload must not bring it back.
  const [handed] = useState(() =>
    handedScore(params.get('score'), survey.questions[0], survey.myResponse?.answers),
  );
  const [linkDead, setLinkDead] = useState(false);
  useEffect(() => {
    if (!params.has('score')) return;
    setParams(
      (p) => {
        p.delete('score');
        return p;
      },
      { replace: true },
    );
  }, [params, setParams]);
  const title = localText(survey.titleJa, survey.titleEn, lang);
  usePageTitle(title);
  const state = answerPageState(survey.status);
  const response = survey.myResponse;
  const [editing, setEditing] = useState(false);
  const [thanked, setThanked] = useState<{ first: boolean } | null>(null);

  if (linkDead) return <ExpiredLink next={withoutToken} />;

  if (state !== 'open') {
    const closed = state === 'closed';
    return (
      <StateNotice
        icon={
          closed ? <IconLock size={30} aria-hidden /> : <IconClockPause size={30} aria-hidden />
        }
        title={closed ? t('states.closed.title') : t('states.notOpen.title')}
        color="gray"
      >
        {closed
          ? response?.submitted
            ? t('states.closed.answered', { title })
            : t('states.closed.body', { title })
          : survey.opensAt
            ? t('states.notOpen.opensAt', { date: formatDateTime(survey.opensAt, lang) })
            : t('states.notOpen.body')}
      </StateNotice>
    );
  }

  if (thanked || (response?.submitted && !editing)) {
    return (
      <ThankYou
        survey={survey}
        first={thanked?.first ?? false}
        signedIn={signedIn}
        onEdit={() => {
          setThanked(null);
          setEditing(true);
        }}
      />
    );
  }

  const first = survey.questions[0];
  return (
    <AnswerForm
      survey={survey}
      token={token}
      preview={preview}
      prefill={first && handed !== null ? { [first.id]: { score: handed } } : {}}
      onDone={(firstTime) => {
        setEditing(false);
        setThanked({ first: firstTime });
      }}
      onLinkRefused={() => {
        if (signedIn) void navigate(withoutToken, { replace: true });
        else setLinkDead(true);
      }}
    />
  );
}

function ThankYou({
  survey,
  first,
  signedIn,
  onEdit,
}: {
  survey: Survey;
  first: boolean;
  signedIn: boolean;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation(['surveys', 'common']);
  const rules = useQuery(SurveyPointsDocument, { skip: !first || !signedIn });
  const rule = rules.data?.pointRules.find((r) => r.key === 'survey_answered' && r.enabled);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Container size="sm" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }} data-testid="survey-thanks">
        <Stack gap="md" align="flex-start">
          <IconCheck size={36} aria-hidden color="var(--mantine-color-teal-7)" />
          <Title order={1} size="h2" ref={heading} tabIndex={-1}>
            {first ? t('thanks.title') : t('thanks.answeredTitle')}
          </Title>
          <Text>{localText(survey.titleJa, survey.titleEn, i18n.language)}</Text>
          {first && rule && rule.points > 0 ? (
            <Badge size="lg" variant="light" color="teal" data-testid="survey-points">
              {t('thanks.points', { points: formatNumber(rule.points, i18n.language) })}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            {survey.closesAt
              ? t('thanks.editUntil', { date: formatDateTime(survey.closesAt, i18n.language) })
              : t('thanks.editWhileOpen')}
          </Text>
          <Group gap="sm">
            <Button variant="light" onClick={onEdit}>
              {t('thanks.edit')}
            </Button>
            <Button component={Link} to="/" variant="default">
              {t('common:actions.backHome')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}

type SavePayload = NonNullable<ReturnType<typeof autosavePayload>>;

function AnswerForm({
  survey,
  token,
  preview,
  prefill,
  onDone,
  onLinkRefused,
}: {
  survey: Survey;
  token: string | null;
  preview: boolean;
  prefill: Partial<Record<string, Partial<AnswerDraft>>>;
  onDone: (first: boolean) => void;
  onLinkRefused: () => void;
}) {
  const { t, i18n } = useTranslation(['surveys', 'common']);
  const lang = i18n.language;
  const questions = survey.questions;
  const response = survey.myResponse;
  const submitted = !!response?.submitted;
  const initial = useMemo(
    () => draftsFrom(questions, response?.answers, prefill),
    // Only the first render's answers: later cache updates must not overwrite typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const form = useForm<{ answers: AnswerDrafts }>({
    initialValues: { answers: initial },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(answerIssues(questions, values.answers)).map(([qid, issue]) => [
          `answers.${qid}`,
          t(`answer.issues.${issue}`),
        ]),
      ),
  });
  const [message, setMessage] = useState<string | null>(null);
  const client = useApolloClient();
  const [save] = useMutation(SaveSurveyResponseDocument);
  const [submitting, setSubmitting] = useState(false);
  const [saveStatus, setSaveStatus] = useState<SaveState>('idle');
  const [queue] = useState(
    () =>
      new SaveQueue<SavePayload>(
        (payload) =>
          save({
            variables: { input: payload.input },
            update: (cache, { data }) => {
              if (data) rememberResponse(cache, survey.id, data.saveSurveyResponse);
            },
          }).catch((error: unknown) => {
            if (linkRefused(toAppError(error).code, token)) onLinkRefused();
            throw error;
          }),
        setSaveStatus,
        savedKey(questions, response?.answers),
      ),
  );
  const autosaving = !preview && !submitted && !submitting;
  const [debounced] = useDebouncedValue(form.values.answers, AUTOSAVE_MS);

  useEffect(() => {
    if (!autosaving) return;
    const payload = autosavePayload(
      { surveyId: survey.id, token, questions, drafts: debounced, submitted: false },
      queue.latest,
    );
    if (payload) queue.push(payload);
  }, [debounced, autosaving, survey.id, token, questions, queue]);

  // Leaving the page (or the tab) sends what the debounce has not sent yet, once.
  const current = useRef(form.values.answers);
  const live = useRef(autosaving);
  useEffect(() => {
    current.current = form.values.answers;
    live.current = autosaving;
  });
  useEffect(() => {
    const flush = () => {
      if (!live.current) return;
      const payload = autosavePayload(
        { surveyId: survey.id, token, questions, drafts: current.current, submitted: false },
        queue.latest,
      );
      if (payload) queue.push(payload);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [survey.id, token, questions, queue]);

  // Edits of a submitted response are sent by "update": leaving before that loses them.
  const unsent =
    submitted &&
    !preview &&
    answersKey(answersInput(questions, form.values.answers)) !==
      savedKey(questions, response?.answers);
  useEffect(() => {
    if (!unsent) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsent]);

  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = questions.find((q) => errors[`answers.${q.id}`]);
    if (!first) return;
    document
      .querySelector<HTMLElement>(
        `[data-question="${CSS.escape(first.id)}"] input, [data-question="${CSS.escape(first.id)}"] textarea`,
      )
      ?.focus();
  };

  const onSubmit = form.onSubmit(
    async (values) => {
      if (preview) return;
      setMessage(null);
      const answers = answersInput(questions, values.answers);
      setSubmitting(true);
      queue.drop();
      try {
        await save({
          variables: {
            input: saveResponseInput({
              surveyId: survey.id,
              token,
              responseId: submitted ? response!.id : null,
              submit: true,
              answers,
            }),
          },
          // The survey learns its response (edits send its id) and leaves the home card.
          update: (cache, { data }) => {
            if (!data) return;
            rememberResponse(cache, survey.id, data.saveSurveyResponse);
            leaveMySurveys(cache, survey.id);
          },
        });
        onDone(!submitted);
      } catch (error) {
        const info = toAppError(error);
        if (linkRefused(info.code, token)) {
          onLinkRefused();
          return;
        }
        const { byQuestion, other } = splitFieldErrors(info.fields, answers, questions);
        const errors = Object.fromEntries(
          Object.entries(byQuestion).map(([qid, f]) => [
            `answers.${qid}`,
            fieldErrorMessage(t as AnyT, { ...f, field: 'answer' }),
          ]),
        );
        form.setErrors(errors);
        focusFirstError(errors);
        setMessage(refusalMessage(t as AnyT, info, other, token));
        // Closed, or answered elsewhere meanwhile: the page shows what holds now.
        if (info.code === ErrorCode.CONFLICT) {
          void client.refetchQueries({ include: ['AnswerSurvey'] }).catch(() => undefined);
        }
      } finally {
        setSubmitting(false);
      }
    },
    (errors) => {
      setMessage(t('answer.fixErrors'));
      focusFirstError(errors);
    },
  );

  return (
    <Container size="sm" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="survey-title">
        <Stack gap="lg">
          {preview ? (
            <Alert
              color="blue"
              icon={<IconEye size={18} aria-hidden />}
              title={t('answer.preview.title')}
              data-testid="survey-staff-preview"
            >
              {t('answer.preview.body')}
            </Alert>
          ) : null}
          <Stack gap={6}>
            <Group gap="xs">
              <IconClipboardList size={20} aria-hidden />
              <Text size="sm" c="dimmed">
                {survey.anonymous ? t('answer.anonymous') : t('answer.identified')}
              </Text>
            </Group>
            <Title order={1} id="survey-title">
              {localText(survey.titleJa, survey.titleEn, lang)}
            </Title>
            {localText(survey.descriptionJa, survey.descriptionEn, lang) ? (
              <Text className="kizuna-pre" c="gray.8">
                {localText(survey.descriptionJa, survey.descriptionEn, lang)}
              </Text>
            ) : null}
            {survey.closesAt ? (
              <Text size="sm" c="dimmed">
                {t('answer.closesAt', { date: formatDateTime(survey.closesAt, lang) })}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('answer.requiredHint')}
            </Text>
          </Stack>
          {questions.length === 0 ? (
            <Text c="dimmed">{t('answer.noQuestions')}</Text>
          ) : (
            questions.map((q, i) => (
              <Paper key={q.id} withBorder radius="md" p="md" data-question={q.id}>
                <QuestionField
                  question={q}
                  number={i + 1}
                  draft={form.values.answers[q.id]!}
                  error={form.errors[`answers.${q.id}`] as string | undefined}
                  onChange={(draft) => {
                    form.setFieldValue(`answers.${q.id}`, draft);
                    form.clearFieldError(`answers.${q.id}`);
                  }}
                />
              </Paper>
            ))
          )}
          <FormAlert message={message} />
          <Group justify="space-between" align="center" wrap="wrap-reverse" gap="sm">
            <Text size="sm" c={saveStatus === 'failed' ? 'red' : 'dimmed'} aria-live="polite">
              {preview
                ? t('answer.preview.notSaved')
                : submitted
                  ? t('answer.editing')
                  : saveStatus === 'saving'
                    ? t('answer.saving')
                    : saveStatus === 'saved'
                      ? t('answer.saved')
                      : saveStatus === 'failed'
                        ? t('answer.saveFailed')
                        : t('answer.autosave')}
            </Text>
            <Button
              type="submit"
              size="md"
              loading={submitting}
              disabled={questions.length === 0 || preview}
              leftSection={<IconSend size={18} aria-hidden />}
            >
              {submitted ? t('answer.update') : t('answer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Container>
  );
}

/** Why the api refused the answers, in the member's language. */
function refusalMessage(
  t: AnyT,
  info: ReturnType<typeof toAppError>,
  other: { field: string; issue: string }[],
  token: string | null,
): string {
  const tr = t as unknown as (key: string) => string;
  if (linkRefused(info.code, token)) return tr('surveys:answer.errors.expired');
  if (info.code === ErrorCode.CONFLICT) {
    return other.some((f) => f.field.endsWith('responseId'))
      ? tr('surveys:answer.errors.alreadyAnswered')
      : tr('surveys:answer.errors.notTaking');
  }
  if (info.code === ErrorCode.FORBIDDEN) return tr('surveys:answer.errors.notAsked');
  if (info.code === ErrorCode.VALIDATION_FAILED && other.length === 0) {
    return tr('surveys:answer.fixErrors');
  }
  return errorMessage(t, info);
}
