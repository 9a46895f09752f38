import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTarget } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { SURVEY_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import type { SurveyTouchpointFieldsFragment } from '../../../gql/graphql';
import { mapErrorToForm } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { intRange, required, rule } from '../../../ui/validators';
import {
  SaveSurveyTouchpointsDocument,
  SurveySettingsDocument,
  SurveyTouchpointsDocument,
  UpdateSurveySettingsDocument,
} from './graphql';
import {
  arrowAfterMove,
  move,
  newUid,
  touchpointIssues,
  touchpointKey,
  touchpointsInput,
  type TouchpointDraft,
} from './logic';

const drafts = (list: readonly SurveyTouchpointFieldsFragment[]): TouchpointDraft[] =>
  [...list]
    .sort((a, b) => a.position - b.position)
    .map((tp) => ({
      uid: tp.id,
      id: tp.id,
      key: tp.key,
      labelJa: tp.labelJa,
      labelEn: tp.labelEn,
      archived: tp.archived,
    }));

/** The brand's touchpoints that touchpoint questions ask about, and how often members are asked. */
export function TouchpointsPage() {
  const { t } = useTranslation(['surveysStaff', 'common']);
  const { data, error, refetch } = useQuery(SurveyTouchpointsDocument, {
    variables: { includeArchived: true },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('touchpoints.title')} description={t('touchpoints.lead')} size="md">
      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <ListSkeleton rows={4} height={64} />
      ) : (
        <TouchpointsForm initial={drafts(data.surveyTouchpoints)} />
      )}
      <FatigueForm />
    </Page>
  );
}

