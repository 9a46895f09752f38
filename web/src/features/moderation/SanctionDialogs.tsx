import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, required, rule } from '../../ui/validators';
import { DurationField, durationDays, durationIssue, type Duration } from './DurationField';
import {
  MemberRecordDocument,
  SilenceMemberDocument,
  UnsilenceMemberDocument,
  WarnMemberDocument,
} from './graphql';
import { DAYS_MAX, REASON_MAX, WARNING_MESSAGE_MAX } from './logic';

interface Target {
  id: string;
  displayName: string;
}

/** A formal warning: a message the member is sent, and a reason kept in their record. */
export function WarnDialog({ member, onClose }: { member: Target; onClose: () => void }) {
  const { t } = useTranslation(['moderation', 'common']);
  const [warn, { loading }] = useMutation(WarnMemberDocument, {
    refetchQueries: [MemberRecordDocument],
  });
  const form = useForm({
    initialValues: { reason: '', message: '' },
    validate: {
      reason: rule(t, 'reason', required, maxLen(REASON_MAX)),
      message: rule(t, 'message', required, maxLen(WARNING_MESSAGE_MAX)),
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await warn({
        variables: {
          input: { memberId: member.id, reason: values.reason.trim(), message: values.message },
        },
      });
      notifications.show({
        color: 'kizuna',
        message: t('record.warn.done', { name: member.displayName }),
      });
      onClose();
    } catch (e) {
      server.report(e);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={t('record.warn.title', { name: member.displayName })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="warn-form">
        <Stack gap="md">
          <Text size="sm">{t('record.warn.body')}</Text>
          <FormAlert message={server.message} />
          <Textarea
            label={t('record.warn.message')}
            description={t('record.warn.messageHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            {...form.getInputProps('message')}
            data-autofocus
          />
          <Textarea
            label={t('record.warn.reason')}
            description={t('record.warn.reasonHint')}
            required
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="yellow" loading={loading}>
              {t('record.warn.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The member reads but cannot post for some days; the reason is shown when they try. */
export function SilenceDialog({ member, onClose }: { member: Target; onClose: () => void }) {
  const { t } = useTranslation(['moderation', 'common']);
  const [silence, { loading }] = useMutation(SilenceMemberDocument, {
    refetchQueries: [MemberRecordDocument],
  });
  const [duration, setDuration] = useState<Duration>({ mode: 'days', days: 3 });
  const form = useForm({
    initialValues: { reason: '', days: '' },
    validate: { reason: rule(t, 'reason', required, maxLen(REASON_MAX)) },
  });
  const server = useServerErrors(form);
  const issue = durationIssue(duration);
  const [tried, setTried] = useState(false);
  const daysError = issue
    ? fieldErrorMessage(t, {
        field: 'days',
        issue,
        ...(issue === 'OUT_OF_RANGE' ? { params: { min: 1, max: DAYS_MAX } } : {}),
      })
    : null;
  const submit = form.onSubmit(
    async (values) => {
      setTried(true);
      if (daysError) return;
      server.clear();
      try {
        await silence({
          variables: {
            input: {
              memberId: member.id,
              days: durationDays(duration) ?? 1,
              reason: values.reason.trim(),
            },
          },
        });
        notifications.show({
          color: 'kizuna',
          message: t('record.silence.done', { name: member.displayName }),
        });
        onClose();
      } catch (e) {
        server.report(e);
      }
    },
    () => setTried(true),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('record.silence.title', { name: member.displayName })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="silence-form">
        <Stack gap="md">
          <Text size="sm">{t('record.silence.body')}</Text>
          <FormAlert message={server.message} />
          <DurationField
            value={duration}
            onChange={setDuration}
            indefinite={false}
            error={(tried ? daysError : null) ?? (form.errors.days as string | undefined)}
          />
          <Textarea
            label={t('record.silence.reason')}
            description={t('record.silence.reasonHint')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t('record.silence.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Lets a silenced member post again before the silence ends. */
export function UnsilenceDialog({ member, onClose }: { member: Target; onClose: () => void }) {
  const { t } = useTranslation(['moderation', 'common']);
  const [unsilence, { loading }] = useMutation(UnsilenceMemberDocument, {
    refetchQueries: [MemberRecordDocument],
  });
  const submit = async () => {
    try {
      await unsilence({ variables: { memberId: member.id } });
      notifications.show({
        color: 'kizuna',
        message: t('record.unsilence.done', { name: member.displayName }),
      });
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) });
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('record.unsilence.title', { name: member.displayName })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('record.unsilence.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void submit()} data-autofocus>
            {t('record.unsilence.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
