import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { AdjustPointsDocument, MemberStandingDocument, PointHistoryDocument } from './graphql';

interface Props {
  member: { id: string; displayName: string };
  onClose: () => void;
}

/** Moderators add or remove points by hand, with a reason the member sees; confirmed first. */
export function AdjustPointsModal({ member, onClose }: Props) {
  const { t, i18n } = useTranslation(['points', 'common']);
  const [points, setPoints] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ points?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [balance, setBalance] = useState<number | null>(null);
  const [adjust, { loading }] = useMutation(AdjustPointsDocument, {
    refetchQueries: [MemberStandingDocument, PointHistoryDocument],
  });
  const amount = typeof points === 'number' ? points : Number.NaN;
  const signed = `${amount > 0 ? '+' : ''}${formatNumber(amount, i18n.language)}`;

  const review = (event: React.FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!Number.isInteger(amount) || amount === 0) next.points = t('adjust.errors.points');
    if (!reason.trim()) next.reason = t('adjust.errors.reason');
    setErrors(next);
    if (!next.points && !next.reason) setConfirming(true);
  };

  const submit = async () => {
    setFormError(null);
    try {
      const { data } = await adjust({
        variables: { input: { memberId: member.id, points: amount, reason: reason.trim() } },
      });
      const newBalance = data?.adjustPoints.balance ?? null;
      setBalance(newBalance);
      notifications.show({
        color: 'kizuna',
        message: t('adjust.done', { balance: formatNumber(newBalance ?? 0, i18n.language) }),
      });
    } catch (error) {
      setConfirming(false);
      setFormError(errorMessage(t, toAppError(error)));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('adjust.title', { name: member.displayName })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {balance !== null ? (
        <Stack gap="md">
          <Alert color="kizuna" variant="light" role="status" data-testid="adjust-done">
            {t('adjust.done', { balance: formatNumber(balance, i18n.language) })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common:actions.close')}
            </Button>
          </Group>
        </Stack>
      ) : confirming ? (
        <Stack gap="md">
          <Text>{t('adjust.confirm', { name: member.displayName, points: signed })}</Text>
          <Text size="sm" c="dimmed" className="kizuna-pre">
            {reason.trim()}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('adjust.back')}
            </Button>
            <Button
              color={amount < 0 ? 'red' : undefined}
              loading={loading}
              onClick={() => void submit()}
              data-autofocus
            >
              {t('adjust.submit')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={review} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <NumberInput
              label={t('adjust.points')}
              required
              allowDecimal={false}
              min={-100000}
              max={100000}
              value={points}
              onChange={setPoints}
              error={errors.points}
              data-autofocus
              data-testid="adjust-points"
            />
            <Textarea
              label={t('adjust.reason')}
              description={t('adjust.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
              data-testid="adjust-reason"
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit">{t('adjust.next')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
