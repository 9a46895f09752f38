import { useId, type CSSProperties, type ReactNode } from 'react';
import { Checkbox, Radio, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestionType } from '../../gql/graphql';
import {
  INFLUENCE_POINTS,
  localText,
  QUESTION_KIND,
  scalePoints,
  signed,
  textMax,
  type AnswerDraft,
  type QuestionLike,
} from './logic';
import classes from './surveys.module.css';

type Labelled = { labelJa: string; labelEn: string };

export interface AnswerableQuestion extends QuestionLike {
  promptJa: string;
  promptEn: string;
  choices: readonly ({ key: string } & Labelled)[];
  touchpoints: readonly ({ id: string } & Labelled)[];
}

/** The influence scale's words, from −3 to +3. */
const INFLUENCE_KEYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

type ScaleType = Extract<SurveyQuestionType, 'NPS' | 'CSAT' | 'CES' | 'RATING'>;

/** The words at both ends of each scale. */
const ENDS: Record<ScaleType, 'nps' | 'csat' | 'ces' | 'rating'> = {
  NPS: 'nps',
  CSAT: 'csat',
  CES: 'ces',
  RATING: 'rating',
};

/**
 * One question, answered the same way on the answer page and in the builder's preview: a
 * fieldset named by the prompt, its required mark, the control for its type and its error.
 */
