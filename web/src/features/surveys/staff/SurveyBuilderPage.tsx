import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconChartBar,
  IconClipboardList,
  IconDeviceFloppy,
  IconInfoCircle,
  IconPlus,
  IconRocket,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { SURVEY_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type {
  SurveyBuilderFieldsFragment,
  SurveyBuilderQuery,
  SurveyQuestionType,
} from '../../../gql/graphql';
import { WallTimeField } from '../../../ui/DateFields';
import { mapErrorToForm, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { Notice } from '../../../ui/Notice';
import { Page } from '../../../ui/Page';
import { ErrorPanel, LoadingState } from '../../../ui/states';
import { usePageTitle } from '../../../ui/usePageTitle';
import { draftsFrom, localText, QUESTION_KIND, QUESTION_TYPES, type AnswerDrafts } from '../logic';
import { QuestionField } from '../QuestionField';
import { eventOptions } from './EventSelect';
import {
  PublishSurveyDocument,
  SurveyBuilderDocument,
  SurveyEventOptionsDocument,
  UpdateSurveyDocument,
} from './graphql';
import {
  addChoice,
  arrowAfterMove,
  AUDIENCE_KINDS,
  AUDIENCE_ROLES,
  builderFieldPaths,
  builderIssues,
  builderValues,
  indexAfterRemove,
  move,
  newQuestion,
  previewQuestions,
  SERVER_FIELD_NAMES,
  toggleTouchpoint,
  updateInput,
  withType,
  without,
  type BuilderValues,
  type QuestionDraft,
} from './logic';
import { SurveyStatusBadge } from './SurveysAdminPage';
import classes from '../surveys.module.css';

type Options = SurveyBuilderQuery;
type Form = UseFormReturnType<BuilderValues>;

/** A survey's wording, questions, audience and timing, beside a preview of what members see. */
export function SurveyBuilderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['surveysStaff', 'common']);
  const { data, error, refetch } = useQuery(SurveyBuilderDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data ? null : t('builder.title'));
  if (error && !data) {
    const notFound = toAppError(error).code === 'NOT_FOUND';
    return notFound ? (
      <Page title={t('builder.notFound')}>
        <Notice icon={<IconClipboardList size={30} aria-hidden />} title={t('builder.notFound')}>
          <Anchor component={Link} to="/manage/surveys">
            {t('builder.back')}
          </Anchor>
        </Notice>
      </Page>
    ) : (
      <Page title={t('builder.title')}>
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Page>
    );
  }
  if (!data || data.survey.id !== id) return <LoadingState minHeight={320} />;
  return <Builder key={data.survey.id} survey={data.survey} options={data} />;
}

