import { Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IdeaStatus } from '../../../gql/graphql';
import { errorMessage, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, rule } from '../../../ui/validators';
import { BULK_STATUSES } from '../logic';
import { ChangeIdeaStatusDocument, ReviewIdeaDocument } from './graphql';
import { NOTE_MAX } from './logic';

/** Approve or refuse an idea waiting for approval; the outcome is announced. */
export function useReviewIdea() {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const [review, { loading }] = useMutation(ReviewIdeaDocument, {
    refetchQueries: ['Idea', 'Ideas', 'PendingIdeaCount'],
  });
  const run = async (id: string, approve: boolean) => {
    try {
      await review({ variables: { input: { id, approve } } });
      notifications.show({
        color: 'kizuna',
        message: approve ? t('triage.approved') : t('triage.rejected'),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return { run, loading };
}

/**
 * Moves ideas to a status with an optional public note: one idea on its page (`current` is left
 * out of the choices), or the ideas chosen in the triage list (`bulk`).
 */
export function StatusForm({
  ids,
  current,
  bulk = false,
  onDone,
}: {
  ids: readonly string[];
  current?: IdeaStatus;
  bulk?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const [change, { loading }] = useMutation(ChangeIdeaStatusDocument, {
    refetchQueries: ['Ideas', 'Roadmap'],
  });
  const form = useForm<{ status: string | null; note: string }>({
    initialValues: { status: null, note: '' },
    validate: {
      status: (v) => (v ? null : t('status.chooseStatus')),
      note: rule(t, 'note', maxLen(NOTE_MAX)),
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await change({
        variables: {
          input: {
            ids: [...ids],
            status: values.status as IdeaStatus,
            note: values.note.trim() || null,
          },
        },
      });
      notifications.show({
        color: 'kizuna',
        message: bulk ? t('triage.bulkDone', { count: ids.length }) : t('status.saved'),
      });
      form.reset();
      onDone?.();
    } catch (error) {
      server.report(error);
    }
  });
  const status = (
    <Select
      label={bulk ? t('triage.bulkStatus', { count: ids.length }) : t('status.newStatus')}
      placeholder={t('status.chooseStatus')}
      data={BULK_STATUSES.filter((s) => s !== current).map((s) => ({
        value: s,
        label: t(`feedback:status.${s}`),
      }))}
      w={{ base: '100%', xs: bulk ? 200 : 260 }}
      {...form.getInputProps('status')}
    />
  );
  const note = (
    <Textarea
      label={t('status.note')}
      description={t('status.noteHint')}
      autosize
      minRows={bulk ? 1 : 2}
      maxLength={NOTE_MAX}
      style={bulk ? { flex: 1, minWidth: 220 } : undefined}
      {...form.getInputProps('note')}
    />
  );
  const button = (
    <Button type="submit" loading={loading} disabled={ids.length === 0}>
      {bulk ? t('triage.bulkApply') : t('status.change')}
    </Button>
  );
  return (
    <Paper
      withBorder
      radius="md"
      p={bulk ? 'sm' : 'md'}
      component="form"
      onSubmit={submit}
      noValidate
      data-testid={bulk ? 'bulk-status' : 'status-form'}
    >
      {bulk ? (
        <Stack gap="xs">
          <Group gap="sm" align="flex-end" wrap="wrap">
            {status}
            {note}
            {button}
          </Group>
          <FormAlert message={server.message} />
        </Stack>
      ) : (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('status.title')}
          </Title>
          {status}
          {note}
          <FormAlert message={server.message} />
          <Group justify="flex-end">{button}</Group>
        </Stack>
      )}
    </Paper>
  );
}
