import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { EVENT_LIMITS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import type { EventAudience } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, required, rule } from '../../../ui/validators';
import { MessageEventAttendeesDocument } from './graphql';
import { audiences } from './logic';

/** Staff write to the event's members, in app and by mail as each member's settings say. */
export function MessageAttendeesModal({
  eventId,
  started,
  opened,
  onClose,
}: {
  eventId: string;
  started: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [send, { loading }] = useMutation(MessageEventAttendeesDocument);
  const form = useForm<{ audience: EventAudience; message: string }>({
    initialValues: { audience: 'GOING', message: '' },
    validate: {
      message: (v) => rule(t, 'message', required, maxLen(EVENT_LIMITS.messageMax))(v.trim()),
    },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async (v) => {
    server.clear();
    try {
      const { data } = await send({
        variables: { input: { eventId, audience: v.audience, message: v.message } },
      });
      notifications.show({
        color: 'kizuna',
        message: t('message.sent', { count: data?.messageEventAttendees ?? 0 }),
      });
      form.reset();
      onClose();
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('message.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('message.lead')}
          </Text>
          <Select
            label={t('message.audience')}
            allowDeselect={false}
            data={audiences(started).map((a) => ({ value: a, label: t(`message.audiences.${a}`) }))}
            {...form.getInputProps('audience')}
          />
          <Textarea
            label={t('message.body')}
            withAsterisk
            autosize
            minRows={4}
            maxLength={EVENT_LIMITS.messageMax}
            data-autofocus
            {...form.getInputProps('message')}
          />
          <FormAlert message={server.message} />
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
