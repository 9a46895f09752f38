import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconMessageOff, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from '../../../ui/errors';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { MemberIdentity } from '../../../ui/MemberIdentity';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import type { SurveyResultsFilter } from '../../../gql/graphql';
import { SurveyTextAnswerListDocument } from './graphql';
import { exportUrl, NPS_CLASS_COLORS, npsClassOfScore } from './logic';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE = 20;

/** The written answers of one question, searchable, each with who wrote it when known. */
export function TextAnswers({
  surveyId,
  questions,
  anonymous,
  filter,
}: {
  surveyId: string;
  questions: { id: string; label: string }[];
  anonymous: boolean;
  /** The page's filters, which the list and its CSV keep like every other table's. */
  filter: SurveyResultsFilter;
}) {
  const { t } = useTranslation('surveyResults');
  const [questionId, setQuestionId] = useState<string | null>(questions[0]?.id ?? null);
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  if (questions.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="text-answers-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" id="text-answers-title">
            {t('text.title')}
          </Title>
          {questionId ? (
            <Button
              size="xs"
              variant="default"
              component="a"
              href={exportUrl(surveyId, 'text', filter, { questionId })}
              download
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={t('chart.csvOf', { title: t('text.title') })}
            >
              {t('chart.csv')}
            </Button>
          ) : null}
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {questions.length > 1 ? (
            <Select
              label={t('text.question')}
              data={questions.map((q) => ({ value: q.id, label: q.label }))}
              value={questionId}
              onChange={setQuestionId}
              allowDeselect={false}
              w={{ base: '100%', sm: 320 }}
            />
          ) : null}
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              setSearch(draft.trim());
            }}
          >
            <Group gap="xs" align="flex-end">
              <TextInput
                label={t('text.search')}
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                leftSection={<IconSearch size={16} aria-hidden />}
                w={{ base: '100%', sm: 260 }}
              />
              <Button type="submit" variant="default">
                {t('text.searchButton')}
              </Button>
            </Group>
          </form>
        </Group>
        {anonymous ? (
          <Text size="xs" c="dimmed">
            {t('text.anonymous')}
          </Text>
        ) : null}
        {questionId ? (
          <AnswerList
            key={`${questionId}-${search}-${JSON.stringify(filter)}`}
            surveyId={surveyId}
            questionId={questionId}
            search={search}
            filter={filter}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

function AnswerList({
  surveyId,
  questionId,
  search,
  filter,
}: {
  surveyId: string;
  questionId: string;
  search: string;
  filter: SurveyResultsFilter;
}) {
  const { t, i18n } = useTranslation(['surveyResults', 'common']);
  const { data, error, loading, refetch, fetchMore } = useQuery(SurveyTextAnswerListDocument, {
    variables: { surveyId, questionId, search: search || null, filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={3} height={64} />;
  const { nodes, pageInfo, totalCount } = data.surveyTextAnswers;
  if (nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconMessageOff size={28} aria-hidden />}
        title={search ? t('text.noMatch', { search }) : t('text.empty')}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('text.count', {
          count: totalCount,
          formatted: formatNumber(totalCount, i18n.language),
          shown: formatNumber(nodes.length, i18n.language),
        })}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {nodes.map((a) => (
          <Paper
            component="li"
            key={a.responseId}
            withBorder
            radius="sm"
            p="sm"
            data-testid="text-answer"
          >
            <Stack gap={6}>
              <Text className="kizuna-pre" size="sm">
                {a.text}
              </Text>
              <Group gap="sm" justify="space-between" wrap="wrap">
                {a.respondent ? (
                  <MemberIdentity member={a.respondent} size="xs" />
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('text.unknownRespondent')}
                  </Text>
                )}
                <Group gap="xs">
                  {a.npsScore != null ? (
                    <Badge
                      variant="light"
                      color={NPS_CLASS_COLORS[npsClassOfScore(a.npsScore)]}
                      aria-label={t('text.scoreLabel', {
                        score: a.npsScore,
                        cls: t(`class.${npsClassOfScore(a.npsScore)}`),
                      })}
                    >
                      {a.npsScore}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(a.answeredAt, i18n.language)}
                  </Text>
                </Group>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        pageInfo={pageInfo}
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