function TouchpointsForm({ initial }: { initial: TouchpointDraft[] }) {
  const { t } = useTranslation(['surveysStaff', 'common']);
  const [save, saving] = useMutation(SaveSurveyTouchpointsDocument, {
    refetchQueries: ['SurveyTouchpoints'],
  });
  const form = useForm<{ touchpoints: TouchpointDraft[] }>({
    initialValues: { touchpoints: initial },
    validate: (v) =>
      Object.fromEntries(
        Object.entries(touchpointIssues(v.touchpoints)).map(([path, issue]) => [
          path,
          t(`touchpoints.issues.${issue}`, { max: SURVEY_LIMITS.touchpointLabelMax }),
        ]),
      ),
  });
  const [message, setMessage] = useState<string | null>(null);
  const list = form.values.touchpoints;
  const paths = list.flatMap((_, i) => [
    `touchpoints.${i}.key`,
    `touchpoints.${i}.labelJa`,
    `touchpoints.${i}.labelEn`,
  ]);

  const submit = form.onSubmit(async (v) => {
    setMessage(null);
    try {
      const { data } = await save({ variables: { input: touchpointsInput(v.touchpoints) } });
      if (data) {
        const next = drafts(data.saveSurveyTouchpoints);
        form.setValues({ touchpoints: next });
        form.resetDirty({ touchpoints: next });
      }
      notifications.show({ color: 'kizuna', message: t('touchpoints.saved') });
    } catch (error) {
      // The api names a row by its place in the list sent: `input.2.labelJa`.
      const rename = Object.fromEntries(
        list.flatMap((_, i) =>
          ['key', 'labelJa', 'labelEn'].map((f) => [`${i}.${f}`, `touchpoints.${i}.${f}`]),
        ),
      );
      const mapped = mapErrorToForm(t, error, paths, rename);
      form.setErrors(mapped.fieldErrors);
      setMessage(mapped.formMessage);
    }
  });

  const setList = (next: TouchpointDraft[]) => {
    form.setFieldValue('touchpoints', next);
    form.clearErrors();
  };

  const [announcement, setAnnouncement] = useState('');
  const moveRow = (i: number, delta: number) => {
    const uid = list[i]!.uid;
    const arrow = arrowAfterMove(i, delta, list.length);
    setList(move(list, i, delta));
    setAnnouncement(
      t('touchpoints.movedTo', {
        n: Math.min(Math.max(i + delta, 0), list.length - 1) + 1,
        total: list.length,
      }),
    );
    // Keeps the keyboard on the row's arrows (the other one at either end).
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-move="${arrow}"][data-uid="${uid}"]`)?.focus(),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {list.length === 0 ? (
          <EmptyPanel
            icon={<IconTarget size={28} aria-hidden />}
            title={t('touchpoints.empty')}
            description={t('touchpoints.emptyHint')}
          />
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((tp, i) => {
              const name = tp.labelJa || t('touchpoints.unnamed');
              return (
                <li key={tp.uid}>
                  <Paper
                    withBorder
                    radius="md"
                    p="sm"
                    data-testid="touchpoint-editor-row"
                    style={tp.archived ? { opacity: 0.7 } : undefined}
                  >
                    <Group gap="sm" align="flex-start" wrap="wrap">
                      <Stack gap={4} pt={4}>
                        <ActionIcon
                          variant="default"
                          size="sm"
                          aria-label={t('touchpoints.moveUp', { name })}
                          disabled={i === 0}
                          onClick={() => moveRow(i, -1)}
                          data-move="up"
                          data-uid={tp.uid}
                        >
                          <IconArrowUp size={14} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          size="sm"
                          aria-label={t('touchpoints.moveDown', { name })}
                          disabled={i === list.length - 1}
                          onClick={() => moveRow(i, 1)}
                          data-move="down"
                          data-uid={tp.uid}
                        >
                          <IconArrowDown size={14} aria-hidden />
                        </ActionIcon>
                      </Stack>
                      <TextInput
                        label={t('touchpoints.labelJa')}
                        required
                        maxLength={SURVEY_LIMITS.touchpointLabelMax}
                        style={{ flex: '1 1 180px' }}
                        {...form.getInputProps(`touchpoints.${i}.labelJa`)}
                      />
                      <TextInput
                        label={t('touchpoints.labelEn')}
                        maxLength={SURVEY_LIMITS.touchpointLabelMax}
                        style={{ flex: '1 1 180px' }}
                        {...form.getInputProps(`touchpoints.${i}.labelEn`)}
                      />
                      <TextInput
                        label={t('touchpoints.key')}
                        description={tp.id ? undefined : t('touchpoints.keyHint')}
                        required
                        readOnly={!!tp.id}
                        style={{ flex: '0 1 160px' }}
                        {...form.getInputProps(`touchpoints.${i}.key`)}
                      />
                      <Stack gap={4} pt={28}>
                        <Switch
                          label={t('touchpoints.archive')}
                          {...form.getInputProps(`touchpoints.${i}.archived`, {
                            type: 'checkbox',
                          })}
                        />
                        {tp.archived ? (
                          <Badge variant="light" color="gray" size="sm">
                            {t('touchpoints.archived')}
                          </Badge>
                        ) : null}
                      </Stack>
                    </Group>
                  </Paper>
                </li>
              );
            })}
          </Stack>
        )}
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        {form.errors.touchpoints ? (
          <Text c="red" size="sm" role="alert">
            {form.errors.touchpoints}
          </Text>
        ) : null}
        <FormAlert message={message} />
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={list.length >= SURVEY_LIMITS.touchpointsMax}
            onClick={() =>
              setList([
                ...list,
                {
                  uid: newUid(),
                  id: null,
                  key: touchpointKey(
                    '',
                    list.map((x) => x.key),
                  ),
                  labelJa: '',
                  labelEn: '',
                  archived: false,
                },
              ])
            }
          >
            {t('touchpoints.add')}
          </Button>
          <Group gap="sm">
            {form.isDirty() ? (
              <Button variant="default" onClick={() => form.reset()}>
                {t('common:actions.reset')}
              </Button>
            ) : null}
            <Button type="submit" loading={saving.loading}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** How often one member may be asked, across all surveys. */
function FatigueForm() {
  const { data, error, refetch } = useQuery(SurveySettingsDocument);
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState minHeight={120} />;
  return <FatigueFields fatigueDays={data.surveySettings.fatigueDays} />;
}

function FatigueFields({ fatigueDays }: { fatigueDays: number }) {
  const { t } = useTranslation(['surveysStaff', 'common']);
  const [update, updating] = useMutation(UpdateSurveySettingsDocument);
  const form = useForm<{ fatigueDays: number | string }>({
    initialValues: { fatigueDays },
    validate: {
      fatigueDays: rule(t, 'fatigueDays', required, intRange(1, SURVEY_LIMITS.fatigueDaysMax)),
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (v) => {
    server.clear();
    try {
      await update({ variables: { fatigueDays: Number(v.fatigueDays) } });
      form.resetDirty();
      notifications.show({ color: 'kizuna', message: t('fatigue.saved') });
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      id="fatigue"
      component="section"
      aria-labelledby="fatigue-title"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="fatigue-title">
            {t('fatigue.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('fatigue.lead')}
          </Text>
          <NumberInput
            label={t('fatigue.days')}
            description={t('fatigue.daysHint', { days: SURVEY_LIMITS.fatigueDaysDefault })}
            min={1}
            max={SURVEY_LIMITS.fatigueDaysMax}
            allowDecimal={false}
            w={240}
            {...form.getInputProps('fatigueDays')}
          />
          <FormAlert message={server.message} />
          <Group justify="flex-end">
            <Button type="submit" loading={updating.loading}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