export function QuestionField({
  question,
  number,
  draft,
  onChange,
  error,
  disabled,
}: {
  question: AnswerableQuestion;
  number: number;
  draft: AnswerDraft;
  onChange: (next: AnswerDraft) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('surveys');
  const id = useId();
  const errorId = `${id}-error`;
  const prompt = localText(question.promptJa, question.promptEn, i18n.language);
  const kind = QUESTION_KIND[question.type];
  // The error belongs to the control that takes the answer, where screen readers look for it.
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const legend = (
    <legend className={classes.legend} id={`${id}-legend`}>
      {number}. {prompt || t('answer.untitledQuestion')}
      {question.required ? (
        <span className={classes.required}>
          <span aria-hidden>*</span>
          <VisuallyHidden>{t('answer.required')}</VisuallyHidden>
        </span>
      ) : null}
    </legend>
  );
  let control: ReactNode;
  if (kind === 'scale') {
    control = (
      <ScaleControl
        type={question.type as ScaleType}
        name={`${id}-score`}
        labelledBy={`${id}-legend`}
        value={draft.score}
        disabled={disabled}
        invalid={invalid}
        onChange={(score) => onChange({ ...draft, score })}
      />
    );
  } else if (kind === 'touchpoints') {
    control = (
      <TouchpointGrid
        name={id}
        touchpoints={question.touchpoints}
        value={draft.touchpoints}
        disabled={disabled}
        errorId={error ? errorId : null}
        onChange={(touchpoints) => onChange({ ...draft, touchpoints })}
      />
    );
  } else if (kind === 'choice') {
    control =
      question.type === 'SINGLE_CHOICE' ? (
        <Radio.Group
          value={draft.choiceKeys[0] ?? null}
          onChange={(key) => onChange({ ...draft, choiceKeys: [key] })}
          aria-labelledby={`${id}-legend`}
          {...invalid}
        >
          <Stack gap="xs">
            {question.choices.map((c) => (
              <Radio
                key={c.key}
                value={c.key}
                disabled={disabled}
                label={localText(c.labelJa, c.labelEn, i18n.language)}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Checkbox.Group
          value={draft.choiceKeys}
          onChange={(choiceKeys) => onChange({ ...draft, choiceKeys })}
          aria-labelledby={`${id}-legend`}
          {...invalid}
        >
          <Stack gap="xs">
            {question.choices.map((c) => (
              <Checkbox
                key={c.key}
                value={c.key}
                disabled={disabled}
                label={localText(c.labelJa, c.labelEn, i18n.language)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
  } else {
    const Input = question.type === 'LONG_TEXT' ? Textarea : TextInput;
    control = (
      <Input
        aria-labelledby={`${id}-legend`}
        {...invalid}
        value={draft.text}
        maxLength={textMax(question.type)}
        disabled={disabled}
        onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
        {...(question.type === 'LONG_TEXT' ? { autosize: true, minRows: 4 } : {})}
      />
    );
  }
  return (
    <fieldset className={classes.question} data-testid="survey-question" data-type={question.type}>
      {legend}
      <Stack gap="sm">
        {control}
        {question.type === 'NPS' && question.withReason ? (
          <Textarea
            label={t('answer.why')}
            value={draft.text}
            maxLength={textMax('NPS')}
            autosize
            minRows={2}
            disabled={disabled}
            onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
          />
        ) : null}
        {error ? (
          <Text id={errorId} c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </fieldset>
  );
}

/** A scale as a group of radio buttons (one tab stop, arrow keys move), with its ends named. */
export function ScaleControl({
  type,
  name,
  labelledBy,
  value,
  disabled,
  invalid,
  onChange,
}: {
  type: ScaleType;
  name: string;
  labelledBy: string;
  value: number | null;
  disabled?: boolean;
  invalid?: { 'aria-invalid'?: boolean; 'aria-describedby'?: string };
  onChange: (score: number) => void;
}) {
  const { t } = useTranslation('surveys');
  const points = scalePoints(type);
  const ends = ENDS[type];
  const style = { '--points': points.length } as CSSProperties;
  return (
    <div>
      <div
        role="radiogroup"
        aria-labelledby={labelledBy}
        {...invalid}
        className={classes.scale}
        data-points={points.length}
        style={style}
      >
        {points.map((n) => (
          <label key={n} className={classes.point}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              disabled={disabled}
              onChange={() => onChange(n)}
              aria-label={
                n === points[0]
                  ? `${n} ${t(`scale.${ends}.low`)}`
                  : n === points[points.length - 1]
                    ? `${n} ${t(`scale.${ends}.high`)}`
                    : String(n)
              }
            />
            <span aria-hidden>{n}</span>
          </label>
        ))}
      </div>
      <div className={classes.ends} style={style} aria-hidden>
        <span>{t(`scale.${ends}.low`)}</span>
        <span>{t(`scale.${ends}.high`)}</span>
      </div>
    </div>
  );
}

/** Each touchpoint rated from very negative to very positive influence, or not applicable. */
function TouchpointGrid({
  name,
  touchpoints,
  value,
  disabled,
  errorId,
  onChange,
}: {
  name: string;
  touchpoints: readonly ({ id: string } & Labelled)[];
  value: Record<string, number | null>;
  disabled?: boolean;
  /** The question's error, when there is one: the rows still unanswered point to it. */
  errorId: string | null;
  onChange: (next: Record<string, number | null>) => void;
}) {
  const { t, i18n } = useTranslation('surveys');
  if (touchpoints.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('answer.noTouchpoints')}
      </Text>
    );
  }
  return (
    <div className={classes.touchpoints}>
      <Text size="xs" c="dimmed">
        {t('scale.influence.hint')}
        <br />
        {`${signed(-3)} ${t('scale.influence.0')} … ${signed(3)} ${t('scale.influence.6')}`}
      </Text>
      {touchpoints.map((tp) => {
        const label = localText(tp.labelJa, tp.labelEn, i18n.language);
        const current = value[tp.id];
        const answered = tp.id in value;
        const group = `${name}-${tp.id}`;
        const missing = !!errorId && !answered;
        return (
          <fieldset
            key={tp.id}
            className={classes.touchpoint}
            data-testid="touchpoint-row"
            data-missing={missing || undefined}
          >
            <legend id={`${group}-legend`}>
              {label}
              {missing ? (
                <Text span c="red" size="xs" fw={600} ml={6}>
                  {t('answer.rowMissing')}
                </Text>
              ) : null}
            </legend>
            <div
              className={classes.influence}
              role="radiogroup"
              aria-labelledby={`${group}-legend`}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? errorId : undefined}
            >
              {INFLUENCE_POINTS.map((n) => (
                <label key={n} className={classes.point}>
                  <input
                    type="radio"
                    name={group}
                    checked={answered && current === n}
                    disabled={disabled}
                    onChange={() => onChange({ ...value, [tp.id]: n })}
                    aria-label={`${signed(n)} ${t(`scale.influence.${INFLUENCE_KEYS[n + 3]!}`)}`}
                  />
                  <span aria-hidden>{signed(n)}</span>
                </label>
              ))}
              <label className={`${classes.point} ${classes.notApplicable}`}>
                <input
                  type="radio"
                  name={group}
                  checked={answered && current === null}
                  disabled={disabled}
                  onChange={() => onChange({ ...value, [tp.id]: null })}
                />
                <span>{t('scale.influence.notApplicable')}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
