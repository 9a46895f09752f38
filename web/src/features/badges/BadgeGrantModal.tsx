import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { mapErrorToForm } from '../../ui/errors';
import { BadgeIcon } from './BadgeIcon';
import {
  AwardBadgeDocument,
  BadgesDocument,
  MemberBadgesDocument,
  RevokeBadgeDocument,
} from './graphql';
import { awardable, BADGE_LIMITS, badgeName } from './logic';

interface Props {
  member: { id: string; displayName: string };
  mode: 'award' | 'revoke';
  /** What the member holds (to leave out of the award list). */
  held: readonly { badge: { id: string } }[];
  /** The badge to revoke. */
  badge: { id: string; nameJa: string; nameEn: string; icon: string } | null;
  onClose: () => void;
}

/** Moderators award a manual badge or revoke one, always with a reason. */
export function BadgeGrantModal({ member, mode, held, badge, onClose }: Props) {
  const { t, i18n } = useTranslation(['badges', 'common']);
  const badges = useQuery(BadgesDocument, {
    variables: { includeDisabled: false },
    skip: mode !== 'award',
  });
  const [badgeId, setBadgeId] = useState<string | null>(badge?.id ?? null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ badgeId?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refetchQueries = [MemberBadgesDocument, BadgesDocument];
  const [award, awarding] = useMutation(AwardBadgeDocument, { refetchQueries });
  const [revoke, revoking] = useMutation(RevokeBadgeDocument, { refetchQueries });
  const options = awardable(badges.data?.badges ?? [], held).map((b) => ({
    value: b.id,
    label: `${b.icon} ${badgeName(b, i18n.language)}`,
  }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!badgeId) next.badgeId = t('grant.errors.badge');
    if (!reason.trim()) next.reason = t('grant.errors.reason');
    setErrors(next);
    setFormError(null);
    if (next.badgeId || next.reason) return;
    const input = { memberId: member.id, badgeId: badgeId!, reason: reason.trim() };
    try {
      if (mode === 'award') await award({ variables: { input } });
      else await revoke({ variables: { input } });
      notifications.show({
        color: 'kizuna',
        message: mode === 'award' ? t('grant.awarded') : t('grant.revoked'),
      });
      onClose();
    } catch (error) {
      const mapped = mapErrorToForm(t, error, ['badgeId', 'reason']);
      setErrors(mapped.fieldErrors);
      setFormError(mapped.formMessage);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={
        mode === 'award'
          ? t('grant.awardTitle', { name: member.displayName })
          : t('grant.revokeTitle', { name: member.displayName })
      }
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          {mode === 'award' ? (
            <Select
              label={t('grant.badge')}
              required
              data={options}
              value={badgeId}
              onChange={setBadgeId}
              error={errors.badgeId}
              nothingFoundMessage={t('grant.noneAwardable')}
              placeholder={
                badges.data && options.length === 0 ? t('grant.noneAwardable') : undefined
              }
              data-testid="grant-badge"
              data-autofocus
            />
          ) : badge ? (
            <Group gap="sm">
              <BadgeIcon icon={badge.icon} size={36} />
              <Text fw={700}>{badgeName(badge, i18n.language)}</Text>
            </Group>
          ) : null}
          <Textarea
            label={t('grant.reason')}
            description={mode === 'award' ? t('grant.awardHint') : t('grant.revokeHint')}
            required
            autosize
            minRows={2}
            maxLength={BADGE_LIMITS.reasonMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-testid="grant-reason"
            data-autofocus={mode === 'revoke' || undefined}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="submit"
              color={mode === 'revoke' ? 'red' : undefined}
              loading={awarding.loading || revoking.loading}
            >
              {mode === 'award' ? t('grant.award') : t('grant.revoke')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
