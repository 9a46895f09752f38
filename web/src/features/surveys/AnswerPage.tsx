import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconCheck,
  IconClipboardList,
  IconClockPause,
  IconLink,
  IconLock,
  IconSend,
} from '@tabler/icons-react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../app/session';
import type { AnswerSurveyQuery } from '../../gql/graphql';
import { errorMessage, fieldErrorMessage, toAppError, type AnyT } from '../../ui/errors';
import { formatDateTime, formatNumber } from '../../ui/format';
import { FormAlert } from '../../ui/FormAlert';
import { Notice } from '../../ui/Notice';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { AnswerSurveyDocument, SaveSurveyResponseDocument, SurveyPointsDocument } from './graphql';
import {
  answerIssues,
  answerPageState,
  answersInput,
  autosavePayload,
  draftsFrom,
  localText,
  saveResponseInput,
  scoreParam,
  splitFieldErrors,
  type AnswerDraft,
  type AnswerDrafts,
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
  const { data, error, refetch } = useQuery(AnswerSurveyDocument, {
    variables: { id, token },
    fetchPolicy: 'cache-and-network',
    skip: viewerLoading || (!viewer && !token),
  });
  const survey = data?.survey.id === id ? data.survey : undefined;
  usePageTitle(survey ? null : t('answer.pageTitle'));

  if (viewerLoading) return <LoadingState minHeight={320} />;
  if (!viewer && !token) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (error && !survey) {
    const code = toAppError(error).code;
    if (code === ErrorCode.INVALID_TOKEN || (token && code === ErrorCode.UNAUTHENTICATED)) {
      return (
        <StateNotice icon={<IconLink size={30} aria-hidden />} title={t('states.expired.title')}>
          {t('states.expired.body')}
        </StateNotice>
      );
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
  if (!survey) return <LoadingState minHeight={320} />;
  return <SurveyAnswers key={survey.id} survey={survey} token={token} signedIn={!!viewer} />;
}

function StateNotice({
  icon,
  title,
  children,
  color,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  color?: string;
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
          <Button component={Link} to="/" variant="light">
            {t('actions.backHome')}
          </Button>
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
}: {
  survey: Survey;
  token: string | null;
  signedIn: boolean;
}) {
  const { t, i18n } = useTranslation(['surveys', 'common']);
  const lang = i18n.language;
  const [params] = useSearchParams();
  const title = localText(survey.titleJa, survey.titleEn, lang);
  usePageTitle(title);
  const state = answerPageState(survey.status);
  const response = survey.myResponse;
  const [editing, setEditing] = useState(false);
  const [thanked, setThanked] = useState<{ first: boolean } | null>(null);

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

  const npsFirst = survey.questions[0]?.type === 'NPS' ? survey.questions[0] : undefined;
  const handed = npsFirst ? scoreParam(params.get('score'), 'NPS') : null;
  return (
    <AnswerForm
      survey={survey}
      token={token}
      prefill={npsFirst && handed !== null ? { [npsFirst.id]: { score: handed } } : {}}
      onDone={(first) => {
        setEditing(false);
        setThanked({ first });
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

type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

function AnswerForm({
  survey,
  token,
  prefill,
  onDone,
}: {
  survey: Survey;
  token: string | null;
  prefill: Partial<Record<string, Partial<AnswerDraft>>>;
  onDone: (first: boolean) => void;
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
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const lastSaved = useRef<string | null>(null);
  const [debounced] = useDebouncedValue(form.values.answers, AUTOSAVE_MS);

  useEffect(() => {
    const payload = autosavePayload(
      { surveyId: survey.id, token, questions, drafts: debounced, submitted },
      lastSaved.current,
    );
    if (!payload || submitting) return;
    setSaveStatus('saving');
    save({ variables: { input: payload.input } }).then(
      () => {
        lastSaved.current = payload.key;
        setSaveStatus('saved');
      },
      () => setSaveStatus('failed'),
    );
  }, [debounced, survey.id, token, questions, submitted, submitting, save]);

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
      setMessage(null);
      const answers = answersInput(questions, values.answers);
      setSubmitting(true);
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
          refetchQueries: ['AnswerSurvey', 'MySurveys'],
        });
        onDone(!submitted);
      } catch (error) {
        const info = toAppError(error);
        const { byQuestion, other } = splitFieldErrors(info.fields, answers);
        const errors = Object.fromEntries(
          Object.entries(byQuestion).map(([qid, f]) => [
            `answers.${qid}`,
            fieldErrorMessage(t as AnyT, { ...f, field: 'answer' }),
          ]),
        );
        form.setErrors(errors);
        focusFirstError(errors);
        setMessage(refusalMessage(t as AnyT, info, other));
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
            <Text size="sm" c={saveStatus === 'failed' ? 'red.7' : 'dimmed'} aria-live="polite">
              {submitted
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
              disabled={questions.length === 0}
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
): string {
  const tr = t as unknown as (key: string) => string;
  if (info.code === ErrorCode.CONFLICT) {
    return other.some((f) => f.field.endsWith('responseId'))
      ? tr('surveys:answer.errors.alreadyAnswered')
      : tr('surveys:answer.errors.notTaking');
  }
  if (info.code === ErrorCode.FORBIDDEN) return tr('surveys:answer.errors.notAsked');
  if (info.code === ErrorCode.INVALID_TOKEN) return tr('surveys:answer.errors.expired');
  if (info.code === ErrorCode.VALIDATION_FAILED && other.length === 0) {
    return tr('surveys:answer.fixErrors');
  }
  return errorMessage(t, info);
}
