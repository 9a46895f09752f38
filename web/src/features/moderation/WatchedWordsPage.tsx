import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFilter, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WatchedWordAction } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { formatDate } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { maxLen, minLen, required, rule } from '../../ui/validators';
import { AddWatchedWordDocument, RemoveWatchedWordDocument, WatchedWordsDocument } from './graphql';
import { oneOf, WATCHED_WORD_ACTIONS, WATCHED_WORD_MAX } from './logic';

const ACTION_COLORS: Record<WatchedWordAction, string> = {
  BLOCK: 'red',
  APPROVE: 'grape',
  FLAG: 'orange',
};

/** Matching ignores width, case and spaces: two letters is the shortest word that means anything. */
const WORD_MIN = 2;

/**
 * Words that stop a post (BLOCK), hold it for approval (APPROVE) or put it in the review queue
 * (FLAG), with what each does and how matching treats Japanese.
 */
export function WatchedWordsPage() {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const { data, error, refetch } = useQuery(WatchedWordsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(RemoveWatchedWordDocument, {
    refetchQueries: [WatchedWordsDocument],
    awaitRefetchQueries: true,
  });
  const [removing, setRemoving] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [actionFilter, setActionFilter] = useState<WatchedWordAction | null>(null);
  const words = data?.watchedWords ?? [];
  const needle = search.trim().toLowerCase();
  const shown = words.filter(
    (w) =>
      (!needle || w.word.toLowerCase().includes(needle)) &&
      (!actionFilter || w.action === actionFilter),
  );

  const removeWord = async (id: string, word: string) => {
    setRemoving(id);
    try {
      await remove({ variables: { id } });
      notifications.show({ color: 'kizuna', message: t('words.removed', { word }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Page title={t('words.title')} description={t('words.lead')} size="lg">
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('words.howTitle')}
          </Title>
          <List spacing="xs" size="sm">
            {WATCHED_WORD_ACTIONS.map((action) => (
              <List.Item key={action}>
                <Text span fw={700} size="sm">
                  {t(`words.action.${action}`)}
                </Text>
                {': '}
                {t(`words.actionHint.${action}`)}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t('words.matching')}
          </Text>
        </Stack>
      </Paper>

      <AddWordForm />

      <Stack gap="sm" component="section" aria-labelledby="watched-words-list">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h3" id="watched-words-list">
            {t('words.listTitle', { count: words.length })}
          </Title>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label={t('words.search')}
              type="search"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', xs: 200 }}
            />
            <Select
              label={t('words.filterAction')}
              placeholder={t('words.allActions')}
              leftSection={<IconFilter size={16} aria-hidden />}
              data={WATCHED_WORD_ACTIONS.map((a) => ({
                value: a,
                label: t(`words.action.${a}`),
              }))}
              value={actionFilter}
              onChange={(v) => setActionFilter(oneOf(WATCHED_WORD_ACTIONS, v))}
              clearable
              w={{ base: '100%', xs: 180 }}
            />
          </Group>
        </Group>
        {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
        {!data && !error ? <ListSkeleton rows={4} height={44} /> : null}
        {data && words.length === 0 ? (
          <EmptyPanel title={t('words.emptyTitle')} description={t('words.emptyBody')} />
        ) : null}
        {data && words.length > 0 && shown.length === 0 ? (
          <EmptyPanel title={t('words.noMatch')} />
        ) : null}
        {shown.length > 0 ? (
          <Paper withBorder radius="lg">
            <Table.ScrollContainer minWidth={520}>
              <Table
                verticalSpacing="xs"
                horizontalSpacing="md"
                aria-labelledby="watched-words-list"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('words.colWord')}</Table.Th>
                    <Table.Th>{t('words.colAction')}</Table.Th>
                    <Table.Th>{t('words.colAdded')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('words.colRemove')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((w) => (
                    <Table.Tr key={w.id} data-testid="watched-word" data-word={w.word}>
                      <Table.Td>
                        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {w.word}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={ACTION_COLORS[w.action]} variant="light" radius="sm">
                          {t(`words.action.${w.action}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(w.createdAt, i18n.language)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          loading={removing === w.id}
                          aria-label={t('words.remove', { word: w.word })}
                          onClick={() => void removeWord(w.id, w.word)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        ) : null}
      </Stack>
    </Page>
  );
}

function AddWordForm() {
  const { t } = useTranslation(['moderation', 'common']);
  const [add, { loading }] = useMutation(AddWatchedWordDocument, {
    refetchQueries: [WatchedWordsDocument],
  });
  const form = useForm({
    initialValues: { word: '', action: 'FLAG' as WatchedWordAction },
    validate: {
      word: rule(t, 'word', required, minLen(WORD_MIN), maxLen(WATCHED_WORD_MAX)),
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await add({ variables: { input: { word: values.word.trim(), action: values.action } } });
      notifications.show({
        color: 'kizuna',
        message: t('words.added', { word: values.word.trim() }),
      });
      form.reset();
    } catch (e) {
      server.report(e);
    }
  });
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="add-watched-word"
    >
      <form onSubmit={submit} noValidate data-testid="add-word-form">
        <Stack gap="md">
          <Title order={2} size="h4" id="add-watched-word">
            {t('words.addTitle')}
          </Title>
          <FormAlert message={server.message} />
          <TextInput
            label={t('words.word')}
            description={t('words.wordHint', { min: WORD_MIN, max: WATCHED_WORD_MAX })}
            required
            maxLength={WATCHED_WORD_MAX}
            {...form.getInputProps('word')}
          />
          <Radio.Group label={t('words.actionLabel')} required {...form.getInputProps('action')}>
            <Stack gap="sm" mt="xs">
              {WATCHED_WORD_ACTIONS.map((action) => (
                <Radio
                  key={action}
                  value={action}
                  label={t(`words.action.${action}`)}
                  description={t(`words.actionHint.${action}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={loading}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('words.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
