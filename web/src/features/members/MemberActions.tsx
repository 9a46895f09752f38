import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Menu,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconFileDescription,
  IconShieldCheck,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MembersQuery, Role } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { errorMessage, fieldErrorMessage, mapErrorToForm, toAppError } from '../../ui/errors';
import { maxLen, rule } from '../../ui/validators';
import {
  DurationField,
  durationDays,
  durationIssue,
  type Duration,
} from '../moderation/DurationField';
import { DAYS_MAX, SUSPEND_REASON_MAX } from '../moderation/logic';
import { RestoreMemberDocument, SetRoleDocument, SuspendMemberDocument } from './graphql';

type Member = MembersQuery['members']['nodes'][number];

export const ROLE_ORDER: Role[] = ['MEMBER', 'PRODUCT', 'MODERATOR', 'ADMIN'];

function RoleModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation(['members', 'common']);
  const [role, setRole] = useState<Role>(member.role);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetRoleDocument);
  const submit = async () => {
    setError(null);
    try {
      await save({ variables: { memberId: member.id, role } });
      notifications.show({
        color: 'kizuna',
        message: t('actions.roleChanged', {
          name: member.displayName,
          role: t(`common:roles.${role}`),
        }),
      });
      onClose();
    } catch (e) {
      setError(mapErrorToForm(t, e, []).formMessage);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('actions.roleTitle', { name: member.displayName })}
      centered
      size="lg"
    >
      <Stack gap="md">
        <FormAlert message={error} />
        <Radio.Group
          value={role}
          onChange={(v) => setRole(v as Role)}
          label={t('actions.roleLabel')}
        >
          <Stack gap="sm" mt="xs">
            {ROLE_ORDER.map((r) => (
              <Radio
                key={r}
                value={r}
                label={t(`common:roles.${r}`)}
                description={t(`common:roleDescriptions.${r}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={loading} disabled={role === member.role} onClick={() => void submit()}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Who a suspension or a restoration is about: any member with a name to show. */
export interface MemberRef {
  id: string;
  displayName: string;
}

/**
 * Suspends a member for some days or until restored, with a reason the member is shown when
 * they try to sign in. `onDone` follows a suspension (to refetch what shows it).
 */
export function SuspendModal({
  member,
  onClose,
  onDone,
}: {
  member: MemberRef;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation(['members', 'common']);
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<Duration>({ mode: 'indefinite', days: 7 });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [suspend, { loading }] = useMutation(SuspendMemberDocument);
  const reasonError = rule(t, 'reason', maxLen(SUSPEND_REASON_MAX))(reason);
  const issue = durationIssue(duration);
  const daysError = issue
    ? fieldErrorMessage(t, {
        field: 'days',
        issue,
        ...(issue === 'OUT_OF_RANGE' ? { params: { min: 1, max: DAYS_MAX } } : {}),
      })
    : null;
  const submit = async () => {
    setError(null);
    try {
      await suspend({
        variables: {
          input: {
            memberId: member.id,
            reason: reason.trim() || null,
            days: durationDays(duration),
          },
        },
      });
      notifications.show({
        color: 'kizuna',
        message: t('actions.suspended', { name: member.displayName }),
      });
      onDone?.();
      onClose();
    } catch (e) {
      const mapped = mapErrorToForm(t, e, ['reason', 'days']);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.formMessage);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('actions.suspendTitle', { name: member.displayName })}
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          {duration.mode === 'indefinite'
            ? t('actions.suspendBody')
            : t('actions.suspendBodyDays', { count: Number(duration.days) || 0 })}
        </Text>
        <FormAlert message={error} />
        <DurationField
          value={duration}
          onChange={setDuration}
          error={daysError ?? fieldErrors.days}
        />
        <Textarea
          label={t('actions.reason')}
          description={t('actions.reasonHint')}
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError ?? fieldErrors.reason}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={loading}
            disabled={!!reasonError || !!daysError}
            onClick={() => void submit()}
          >
            {t('actions.suspend')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Lets a suspended member sign in again; `onDone` follows the restoration. */
export function RestoreModal({
  member,
  onClose,
  onDone,
}: {
  member: MemberRef;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation(['members', 'common']);
  const [restore, { loading }] = useMutation(RestoreMemberDocument);
  const submit = async () => {
    try {
      await restore({ variables: { memberId: member.id } });
      notifications.show({
        color: 'kizuna',
        message: t('actions.restored', { name: member.displayName }),
      });
      onDone?.();
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) });
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('actions.restoreTitle', { name: member.displayName })}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t('actions.restoreBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            {t('actions.restore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A row's menu: the member's moderation record (for every staff member), and, where the viewer
 * may, change role (admins), suspend and restore.
 */
export function MemberActions({
  member,
  canChangeRole,
  canSuspend,
}: {
  member: Member;
  canChangeRole: boolean;
  canSuspend: boolean;
}) {
  const { t } = useTranslation(['members', 'common']);
  const [dialog, setDialog] = useState<'role' | 'suspend' | 'restore' | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('actions.menu', { name: member.displayName })}
          >
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component={Link}
            to={`/manage/members/${member.id}/record`}
            leftSection={<IconFileDescription size={16} aria-hidden />}
          >
            {t('actions.record')}
          </Menu.Item>
          {canChangeRole ? (
            <Menu.Item
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => setDialog('role')}
            >
              {t('actions.changeRole')}
            </Menu.Item>
          ) : null}
          {!canSuspend ? null : member.status === 'SUSPENDED' ? (
            <Menu.Item
              leftSection={<IconUserCheck size={16} aria-hidden />}
              onClick={() => setDialog('restore')}
            >
              {t('actions.restore')}
            </Menu.Item>
          ) : member.status === 'ACTIVE' ? (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} aria-hidden />}
              onClick={() => setDialog('suspend')}
            >
              {t('actions.suspend')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'role' ? <RoleModal member={member} onClose={close} /> : null}
      {dialog === 'suspend' ? <SuspendModal member={member} onClose={close} /> : null}
      {dialog === 'restore' ? <RestoreModal member={member} onClose={close} /> : null}
    </>
  );
}
