import { Component, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconClipboardList } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../ui/format';
import { MySurveysDocument, SaveSurveyScoreDocument } from './cardGraphql';
import { answerPath, localText, saveResponseInput, scalePoints } from './logic';
import classes from './surveys.module.css';

/** The card is an extra on the home page: if it fails, it is left out and the page stays. */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export default function SurveyCardSlot(): ReactNode {
  return (
    <QuietBoundary>
      <SurveyCard />
    </QuietBoundary>
  );
}

/**
 * The home page's invitation to the first open survey the member was asked. When it starts with
 * the NPS question, the score is given right here: it is saved as a partial answer and the
 * answer page opens with it kept. Hidden when nothing waits for an answer.
 */
function SurveyCard() {
  const { t, i18n, ready } = useTranslation('surveys');
  const navigate = useNavigate();
  const { data } = useQuery(MySurveysDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SaveSurveyScoreDocument);
  const [picked, setPicked] = useState<number | null>(null);
  const survey = data?.mySurveys[0];
  if (!ready || !survey) return null;
  const lang = i18n.language;
  const first = survey.questions[0];
  const nps = first?.type === 'NPS' ? first : undefined;
  const titleId = `survey-card-${survey.id}`;

  const pick = (score: number) => {
    setPicked(score);
    const go = () => void navigate(answerPath(survey.id, { score }));
    // The score rides in the address too, so a failed save loses nothing.
    save({
      variables: {
        input: saveResponseInput({
          surveyId: survey.id,
          token: null,
          responseId: null,
          submit: false,
          answers: [{ questionId: nps!.id, score }],
        }),
      },
    }).then(go, go);
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid="survey-card" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconClipboardList size={20} aria-hidden />
          <Title order={2} size="h5" id={titleId}>
            {localText(survey.titleJa, survey.titleEn, lang)}
          </Title>
        </Group>
        {nps ? (
          <div role="group" aria-labelledby={`${titleId}-prompt`}>
            <Text size="sm" id={`${titleId}-prompt`} mb={6}>
              {localText(nps.promptJa, nps.promptEn, lang)}
            </Text>
            <div className={classes.cardScale}>
              {scalePoints('NPS').map((n) => (
                <Button
                  key={n}
                  size="compact-sm"
                  variant={picked === n ? 'filled' : 'default'}
                  loading={picked === n}
                  disabled={picked !== null && picked !== n}
                  onClick={() => pick(n)}
                  aria-label={t('card.score', { score: n })}
                >
                  {n}
                </Button>
              ))}
            </div>
            <Group justify="space-between" mt={4}>
              <Text size="xs" c="dimmed">
                {t('scale.nps.low')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('scale.nps.high')}
              </Text>
            </Group>
          </div>
        ) : (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {localText(survey.descriptionJa, survey.descriptionEn, lang) || t('card.lead')}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          {survey.closesAt ? (
            <Text size="xs" c="dimmed">
              {t('card.closesAt', { date: formatDateTime(survey.closesAt, lang) })}
            </Text>
          ) : (
            <span />
          )}
          <Button
            component={Link}
            to={answerPath(survey.id)}
            size="xs"
            variant="light"
            rightSection={<IconArrowRight size={14} aria-hidden />}
          >
            {t('card.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
