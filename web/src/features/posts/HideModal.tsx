import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS } from '@kizuna/shared';
import { errorMessage, toAppError } from '../../ui/errors';

/** Asks staff why a post or comment is hidden, then hides it. */
export function HideModal({
  title,
  body,
  confirmLabel,
  doneMessage,
  hide,
  loading,
  onClose,
}: {
  title: string;
  body?: string;
  confirmLabel: string;
  doneMessage: string;
  hide: (reason: string | null) => Promise<unknown>;
  loading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation(['posts', 'common']);
  const [reason, setReason] = useState('');
  const confirm = async () => {
    try {
      await hide(reason.trim() || null);
      notifications.show({ color: 'kizuna', message: doneMessage });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return (
    <Modal opened onClose={onClose} centered title={title}>
      <Stack gap="md">
        {body ? <Text size="sm">{body}</Text> : null}
        <Textarea
          label={t('moderation.reason')}
          description={t('moderation.reasonHint')}
          value={reason}
          maxLength={CONTENT_LIMITS.hideReasonMax}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
