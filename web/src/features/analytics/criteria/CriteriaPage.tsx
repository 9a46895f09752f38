import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  NavLink,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ENGAGEMENT_TIERS, LOYALTY_CRITERIA_LIMITS, NPS_CLASSES } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canAccess, STAFF } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type {
  LoyaltyCriteriaSetFieldsFragment,
  LoyaltyMetric,
  NpsClass,
} from '../../../gql/graphql';
import { errorMessage, fieldErrorMessage, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { ErrorPanel, ListSkeleton } from '../../../ui/states';
import { formatCount } from '../dashboard/logic';
import { ANALYTICS_PATHS, tierName } from '../engagement/logic';
import {
  CriteriaRanksDocument,
  DeleteLoyaltyCriteriaSetDocument,
  LoyaltyCriteriaSetsDocument,
  LoyaltyPreviewDocument,
  SaveLoyaltyCriteriaSetDocument,
} from './graphql';
import {
  boundsOf,
  criteriaIssues,
  findRank,
  kindOf,
  mapCriteriaError,
  METRICS,
  newRow,
  OP_SYMBOLS,
  OPS,
  rankValue,
  rowsOf,
  sameCriteria,
  toCriteriaInput,
  withMetric,
  type CriteriaValues,
  type CriterionRow,
  type RankChoice,
} from './logic';
import { useCriterionText } from './parts';
import { StandingLists } from './StandingLists';

type SavedSet = LoyaltyCriteriaSetFieldsFragment;

/** How long typing rests before the counts are asked for again. */
const PREVIEW_DEBOUNCE_MS = 400;

/**
 * Who the loyal customers are, by the community's own definition: criteria over engagement,
 * purchases and NPS; members meeting all are loyal, members meeting some are candidates. Saved
 * sets become segments for surveys, feedback and CSV.
 */
export default function CriteriaPage() {
  const { t } = useTranslation('analytics');
  const [params, setParams] = useSearchParams();
  const { viewer } = useViewer();
  const mayEdit = canAccess(STAFF, viewer);
  const sets = useQuery(LoyaltyCriteriaSetsDocument, { fetchPolicy: 'cache-and-network' });
  const ranksQuery = useQuery(CriteriaRanksDocument);
  const ranks: RankChoice[] = [...(ranksQuery.data?.ranks ?? [])].sort(
    (a, b) => a.position - b.position,
  );
  const setId = params.get('set');
  const list = sets.data?.loyaltyCriteriaSets ?? null;
  const selected = setId && list ? (list.find((s) => s.id === setId) ?? null) : null;
  const missing = !!setId && !!list && !selected;

  const choose = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('set', id);
    else next.delete('set');
    setParams(next);
  };

  return (
    <Page
      title={t('criteria.title')}
      description={t('criteria.lead')}
      actions={
        <Anchor component={Link} to={ANALYTICS_PATHS.dashboard} size="sm">
          {t('nav.backToDashboard')}
        </Anchor>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SavedSets
            sets={list}
            error={sets.error}
            onRetry={() => void sets.refetch().catch(() => undefined)}
            selectedId={selected?.id ?? null}
            onChoose={choose}
            mayEdit={mayEdit}
            ranks={ranks}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {missing ? (
            <Alert color="yellow" mb="md" role="alert">
              {t('criteria.missing')}
            </Alert>
          ) : null}
          {setId && !list && !sets.error ? (
            <ListSkeleton rows={3} />
          ) : (
            <Builder
              key={selected?.id ?? 'new'}
              set={selected}
              ranks={ranks}
              mayEdit={mayEdit}
              onSaved={(saved) => choose(saved.id)}
              onDeleted={() => choose(null)}
            />
          )}
        </Grid.Col>
      </Grid>
    </Page>
  );
}

function SavedSets({
  sets,
  error,
  onRetry,
  selectedId,
  onChoose,
  mayEdit,
  ranks,
}: {
  sets: readonly SavedSet[] | null;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  onChoose: (id: string | null) => void;
  mayEdit: boolean;
  ranks: readonly RankChoice[];
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const text = useCriterionText(ranks);
  return (
    <Paper withBorder radius="md" p="sm" component="nav" aria-labelledby="saved-sets-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id="saved-sets-title">
            {t('criteria.saved')}
          </Title>
          {mayEdit ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => onChoose(null)}
              data-testid="new-criteria-set"
            >
              {t('criteria.new')}
            </Button>
          ) : null}
        </Group>
        {error && !sets ? (
          <ErrorPanel error={error} onRetry={onRetry} />
        ) : !sets ? (
          <ListSkeleton rows={3} height={48} />
        ) : sets.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('criteria.noneSaved')}
          </Text>
        ) : (
          <Stack gap={2} data-testid="saved-sets">
            {sets.map((s) => (
              <NavLink
                key={s.id}
                component="button"
                type="button"
                active={s.id === selectedId}
                aria-current={s.id === selectedId ? 'true' : undefined}
                onClick={() => onChoose(s.id)}
                label={s.name}
                description={
                  <>
                    {t('criteria.setCounts', {
                      loyal: formatCount(s.loyalCount, lang),
                      candidates: formatCount(s.candidateCount, lang),
                    })}
                    <br />
                    {s.criteria.map((c) => text.criterion(c)).join(' · ')}
                  </>
                }
                data-testid="saved-set"
                title={t('criteria.updatedAt', { time: formatDateTime(s.updatedAt, lang) })}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Builder({
  set,
  ranks,
  mayEdit,
  onSaved,
  onDeleted,
}: {
  set: SavedSet | null;
  ranks: readonly RankChoice[];
  mayEdit: boolean;
  onSaved: (set: SavedSet) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('analytics');
  const [save, saving] = useMutation(SaveLoyaltyCriteriaSetDocument, {
    // In the list at once, so that opening the saved set finds it; the refetch brings the
    // server's order and counts.
    update(cache, { data }) {
      const saved = data?.saveLoyaltyCriteriaSet;
      if (!saved) return;
      cache.updateQuery({ query: LoyaltyCriteriaSetsDocument }, (prev) =>
        prev && !prev.loyaltyCriteriaSets.some((s) => s.id === saved.id)
          ? { loyaltyCriteriaSets: [...prev.loyaltyCriteriaSets, saved] }
          : prev,
      );
    },
    refetchQueries: [{ query: LoyaltyCriteriaSetsDocument }],
  });
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<CriteriaValues>({
    initialValues: set
      ? { name: set.name, criteria: rowsOf(set.criteria) }
      : { name: '', criteria: [newRow()] },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(criteriaIssues(values, ranks)).map(([field, issue]) => [
          field,
          fieldErrorMessage(t, { field, ...issue }),
        ]),
      ),
  });
  const rows = form.values.criteria;
  const input = toCriteriaInput(rows, ranks);
  const [debounced] = useDebouncedValue(input ? JSON.stringify(input) : null, PREVIEW_DEBOUNCE_MS);
  const preview = useQuery(LoyaltyPreviewDocument, {
    variables: { criteria: debounced ? JSON.parse(debounced) : [] },
    skip: !debounced,
  });
  const counts = debounced ? (preview.data ?? preview.previousData)?.loyaltyPreview : undefined;
  const stale = !!input && JSON.stringify(input) !== debounced;
  const unchanged = !!set && sameCriteria(rows, rowsOf(set.criteria));

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const criteria = toCriteriaInput(values.criteria, ranks);
    if (!criteria) return;
    try {
      const { data } = await save({
        variables: { input: { id: set?.id ?? null, name: values.name.trim(), criteria } },
      });
      if (!data) return;
      notifications.show({ color: 'kizuna', message: t('criteria.form.saved') });
      form.resetDirty();
      onSaved(data.saveLoyaltyCriteriaSet);
    } catch (error) {
      const mapped = mapCriteriaError(t, error, values);
      form.setErrors(mapped.fieldErrors);
      setMessage(mapped.formMessage);
    }
  });

  const setRow = (i: number, row: CriterionRow) => form.setFieldValue(`criteria.${i}`, row);

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="builder-title">
        <form onSubmit={submit} noValidate data-testid="criteria-builder">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <Title order={2} size="h4" id="builder-title">
                {set
                  ? t('criteria.form.editTitle', { name: set.name })
                  : t('criteria.form.newTitle')}
              </Title>
              <LiveCounts
                counts={counts ?? null}
                loading={!!input && (stale || preview.loading)}
                invalid={!input}
                error={preview.error}
              />
            </Group>
            <FormAlert message={message} />
            <TextInput
              label={t('criteria.form.name')}
              required
              maxLength={LOYALTY_CRITERIA_LIMITS.nameMax}
              readOnly={!mayEdit}
              {...form.getInputProps('name')}
            />
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {rows.map((row, i) => (
                <li key={i}>
                  <CriterionRowFields
                    index={i}
                    row={row}
                    ranks={ranks}
                    met={counts?.perCriterion[i] ?? null}
                    error={form.errors[`criteria.${i}.value`]}
                    canRemove={rows.length > 1 && mayEdit}
                    readOnly={!mayEdit}
                    onChange={(next) => setRow(i, next)}
                    onRemove={() => form.removeListItem('criteria', i)}
                  />
                </li>
              ))}
            </Stack>
            {form.errors.criteria ? (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.criteria}
              </Text>
            ) : null}
            {mayEdit ? (
              <Group justify="space-between">
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  disabled={rows.length >= LOYALTY_CRITERIA_LIMITS.criteriaMax}
                  onClick={() => form.insertListItem('criteria', newRow())}
                  data-testid="add-criterion"
                >
                  {t('criteria.form.add')}
                </Button>
                <Group gap="sm">
                  {set ? (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setConfirmDelete(true)}
                    >
                      {t('criteria.form.delete')}
                    </Button>
                  ) : null}
                  <Button type="submit" loading={saving.loading} data-testid="save-criteria">
                    {t('criteria.form.save')}
                  </Button>
                </Group>
              </Group>
            ) : (
              <Text size="xs" c="dimmed">
                {t('criteria.form.readOnly')}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
      <StandingLists
        setId={unchanged && set ? set.id : null}
        criteria={unchanged ? null : debounced ? (JSON.parse(debounced) as typeof input) : null}
        counts={counts ? { loyal: counts.loyal, candidates: counts.candidates } : null}
        ranks={ranks}
      />
      {set && confirmDelete ? (
        <DeleteSetModal
          set={set}
          onClose={() => setConfirmDelete(false)}
          onDeleted={() => {
            setConfirmDelete(false);
            onDeleted();
          }}
        />
      ) : null}
    </Stack>
  );
}

/** How many members the criteria find as they are typed, said politely to screen readers. */
function LiveCounts({
  counts,
  loading,
  invalid,
  error,
}: {
  counts: { loyal: number; candidates: number } | null;
  loading: boolean;
  invalid: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  return (
    <Stack gap={2} align="flex-end" aria-live="polite" data-testid="live-counts">
      {invalid ? (
        <Text size="sm" c="dimmed">
          {t('criteria.counts.invalid')}
        </Text>
      ) : error && !counts ? (
        <Text size="sm" c="red.8">
          {errorMessage(t, toAppError(error))}
        </Text>
      ) : counts ? (
        <Group gap="xs">
          <Badge size="lg" color="teal" variant="light" data-testid="count-loyal">
            {t('criteria.counts.loyal', { n: formatCount(counts.loyal, lang) })}
          </Badge>
          <Badge size="lg" color="yellow" variant="light" data-testid="count-candidates">
            {t('criteria.counts.candidates', { n: formatCount(counts.candidates, lang) })}
          </Badge>
        </Group>
      ) : null}
      {loading ? (
        <Group gap={4}>
          <Loader size="xs" aria-hidden />
          <Text size="xs" c="dimmed">
            {t('criteria.counts.updating')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

function CriterionRowFields({
  index,
  row,
  ranks,
  met,
  error,
  canRemove,
  readOnly,
  onChange,
  onRemove,
}: {
  index: number;
  row: CriterionRow;
  ranks: readonly RankChoice[];
  met: number | null;
  error: ReactNode;
  canRemove: boolean;
  readOnly: boolean;
  onChange: (row: CriterionRow) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const n = index + 1;
  const kind = kindOf(row.metric);
  const bounds = boundsOf(row.metric);
  const valueLabel = t('criteria.form.value');
  const common = {
    label: valueLabel,
    'aria-label': t('criteria.form.valueOf', { n }),
    error,
    readOnly,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as (
      'label' | 'input' | 'description' | 'error'
    )[],
    'data-testid': 'criterion-value',
  } as const;
  let valueInput: ReactNode;
  switch (kind) {
    case 'number':
      valueInput = (
        <TextInput
          {...common}
          inputMode={row.metric === 'LTV' ? 'text' : 'numeric'}
          description={
            bounds && bounds.max < 1_000_000
              ? t('criteria.form.range', {
                  min: formatCount(bounds.min, lang),
                  max: formatCount(bounds.max, lang),
                })
              : row.metric === 'LTV'
                ? t('criteria.form.yen')
                : undefined
          }
          value={row.value}
          onChange={(e) => onChange({ ...row, value: e.currentTarget.value })}
        />
      );
      break;
    case 'tier':
      valueInput = (
        <Select
          {...common}
          allowDeselect={false}
          data={ENGAGEMENT_TIERS.map((tier) => ({
            value: tier,
            label: tierName(tier.toUpperCase() as Parameters<typeof tierName>[0], lang),
          }))}
          value={row.value || null}
          onChange={(v) => onChange({ ...row, value: v ?? '' })}
        />
      );
      break;
    case 'nps':
      valueInput = (
        <Select
          {...common}
          allowDeselect={false}
          data={NPS_CLASSES.map((c) => ({
            value: c,
            label: t(`npsClass.${c.toUpperCase() as NpsClass}`),
          }))}
          value={row.value || null}
          onChange={(v) => onChange({ ...row, value: v ?? '' })}
        />
      );
      break;
    case 'rank':
      valueInput = (
        <Select
          {...common}
          allowDeselect={false}
          placeholder={t('criteria.form.chooseRank')}
          data={ranks.map((r) => ({
            value: rankValue(r),
            label: `${r.icon} ${lang === 'en' ? r.nameEn : r.nameJa}`,
          }))}
          value={(() => {
            const rank = findRank(ranks, row.value);
            return rank ? rankValue(rank) : row.value || null;
          })()}
          onChange={(v) => onChange({ ...row, value: v ?? '' })}
        />
      );
      break;
  }
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      role="group"
      aria-label={t('criteria.form.criterionN', { n })}
      data-testid="criterion-row"
    >
      <Group justify="space-between" gap="xs" mb={6} mih={28}>
        <Text size="sm" fw={700} aria-hidden>
          {t('criteria.form.criterionN', { n })}
        </Text>
        <Group gap="xs">
          {met !== null ? (
            <Text size="xs" c="dimmed" data-testid="criterion-met">
              {t('criteria.form.met', { n: formatCount(met, lang) })}
            </Text>
          ) : null}
          {canRemove ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('criteria.form.remove', { n })}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('criteria.form.metric')}
          aria-label={t('criteria.form.metricOf', { n })}
          allowDeselect={false}
          searchable
          readOnly={readOnly}
          data={METRICS.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
          value={row.metric}
          onChange={(v) => v && onChange(withMetric(row, v as LoyaltyMetric))}
          data-testid="criterion-metric"
        />
        <Select
          label={t('criteria.form.op')}
          aria-label={t('criteria.form.opOf', { n })}
          allowDeselect={false}
          readOnly={readOnly}
          data={OPS.map((o) => ({ value: o, label: `${OP_SYMBOLS[o]} ${t(`ops.${o}`)}` }))}
          value={row.op}
          onChange={(v) => v && onChange({ ...row, op: v as CriterionRow['op'] })}
          data-testid="criterion-op"
        />
        {valueInput}
      </SimpleGrid>
    </Paper>
  );
}

function DeleteSetModal({
  set,
  onClose,
  onDeleted,
}: {
  set: SavedSet;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation(['analytics', 'common']);
  const [remove, { loading }] = useMutation(DeleteLoyaltyCriteriaSetDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'LoyaltyCriteriaSet', id: set.id }) });
      cache.gc();
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const confirm = async () => {
    setMessage(null);
    try {
      await remove({ variables: { id: set.id } });
      notifications.show({
        color: 'kizuna',
        message: t('criteria.form.deleted', { name: set.name }),
      });
      onDeleted();
    } catch (error) {
      setMessage(errorMessage(t, toAppError(error)));
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('criteria.form.deleteTitle', { name: set.name })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('criteria.form.deleteBody')}</Text>
        <FormAlert message={message} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('criteria.form.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