function Builder({ survey, options }: { survey: SurveyBuilderFieldsFragment; options: Options }) {
  const { t, i18n } = useTranslation(['surveysStaff', 'common']);
  const lang = i18n.language;
  const timeZone = options.community.timezone;
  const questionsEditable = survey.status === 'DRAFT' && survey.canEdit;
  const activeTouchpoints = options.surveyTouchpoints.filter((tp) => !tp.archived);
  const form = useForm<BuilderValues>({
    initialValues: builderValues(survey, timeZone),
    validate: (v) =>
      Object.fromEntries(
        Object.entries(builderIssues(v, timeZone)).map(([path, issue]) => [
          path,
          t(`builder.issues.${issue}`, { max: SURVEY_LIMITS.hoursAfterEventMax }),
        ]),
      ),
  });
  const [message, setMessage] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateSurveyDocument);
  const [publish, publishing] = useMutation(PublishSurveyDocument, {
    refetchQueries: ['StaffSurveys', 'SurveyCounts', 'SurveyBuilder'],
  });

  const report = (error: unknown) => {
    const mapped = mapErrorToForm(t, error, builderFieldPaths(form.values), SERVER_FIELD_NAMES);
    form.setErrors(mapped.fieldErrors);
    setMessage(mapped.formMessage);
  };

  const save = async (v: BuilderValues): Promise<boolean> => {
    setMessage(null);
    try {
      const { data } = await update({
        variables: {
          input: updateInput(survey.id, v, { withQuestions: questionsEditable, timeZone }),
        },
      });
      if (data) {
        form.setValues(builderValues(data.updateSurvey, timeZone));
        form.resetDirty(builderValues(data.updateSurvey, timeZone));
      }
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  const onSave = form.onSubmit(
    async (v) => {
      if (await save(v)) notifications.show({ color: 'kizuna', message: t('builder.saved') });
    },
    () => setMessage(t('builder.fixErrors')),
  );

  const onPublish = () => {
    const check = form.validate();
    if (check.hasErrors) {
      setMessage(t('builder.fixErrors'));
      return;
    }
    if (form.values.questions.length === 0) {
      setMessage(t('builder.issues.noQuestions'));
      return;
    }
    void (async () => {
      if (!(await save(form.values))) return;
      try {
        await publish({ variables: { id: survey.id } });
        notifications.show({ color: 'kizuna', message: t('list.published') });
      } catch (error) {
        report(error);
      }
    })();
  };

  const title = localText(form.values.titleJa, form.values.titleEn, lang) || t('list.untitled');
  return (
    <Page
      title={title}
      size="xl"
      description={
        <Group gap="xs" component="span">
          <SurveyStatusBadge status={survey.status} />
          <Anchor component={Link} to="/manage/surveys" size="sm">
            {t('builder.back')}
          </Anchor>
        </Group>
      }
      actions={
        <>
          {survey.status !== 'DRAFT' ? (
            <Button
              component={Link}
              to={`/manage/surveys/${survey.id}/results`}
              variant="default"
              leftSection={<IconChartBar size={16} aria-hidden />}
            >
              {t('list.results')}
            </Button>
          ) : null}
          <Button
            type="submit"
            form="survey-builder"
            variant={survey.status === 'DRAFT' ? 'default' : 'filled'}
            loading={updating.loading && !publishing.loading}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            {t('common:actions.save')}
          </Button>
          {survey.status === 'DRAFT' ? (
            <Button
              onClick={onPublish}
              loading={publishing.loading}
              leftSection={<IconRocket size={16} aria-hidden />}
            >
              {t('builder.publish')}
            </Button>
          ) : null}
        </>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form id="survey-builder" onSubmit={onSave} noValidate>
            <Stack gap="lg">
              <FormAlert message={message} />
              <Section title={t('builder.wording')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    label={t('builder.titleJa')}
                    required
                    maxLength={SURVEY_LIMITS.titleMax}
                    {...form.getInputProps('titleJa')}
                  />
                  <TextInput
                    label={t('builder.titleEn')}
                    maxLength={SURVEY_LIMITS.titleMax}
                    {...form.getInputProps('titleEn')}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('builder.descriptionJa')}
                  autosize
                  minRows={2}
                  maxLength={SURVEY_LIMITS.descriptionMax}
                  {...form.getInputProps('descriptionJa')}
                />
                <Textarea
                  label={t('builder.descriptionEn')}
                  autosize
                  minRows={2}
                  maxLength={SURVEY_LIMITS.descriptionMax}
                  {...form.getInputProps('descriptionEn')}
                />
              </Section>
              <QuestionsEditor
                form={form}
                editable={questionsEditable}
                touchpoints={options.surveyTouchpoints}
                activeIds={activeTouchpoints.map((tp) => tp.id)}
              />
              <AudienceEditor form={form} options={options} survey={survey} />
              <Section title={t('builder.timing')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <WallTimeField
                    clearable
                    label={t('builder.opensAt', { zone: timeZone })}
                    description={t('builder.opensAtHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    {...form.getInputProps('opensAt')}
                  />
                  <WallTimeField
                    clearable
                    label={t('builder.closesAt', { zone: timeZone })}
                    description={t('builder.closesAtHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    {...form.getInputProps('closesAt')}
                  />
                </SimpleGrid>
                <NumberInput
                  label={t('builder.responseCap')}
                  description={t('builder.responseCapHint')}
                  min={1}
                  max={SURVEY_LIMITS.responseCapMax}
                  allowDecimal={false}
                  {...form.getInputProps('responseCap')}
                />
                <Switch
                  label={t('builder.anonymous')}
                  description={t('builder.anonymousHint')}
                  disabled={survey.status !== 'DRAFT'}
                  {...form.getInputProps('anonymous', { type: 'checkbox' })}
                />
              </Section>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Preview values={form.values} touchpoints={options.surveyTouchpoints} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}

/** The first control of a block that takes the keyboard. */
function firstControl(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `${selector} :is(input, textarea, button, select):not(:disabled)`,
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function QuestionsEditor({
  form,
  editable,
  touchpoints,
  activeIds,
}: {
  form: Form;
  editable: boolean;
  touchpoints: Options['surveyTouchpoints'];
  activeIds: string[];
}) {
  const { t } = useTranslation('surveysStaff');
  const [adding, setAdding] = useState<SurveyQuestionType>('NPS');
  const [announcement, setAnnouncement] = useState('');
  const questions = form.values.questions;
  const setQuestions = (next: QuestionDraft[]) => {
    form.setFieldValue('questions', next);
    form.clearErrors();
  };
  const typeOptions = QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }));
  return (
    <Section title={t('builder.questions')}>
      {!editable ? (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('builder.questionsLocked')}
        </Alert>
      ) : null}
      {questions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('builder.noQuestions')}
        </Text>
      ) : null}
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {questions.map((q, i) => (
          <li key={q.uid}>
            <QuestionEditor
              form={form}
              index={i}
              count={questions.length}
              question={q}
              editable={editable}
              touchpoints={touchpoints}
              activeIds={activeIds}
              onChange={(next) => form.setFieldValue(`questions.${i}`, next)}
              onMove={(delta) => {
                const count = questions.length;
                const arrow = arrowAfterMove(i, delta, count);
                setQuestions(move(questions, i, delta));
                setAnnouncement(
                  t('builder.movedTo', {
                    n: Math.min(Math.max(i + delta, 0), count - 1) + 1,
                    total: count,
                  }),
                );
                // Keeps the keyboard on the question's arrows (the other one at either end).
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>(`[data-move="${arrow}"][data-uid="${q.uid}"]`)
                    ?.focus(),
                );
              }}
              onRemove={() => {
                const rest = without(questions, i);
                const at = indexAfterRemove(i, rest.length);
                setQuestions(rest);
                setAnnouncement(t('builder.removed', { n: i + 1 }));
                requestAnimationFrame(() =>
                  (at === null
                    ? document.querySelector<HTMLElement>('[data-add-question]')
                    : firstControl(`[data-question-uid="${rest[at]!.uid}"]`)
                  )?.focus(),
                );
              }}
            />
          </li>
        ))}
      </Stack>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {form.errors.questions ? (
        <Text c="red" size="sm" role="alert">
          {form.errors.questions}
        </Text>
      ) : null}
      {editable ? (
        <Group gap="sm" align="flex-end">
          <Select
            label={t('builder.addType')}
            data={typeOptions}
            value={adding}
            allowDeselect={false}
            onChange={(v) => v && setAdding(v as SurveyQuestionType)}
            w={220}
          />
          <Button
            variant="light"
            data-add-question
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={questions.length >= SURVEY_LIMITS.questionsMax}
            onClick={() => setQuestions([...questions, newQuestion(adding, activeIds)])}
          >
            {t('builder.addQuestion')}
          </Button>
        </Group>
      ) : null}
    </Section>
  );
}

function QuestionEditor({
  form,
  index,
  count,
  question: q,
  editable,
  touchpoints,
  activeIds,
  onChange,
  onMove,
  onRemove,
}: {
  form: Form;
  index: number;
  count: number;
  question: QuestionDraft;
  editable: boolean;
  touchpoints: Options['surveyTouchpoints'];
  activeIds: string[];
  onChange: (next: QuestionDraft) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('surveysStaff');
  const n = index + 1;
  const path = `questions.${index}`;
  const kind = QUESTION_KIND[q.type];
  const offered = touchpoints.filter((tp) => !tp.archived || q.touchpointIds.includes(tp.id));
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg="var(--mantine-color-default-hover)"
      data-testid="builder-question"
      data-question-uid={q.uid}
      aria-label={t('builder.questionN', { n })}
      component="fieldset"
      disabled={!editable}
      style={{ margin: 0, minWidth: 0 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Badge variant="filled" color="gray" circle>
              {n}
            </Badge>
            <Select
              aria-label={t('builder.typeOf', { n })}
              data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
              value={q.type}
              allowDeselect={false}
              onChange={(v) => v && onChange(withType(q, v as SurveyQuestionType, activeIds))}
              w={200}
              size="xs"
            />
          </Group>
          {editable ? (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="default"
                aria-label={t('builder.moveUp', { n })}
                disabled={index === 0}
                onClick={() => onMove(-1)}
                data-move="up"
                data-uid={q.uid}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('builder.moveDown', { n })}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
                data-move="down"
                data-uid={q.uid}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                color="red"
                aria-label={t('builder.remove', { n })}
                onClick={onRemove}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea
            label={t('builder.promptJa')}
            required
            autosize
            minRows={1}
            maxLength={SURVEY_LIMITS.promptMax}
            {...form.getInputProps(`${path}.promptJa`)}
          />
          <Textarea
            label={t('builder.promptEn')}
            autosize
            minRows={1}
            maxLength={SURVEY_LIMITS.promptMax}
            {...form.getInputProps(`${path}.promptEn`)}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Switch
            label={t('builder.required')}
            checked={q.required}
            onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
          />
          {q.type === 'NPS' ? (
            <Switch
              label={t('builder.withReason')}
              checked={q.withReason}
              onChange={(e) => onChange({ ...q, withReason: e.currentTarget.checked })}
            />
          ) : null}
        </Group>
        {kind === 'choice' ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('builder.choices')}
            </Text>
            {q.choices.map((c, j) => (
              <Group key={c.uid} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('builder.choiceJa', { n: j + 1 })}
                  placeholder={t('builder.choiceJaPlaceholder')}
                  required
                  maxLength={SURVEY_LIMITS.choiceLabelMax}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${path}.choices.${j}.labelJa`)}
                />
                <TextInput
                  aria-label={t('builder.choiceEn', { n: j + 1 })}
                  placeholder={t('builder.choiceEnPlaceholder')}
                  maxLength={SURVEY_LIMITS.choiceLabelMax}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${path}.choices.${j}.labelEn`)}
                />
                {(['up', 'down'] as const).map((dir) => (
                  <ActionIcon
                    key={dir}
                    variant="subtle"
                    aria-label={t(dir === 'up' ? 'builder.choiceUp' : 'builder.choiceDown', {
                      n: j + 1,
                    })}
                    disabled={dir === 'up' ? j === 0 : j === q.choices.length - 1}
                    onClick={() => {
                      const delta = dir === 'up' ? -1 : 1;
                      const arrow = arrowAfterMove(j, delta, q.choices.length);
                      onChange({ ...q, choices: move(q.choices, j, delta) });
                      requestAnimationFrame(() =>
                        document
                          .querySelector<HTMLElement>(
                            `[data-choice-move="${arrow}"][data-uid="${c.uid}"]`,
                          )
                          ?.focus(),
                      );
                    }}
                    data-choice-move={dir}
                    data-uid={c.uid}
                    mt={6}
                  >
                    {dir === 'up' ? (
                      <IconArrowUp size={14} aria-hidden />
                    ) : (
                      <IconArrowDown size={14} aria-hidden />
                    )}
                  </ActionIcon>
                ))}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('builder.choiceRemove', { n: j + 1 })}
                  onClick={() => onChange({ ...q, choices: without(q.choices, j) })}
                  mt={6}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {form.errors[`${path}.choices`] ? (
              <Text c="red" size="sm">
                {form.errors[`${path}.choices`]}
              </Text>
            ) : null}
            <div>
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={q.choices.length >= SURVEY_LIMITS.choicesMax}
                onClick={() => onChange(addChoice(q))}
              >
                {t('builder.addChoice')}
              </Button>
            </div>
          </Stack>
        ) : null}
        {kind === 'touchpoints' ? (
          <Checkbox.Group
            label={t('builder.touchpoints')}
            description={
              <>
                {t('builder.touchpointsHint')}{' '}
                <Anchor component={Link} to="/manage/surveys/touchpoints" size="xs">
                  {t('builder.editTouchpoints')}
                </Anchor>
              </>
            }
            value={q.touchpointIds}
            error={form.errors[`${path}.touchpointIds`]}
            onChange={(ids) => {
              // Keeps the order of the touchpoints list, whatever order they were ticked in.
              let next = q;
              for (const tp of offered) next = toggleTouchpoint(next, tp.id, ids.includes(tp.id));
              onChange({
                ...next,
                touchpointIds: offered.map((tp) => tp.id).filter((id) => ids.includes(id)),
              });
            }}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
              {offered.map((tp) => (
                <Checkbox
                  key={tp.id}
                  value={tp.id}
                  label={
                    localText(tp.labelJa, tp.labelEn, i18n.language) +
                    (tp.archived ? ` (${t('touchpoints.archived')})` : '')
                  }
                />
              ))}
            </SimpleGrid>
            {offered.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('builder.noTouchpoints')}
              </Text>
            ) : null}
          </Checkbox.Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function AudienceEditor({
  form,
  options,
  survey,
}: {
  form: Form;
  options: Options;
  survey: SurveyBuilderFieldsFragment;
}) {
  const { t, i18n } = useTranslation(['surveysStaff', 'common']);
  const lang = i18n.language;
  const kind = form.values.audienceKind;
  const events = useQuery(SurveyEventOptionsDocument, {
    variables: { first: 50 },
    skip: kind !== 'EVENT_ATTENDEES',
  });
  return (
    <Section title={t('builder.audience.title')}>
      <Select
        label={t('builder.audience.kind')}
        data={AUDIENCE_KINDS.map((k) => ({ value: k, label: t(`builder.audience.kinds.${k}`) }))}
        allowDeselect={false}
        {...form.getInputProps('audienceKind')}
      />
      {kind === 'RANK' ? (
        <Select
          label={t('builder.audience.minRank')}
          required
          data={options.ranks.map((r) => ({
            value: String(r.position),
            label: `${r.icon} ${localText(r.nameJa, r.nameEn, lang)}`,
          }))}
          {...form.getInputProps('minRankPosition')}
        />
      ) : null}
      {kind === 'ROLES' ? (
        <MultiSelect
          label={t('builder.audience.roles')}
          required
          data={AUDIENCE_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          {...form.getInputProps('roles')}
        />
      ) : null}
      {kind === 'EVENT_ATTENDEES' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('builder.audience.event')}
            placeholder={t('builder.audience.eventPlaceholder')}
            required
            searchable
            nothingFoundMessage={t('builder.audience.noEvents')}
            data={eventOptions(
              events.data,
              survey.audience.event
                ? { ...survey.audience.event, endsAt: survey.audience.event.endsAt }
                : null,
              lang,
              { upcoming: t('builder.audience.upcoming'), past: t('builder.audience.past') },
            )}
            {...form.getInputProps('eventId')}
          />
          <NumberInput
            label={t('builder.audience.hoursAfter')}
            description={t('builder.audience.hoursAfterHint')}
            min={0}
            max={SURVEY_LIMITS.hoursAfterEventMax}
            allowDecimal={false}
            {...form.getInputProps('hoursAfterEvent')}
          />
        </SimpleGrid>
      ) : null}
      {kind === 'SEGMENT' ? (
        <Select
          label={t('builder.audience.segment')}
          required
          data={options.surveySegments.map((s) => ({
            value: s.key,
            label: localText(s.labelJa, s.labelEn, lang),
          }))}
          {...form.getInputProps('segment')}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t('builder.audience.fatigue')}{' '}
        <Anchor component={Link} to="/manage/surveys/touchpoints#fatigue" size="xs">
          {t('builder.audience.fatigueLink')}
        </Anchor>
      </Text>
    </Section>
  );
}

/** The questions as members will answer them, live as they are written (answers stay here). */
function Preview({
  values,
  touchpoints,
}: {
  values: BuilderValues;
  touchpoints: Options['surveyTouchpoints'];
}) {
  const { t, i18n } = useTranslation('surveysStaff');
  const questions = useMemo(
    () => previewQuestions(values.questions, touchpoints),
    [values.questions, touchpoints],
  );
  const [answers, setAnswers] = useState<AnswerDrafts>({});
  const drafts = { ...draftsFrom(questions, []), ...answers };
  const title = localText(values.titleJa, values.titleEn, i18n.language);
  const description = localText(values.descriptionJa, values.descriptionEn, i18n.language);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={classes.preview}
      component="aside"
      aria-label={t('builder.preview')}
      data-testid="survey-preview"
    >
      <Stack gap="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('builder.preview')}
        </Text>
        <Title order={2} size="h3">
          {title || t('list.untitled')}
        </Title>
        {description ? (
          <Text size="sm" className="kizuna-pre">
            {description}
          </Text>
        ) : null}
        {questions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('builder.noQuestions')}
          </Text>
        ) : (
          questions.map((q, i) => (
            <QuestionField
              key={q.id}
              question={q}
              number={i + 1}
              draft={drafts[q.id]!}
              onChange={(d) => setAnswers((a) => ({ ...a, [q.id]: d }))}
            />
          ))
        )}
      </Stack>
    </Paper>
  );
}
