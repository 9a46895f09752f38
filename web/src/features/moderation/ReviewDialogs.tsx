import { useState } from 'react';
import { Button, Group, Kbd, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { fieldErrorMessage, mapErrorToForm } from '../../ui/errors';
import { maxLen, rule } from '../../ui/validators';
import { DurationField, durationDays, durationIssue, type Duration } from './DurationField';
import { DAYS_MAX, REVIEW_ACTIONS, SHORTCUTS, SUSPEND_REASON_MAX } from './logic';

export interface DialogItem {
  id: string;
  label: string;
  authorName: string | null;
}

/**
 * Agree, hide the content and suspend its author: for how long, and the reason (shown to the
 * member when they try to sign in, and to the author beside the hidden content).
 */
export function SuspendAuthorDialog({
  item,
  onClose,
  onConfirm,
}: {
  item: DialogItem;
  onClose: () => void;
  /** Resolves when decided (or decided elsewhere); rejects with the api's error. */
  onConfirm: (values: { suspendDays: number | null; reason: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation(['moderation', 'common']);
  const [duration, setDuration] = useState<Duration>({ mode: 'days', days: 7 });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const reasonError = rule(t, 'reason', maxLen(SUSPEND_REASON_MAX))(reason);
  const issue = durationIssue(duration);
  const daysError = issue
    ? fieldErrorMessage(t, {
        field: 'suspendDays',
        issue,
        ...(issue === 'OUT_OF_RANGE' ? { params: { min: 1, max: DAYS_MAX } } : {}),
      })
    : null;

  const submit = async () => {
    setTried(true);
    if (reasonError || daysError) return;
    setError(null);
    setBusy(true);
    try {
      await onConfirm({ suspendDays: durationDays(duration), reason: reason.trim() || null });
    } catch (e) {
      const mapped = mapErrorToForm(t, e, ['suspendDays', 'reason']);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.formMessage);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('queue.suspend.title', { name: item.authorName ?? '' })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        data-testid="suspend-author-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('queue.suspend.body', { label: item.label })}</Text>
          <FormAlert message={error} />
          <DurationField
            value={duration}
            onChange={setDuration}
            error={(tried ? daysError : null) ?? fieldErrors.suspendDays}
          />
          <Textarea
            label={t('queue.suspend.reason')}
            description={t('queue.suspend.reasonHint')}
            autosize
            minRows={3}
            maxRows={8}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reasonError ?? fieldErrors.reason}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('queue.suspend.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Deleting cannot be undone: asked once more. */
export function DeleteContentDialog({
  item,
  onClose,
  onConfirm,
}: {
  item: DialogItem;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation(['moderation', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await onConfirm();
    } catch (e) {
      setError(mapErrorToForm(t, e, []).formMessage);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('queue.delete.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('queue.delete.body', { label: item.label })}
        </Text>
        <FormAlert message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void submit()} data-autofocus>
            {t('queue.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const MOVES = [
  ['j', 'next'],
  ['k', 'previous'],
  ['o', 'open'],
] as const;

/** The keyboard shortcuts of the queue. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['moderation', 'common']);
  const rows: [string, string][] = [
    ...MOVES.map(([key, what]) => [key, t(`queue.shortcuts.${what}`)] as [string, string]),
    ...REVIEW_ACTIONS.map(
      (action) => [SHORTCUTS[action], t(`queue.shortcuts.${action}`)] as [string, string],
    ),
    ['?', t('queue.shortcuts.help')],
  ];
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('queue.shortcuts.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('queue.shortcuts.lead')}
        </Text>
        <Table data-testid="shortcuts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('queue.shortcuts.key')}</Table.Th>
              <Table.Th>{t('queue.shortcuts.does')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([key, does]) => (
              <Table.Tr key={key}>
                <Table.Td>
                  <Kbd>{key}</Kbd>
                </Table.Td>
                <Table.Td>{does}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
