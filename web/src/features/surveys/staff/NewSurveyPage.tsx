import {
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowRight } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { SURVEY_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SurveyTemplate } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { ErrorPanel, ListSkeleton } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, rule } from '../../../ui/validators';
import { localText } from '../logic';
import {
  CreateSurveyDocument,
  SurveyEventOptionsDocument,
  SurveyTemplatesDocument,
} from './graphql';
import { eventOptions } from './EventSelect';

const BLANK = 'BLANK';

interface Values {
  template: SurveyTemplate | typeof BLANK;
  titleJa: string;
  titleEn: string;
  eventId: string | null;
}

/** A new survey from a template (NPS + touchpoints, post-event CSAT, CES after support) or blank. */
export function NewSurveyPage() {
  const { t, i18n } = useTranslation(['surveysStaff', 'common']);
  const lang = i18n.language;
  const navigate = useNavigate();
  const templates = useQuery(SurveyTemplatesDocument);
  const [create, creating] = useMutation(CreateSurveyDocument, {
    refetchQueries: ['StaffSurveys', 'SurveyCounts'],
  });
  const form = useForm<Values>({
    initialValues: { template: 'NPS_TOUCHPOINTS', titleJa: '', titleEn: '', eventId: null },
    validate: {
      titleJa: rule(t, 'titleJa', maxLen(SURVEY_LIMITS.titleMax)),
      titleEn: rule(t, 'titleEn', maxLen(SURVEY_LIMITS.titleMax)),
    },
  });
  const server = useServerErrors(form);
  const postEvent = form.values.template === 'POST_EVENT_CSAT';
  const events = useQuery(SurveyEventOptionsDocument, {
    variables: { first: 50 },
    skip: !postEvent,
  });

  const submit = form.onSubmit(async (v) => {
    server.clear();
    try {
      const { data } = await create({
        variables: {
          input: {
            template: v.template === BLANK ? null : v.template,
            ...(v.titleJa.trim() ? { titleJa: v.titleJa.trim() } : {}),
            ...(v.titleEn.trim() ? { titleEn: v.titleEn.trim() } : {}),
            ...(postEvent && v.eventId ? { eventId: v.eventId } : {}),
          },
        },
      });
      if (data) void navigate(`/manage/surveys/${data.createSurvey.id}/edit`);
    } catch (error) {
      server.report(error);
    }
  });

  const choices = [
    ...(templates.data?.surveyTemplates ?? []).map((tpl) => ({
      value: tpl.key as Values['template'],
      title: localText(tpl.titleJa, tpl.titleEn, lang),
      description: localText(tpl.descriptionJa, tpl.descriptionEn, lang),
    })),
    { value: BLANK, title: t('new.blank'), description: t('new.blankHint') },
  ];

  return (
    <Page title={t('new.title')} description={t('new.lead')} size="md">
      {templates.error && !templates.data ? (
        <ErrorPanel error={templates.error} onRetry={() => templates.refetch()} />
      ) : !templates.data ? (
        <ListSkeleton rows={4} height={72} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <Radio.Group
              label={t('new.template')}
              {...form.getInputProps('template')}
              name="template"
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                {choices.map((c) => (
                  <Radio.Card
                    key={c.value}
                    value={c.value}
                    radius="md"
                    p="md"
                    data-testid="survey-template"
                  >
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator />
                      <Stack gap={2}>
                        <Text fw={700}>{c.title}</Text>
                        <Text size="sm" c="dimmed">
                          {c.description}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    label={t('builder.titleJa')}
                    description={t('new.titleHint')}
                    maxLength={SURVEY_LIMITS.titleMax}
                    {...form.getInputProps('titleJa')}
                  />
                  <TextInput
                    label={t('builder.titleEn')}
                    maxLength={SURVEY_LIMITS.titleMax}
                    {...form.getInputProps('titleEn')}
                  />
                </SimpleGrid>
                {postEvent ? (
                  <Select
                    label={t('new.event')}
                    description={t('new.eventHint')}
                    placeholder={t('builder.audience.eventPlaceholder')}
                    searchable
                    clearable
                    data={eventOptions(events.data, null, lang, {
                      upcoming: t('builder.audience.upcoming'),
                      past: t('builder.audience.past'),
                    })}
                    nothingFoundMessage={t('builder.audience.noEvents')}
                    {...form.getInputProps('eventId')}
                  />
                ) : null}
              </Stack>
            </Paper>
            <FormAlert message={server.message} />
            <Group justify="flex-end">
              <Button component={Link} to="/manage/surveys" variant="default">
                {t('common:actions.cancel')}
              </Button>
              <Button
                type="submit"
                loading={creating.loading}
                rightSection={<IconArrowRight size={16} aria-hidden />}
              >
                {t('new.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Page>
  );
}
