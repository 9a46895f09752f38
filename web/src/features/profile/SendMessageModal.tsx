import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_LIMITS } from '@kizuna/shared';
import { FormAlert } from '../../ui/FormAlert';
import { mapErrorToForm } from '../../ui/errors';
import { charLength, maxLen, required, rule } from '../../ui/validators';
import { SendMemberMessageDocument } from '../notifications/graphql';

interface Props {
  member: { id: string; displayName: string };
  onClose: () => void;
}

/** Staff write to one member; it reaches them as a notification (and mail if they chose it). */
export function SendMessageModal({ member, onClose }: Props) {
  const { t } = useTranslation(['profile', 'common']);
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SendMemberMessageDocument);
  const max = NOTIFICATION_LIMITS.messageMax;
  const check = rule(t, 'message', required, maxLen(max));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const problem = check(message);
    setFieldError(problem);
    if (problem) return;
    try {
      await send({ variables: { input: { memberId: member.id, message: message.trim() } } });
      notifications.show({
        color: 'kizuna',
        message: t('message.sent', { name: member.displayName }),
      });
      onClose();
    } catch (error) {
      const mapped = mapErrorToForm(t, error, ['message']);
      setFieldError(mapped.fieldErrors.message ?? null);
      setFormError(mapped.formMessage);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={t('message.title', { name: member.displayName })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('message.lead')}
          </Text>
          <FormAlert message={formError} />
          <Textarea
            label={t('message.label')}
            description={t('message.count', { count: charLength(message), max })}
            required
            autosize
            minRows={5}
            maxRows={14}
            maxLength={max}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
            data-testid="member-message"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('message.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
