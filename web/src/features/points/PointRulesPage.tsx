import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { PointRulesDocument, UpdatePointRulesDocument } from './graphql';
import { POINT_RULES, type PointRuleKey } from './logic';

interface EditableRule {
  key: string;
  points: number | string;
  dailyCap: number | string;
  once: boolean;
  enabled: boolean;
}

const validPoints = (v: number | string) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100000;
const validCap = (v: number | string) =>
  v === '' || (typeof v === 'number' && Number.isInteger(v) && v >= 1);

/** Admins set how many points each action earns, its daily cap and whether it counts at all. */
export function PointRulesPage() {
  const { t } = useTranslation(['points', 'common']);
  const { data, error, refetch } = useQuery(PointRulesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [save, { loading }] = useMutation(UpdatePointRulesDocument, {
    refetchQueries: [PointRulesDocument],
  });
  const [edits, setEdits] = useState<EditableRule[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const rules: EditableRule[] | null =
    edits ??
    (data
      ? data.pointRules.map((r) => ({
          key: r.key,
          points: r.points,
          dailyCap: r.dailyCap ?? '',
          once: r.once,
          enabled: r.enabled,
        }))
      : null);
  const change = (i: number, patch: Partial<EditableRule>) =>
    setEdits(rules!.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const label = (key: string) =>
    (POINT_RULES as readonly string[]).includes(key)
      ? t(`reasons.${key as PointRuleKey}`)
      : t('reasons.other', { rule: key });

  const submit = async () => {
    setMessage(null);
    if (rules!.some((r) => !validPoints(r.points) || !validCap(r.dailyCap))) {
      return setMessage(t('rules.invalid'));
    }
    try {
      await save({
        variables: {
          rules: rules!.map((r) => ({
            key: r.key,
            points: r.points as number,
            dailyCap: r.dailyCap === '' ? null : (r.dailyCap as number),
            enabled: r.enabled,
          })),
        },
      });
      setEdits(null);
      notifications.show({ color: 'kizuna', message: t('rules.saved') });
    } catch (e) {
      setMessage(errorMessage(t, toAppError(e)));
    }
  };

  return (
    <Page title={t('rules.title')} description={t('rules.lead')} size="lg">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!rules && !error ? <ListSkeleton rows={6} /> : null}
      {rules && rules.length === 0 ? <EmptyPanel title={t('rules.empty')} /> : null}
      {rules && rules.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <FormAlert message={message} />
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rules.rule')}</Table.Th>
                    <Table.Th>{t('rules.points')}</Table.Th>
                    <Table.Th>{t('rules.dailyCap')}</Table.Th>
                    <Table.Th>{t('rules.enabled')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rules.map((r, i) => (
                    <Table.Tr key={r.key} data-testid="point-rule-row">
                      <Table.Td>
                        <Stack gap={2}>
                          <Text size="sm" fw={600}>
                            {label(r.key)}
                          </Text>
                          <Group gap={6}>
                            <Text size="xs" c="dimmed" ff="monospace">
                              {r.key}
                            </Text>
                            {r.once ? (
                              <Badge size="xs" variant="light" color="gray">
                                {t('rules.once')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          w={110}
                          min={0}
                          max={100000}
                          allowDecimal={false}
                          aria-label={`${label(r.key)} — ${t('rules.points')}`}
                          value={r.points}
                          error={!validPoints(r.points)}
                          onChange={(v) => change(i, { points: v })}
                        />
                      </Table.Td>
                      <Table.Td>
                        {r.once ? (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        ) : (
                          <NumberInput
                            size="xs"
                            w={110}
                            min={1}
                            allowDecimal={false}
                            placeholder={t('rules.noCap')}
                            aria-label={`${label(r.key)} — ${t('rules.dailyCap')}`}
                            value={r.dailyCap}
                            error={!validCap(r.dailyCap)}
                            onChange={(v) => change(i, { dailyCap: v })}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={t('rules.enabledFor', { name: label(r.key) })}
                          checked={r.enabled}
                          onChange={(e) => change(i, { enabled: e.currentTarget.checked })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!edits} onClick={() => setEdits(null)}>
                {t('common:actions.reset')}
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
