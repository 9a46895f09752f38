import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MODERATION_LIMITS } from '@kizuna/shared';
import type { FlagReason } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { useRestrictionTexts } from '../../ui/useServerErrors';
import { charLength, maxLen, rule } from '../../ui/validators';
import { FlagDocument } from './graphql';
import { FLAG_REASONS, flagFailure, markFlagged, needsNote, type FlagTarget } from './logic';

interface Values {
  reason: FlagReason | '';
  note: string;
}

const NOTE_MAX = MODERATION_LIMITS.flagNoteMax;

/**
 * Flags a post, a comment, an idea or a member for the moderators: a reason (each with a line
 * on what it covers), a note (required for "something else"), and the flag shown as done.
 */
export function FlagDialog({ target, onClose }: { target: FlagTarget; onClose: () => void }) {
  const { t } = useTranslation(['flags', 'common']);
  const client = useApolloClient();
  const explain = useRestrictionTexts();
  const [message, setMessage] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FlagDocument, {
    update: (cache) => markFlagged(cache, target),
  });
  const form = useForm<Values>({
    initialValues: { reason: '', note: '' },
    validate: {
      reason: (reason) => (reason ? null : t('flags:dialog.reasonRequired')),
      note: (note, values) =>
        needsNote(values.reason) && note.trim() === ''
          ? t('flags:errors.noteRequired')
          : rule(t, 'note', maxLen(NOTE_MAX))(note),
    },
  });
  const noteRequired = needsNote(form.values.reason);

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await flag({
        variables: {
          input: {
            targetType: target.type,
            targetId: target.id,
            reason: values.reason as FlagReason,
            note: values.note.trim() || null,
          },
        },
      });
      notifications.show({ color: 'kizuna', message: t('flags:dialog.done') });
      onClose();
    } catch (error) {
      const failure = flagFailure(t, error, target, explain);
      if (failure.alreadyFlagged) markFlagged(client.cache, target);
      if (failure.note) form.setFieldError('note', failure.note);
      setMessage(failure.message);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={t(`flags:dialog.title.${target.type}`)}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="flag-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('flags:dialog.lead')}
          </Text>
          <FormAlert message={message} />
          <Radio.Group
            label={t('flags:dialog.reason')}
            withAsterisk
            {...form.getInputProps('reason')}
            onChange={(value) => {
              form.setFieldValue('reason', value as FlagReason);
              form.clearFieldError('reason');
              form.clearFieldError('note');
            }}
          >
            <Stack gap="sm" mt="xs">
              {FLAG_REASONS.map((reason) => (
                <Radio
                  key={reason}
                  value={reason}
                  label={t(`flags:reasons.${reason}.label`)}
                  description={t(`flags:reasons.${reason}.description`)}
                  data-autofocus={reason === FLAG_REASONS[0] || undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('flags:dialog.note')}
            description={
              noteRequired
                ? t('flags:dialog.noteRequiredHint', {
                    length: charLength(form.values.note),
                    max: NOTE_MAX,
                  })
                : t('flags:dialog.noteHint', {
                    length: charLength(form.values.note),
                    max: NOTE_MAX,
                  })
            }
            required={noteRequired}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={NOTE_MAX}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('flags:dialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
