import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { ErrorPanel, ListSkeleton } from '../../ui/states';
import { moveId } from '../spaces/order';
import { ReactionKindsDocument, UpdateReactionKindsDocument } from './graphql';
import { kindProblem, MAX_KINDS, toInput, type EditableKind } from './reactionKinds';

/** Admins choose the reactions members can give: emoji, names, order, on or off. */
export function ReactionKindsPage() {
  const { t } = useTranslation(['reactionKinds', 'posts', 'common']);
  const { data, error, refetch } = useQuery(ReactionKindsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [save, { loading }] = useMutation(UpdateReactionKindsDocument, {
    refetchQueries: [ReactionKindsDocument],
  });
  // Unsaved edits; until the first one, the list as the server has it.
  const [edits, setEdits] = useState<EditableKind[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const kinds = edits ?? (data ? fromServer(data.reactionKinds) : null);
  const setKinds = (next: (ks: EditableKind[]) => EditableKind[]) => setEdits(next(kinds!));

  const change = (i: number, patch: Partial<EditableKind>) =>
    setKinds((ks) => ks.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const problems = (kinds ?? []).map((k) => kindProblem(k, kinds!));

  const submit = async () => {
    setMessage(null);
    if (problems.some(Boolean)) return setMessage(t('fixRows'));
    try {
      await save({ variables: { kinds: toInput(kinds!) } });
      setKinds((ks) => ks.map((k) => ({ ...k, isNew: false })));
      notifications.show({ color: 'kizuna', message: t('saved') });
    } catch (e) {
      setMessage(errorMessage(t, toAppError(e)));
    }
  };

  return (
    <Page title={t('title')} description={t('lead')} size="lg">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!kinds && !error ? <ListSkeleton rows={4} /> : null}
      {kinds ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <FormAlert message={message} />
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('order')}</Table.Th>
                    <Table.Th>{t('key')}</Table.Th>
                    <Table.Th>{t('emoji')}</Table.Th>
                    <Table.Th>{t('labelJa')}</Table.Th>
                    <Table.Th>{t('labelEn')}</Table.Th>
                    <Table.Th>{t('enabled')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {kinds.map((k, i) => (
                    <Table.Tr key={i} data-testid="reaction-kind-row">
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            disabled={i === 0}
                            aria-label={t('moveUp', { name: k.labelJa || k.key })}
                            onClick={() => setKinds((ks) => moveRow(ks, i, -1))}
                          >
                            <IconArrowUp size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            disabled={i === kinds.length - 1}
                            aria-label={t('moveDown', { name: k.labelJa || k.key })}
                            onClick={() => setKinds((ks) => moveRow(ks, i, 1))}
                          >
                            <IconArrowDown size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {k.isNew ? (
                          <TextInput
                            size="xs"
                            dir="ltr"
                            aria-label={t('key')}
                            value={k.key}
                            error={
                              problems[i] === 'key' || problems[i] === 'duplicate'
                                ? t(`errors.${problems[i]}`)
                                : undefined
                            }
                            onChange={(e) =>
                              change(i, { key: e.currentTarget.value.toLowerCase() })
                            }
                          />
                        ) : (
                          <Text size="sm" ff="monospace">
                            {k.key}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          w={70}
                          aria-label={t('emoji')}
                          value={k.emoji}
                          error={problems[i] === 'emoji' ? t('errors.emoji') : undefined}
                          onChange={(e) => change(i, { emoji: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={t('labelJa')}
                          value={k.labelJa}
                          maxLength={20}
                          error={
                            problems[i] === 'label' && !k.labelJa.trim()
                              ? t('errors.label')
                              : undefined
                          }
                          onChange={(e) => change(i, { labelJa: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={t('labelEn')}
                          value={k.labelEn}
                          maxLength={20}
                          error={
                            problems[i] === 'label' && !k.labelEn.trim()
                              ? t('errors.label')
                              : undefined
                          }
                          onChange={(e) => change(i, { labelEn: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={t('enabledFor', { name: k.labelJa || k.key })}
                          checked={k.enabled}
                          onChange={(e) => change(i, { enabled: e.currentTarget.checked })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" c="dimmed">
              {t('note')}
            </Text>
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={kinds.length >= MAX_KINDS}
                onClick={() =>
                  setKinds((ks) => [
                    ...ks,
                    { key: '', emoji: '', labelJa: '', labelEn: '', enabled: true, isNew: true },
                  ])
                }
              >
                {t('add')}
              </Button>
              <Button loading={loading} onClick={() => void submit()}>
                {t('common:actions.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Page>
  );
}

function fromServer(
  kinds: Array<{
    key: string;
    emoji: string;
    labelJa: string;
    labelEn: string;
    enabled: boolean;
    position: number;
  }>,
): EditableKind[] {
  return [...kinds]
    .sort((a, b) => a.position - b.position)
    .map(({ key, emoji, labelJa, labelEn, enabled }) => ({
      key,
      emoji,
      labelJa,
      labelEn,
      enabled,
    }));
}

function moveRow(kinds: EditableKind[], i: number, delta: -1 | 1): EditableKind[] {
  const ids = kinds.map((_, j) => String(j));
  return moveId(ids, String(i), delta).map((j) => kinds[Number(j)]);
}
