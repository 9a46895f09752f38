import type { ReactNode } from 'react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_VALUE_LIMITS, decayed, ENGAGEMENT_LIMITS } from '@kizuna/shared';
import { ADMIN, canAccess } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type {
  CustomerValueSettingsFieldsFragment,
  EngagementSettingsFieldsFragment,
} from '../../../gql/graphql';
import { fieldErrorMessage, toAppError, type AnyT } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { ErrorPanel, LoadingState } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { formatShare, formatYen } from '../customers/logic';
import { knownAction, tierLevels } from '../member360/logic';
import {
  CustomerValueSettingsPageDocument,
  EngagementSettingsPageDocument,
  UpdateCustomerValueSettingsDocument,
  UpdateEngagementSettingsDocument,
} from './graphql';
import {
  CUSTOMER_VALUE_FIELDS,
  customerValueForm,
  customerValueInput,
  customerValueIssues,
  engagementFields,
  engagementForm,
  engagementInput,
  engagementIssues,
  weightField,
  type CustomerValueForm,
  type EngagementForm,
  type RangeIssue,
} from './logic';

const issueText = (t: AnyT, field: string, issue: RangeIssue | undefined): string | null =>
  issue ? fieldErrorMessage(t, { field, ...issue }) : null;

/** How customer value and engagement are computed: admins change it, the rest of the team reads it. */
export function SettingsPage() {
  const { t } = useTranslation('analyticsCustomers');
  const { viewer } = useViewer();
  const editable = canAccess(ADMIN, viewer);
  return (
    <Page title={t('settings.title')} description={t('settings.lead')} size="md">
      {!editable ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('settings.readOnly')}
        </Alert>
      ) : null}
      <CustomerValueSection editable={editable} />
      <EngagementSection editable={editable} />
    </Page>
  );
}

function CustomerValueSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation('analyticsCustomers');
  const { data, error, refetch } = useQuery(CustomerValueSettingsPageDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <SettingsSection
      id="settings-value"
      title={t('settings.value.title')}
      lead={t('settings.value.formula')}
      error={data ? undefined : error}
      onRetry={() => refetch()}
    >
      {data ? (
        <CustomerValueFormView settings={data.customerValueSettings} editable={editable} />
      ) : null}
    </SettingsSection>
  );
}

/** A titled panel of settings: its form once loaded, with loading and error states before. */
function SettingsSection({
  id,
  title,
  lead,
  error,
  onRetry,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'xl' }}
      component="section"
      aria-labelledby={id}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {lead}
        </Text>
        {error ? <ErrorPanel error={error} onRetry={onRetry} /> : (children ?? <LoadingState />)}
      </Stack>
    </Paper>
  );
}

function CustomerValueFormView({
  settings,
  editable,
}: {
  settings: CustomerValueSettingsFieldsFragment;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation(['analyticsCustomers', 'common']);
  const lang = i18n.language;
  const [save, { loading }] = useMutation(UpdateCustomerValueSettingsDocument);
  const form = useForm<CustomerValueForm>({
    initialValues: customerValueForm(settings),
    validate: (values) => {
      const issues = customerValueIssues(values);
      return Object.fromEntries(
        Object.entries(issues).map(([field, issue]) => [
          field,
          field === 'marginPercent' ? t('settings.value.marginRange') : issueText(t, field, issue),
        ]),
      );
    },
  });
  const server = useServerErrors(form, CUSTOMER_VALUE_FIELDS);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await save({ variables: { input: customerValueInput(values) } });
      if (data) {
        form.setInitialValues(customerValueForm(data.updateCustomerValueSettings));
        form.setValues(customerValueForm(data.updateCustomerValueSettings));
        form.resetDirty();
      }
      notifications.show({ color: 'kizuna', message: t('settings.saved') });
    } catch (error) {
      server.report(error);
      // The api speaks of a 0–1 rate; the form of a percentage.
      if (toAppError(error).fields.some((f) => f.field === 'marginRate')) {
        form.setFieldError('marginPercent', t('settings.value.marginRange'));
      }
    }
  });

  const v = form.values;
  const example =
    v.marginPercent !== '' && v.expectedYears !== '' && v.costPerCustomer !== ''
      ? 3000 * (Number(v.marginPercent) / 100) * 12 * Number(v.expectedYears) -
        Number(v.costPerCustomer)
      : null;
  const readOnly = !editable;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={server.message} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label={t('settings.value.margin')}
            description={t('settings.value.marginHint')}
            suffix="%"
            min={0}
            max={100}
            decimalScale={2}
            readOnly={readOnly}
            {...form.getInputProps('marginPercent')}
          />
          <NumberInput
            label={t('settings.value.years')}
            description={t('settings.value.yearsHint')}
            min={0}
            max={CUSTOMER_VALUE_LIMITS.expectedYearsMax}
            decimalScale={2}
            readOnly={readOnly}
            {...form.getInputProps('expectedYears')}
          />
          <NumberInput
            label={t('settings.value.cost')}
            description={t('settings.value.costHint')}
            prefix="¥"
            thousandSeparator=","
            min={0}
            max={CUSTOMER_VALUE_LIMITS.costMax}
            allowDecimal={false}
            readOnly={readOnly}
            {...form.getInputProps('costPerCustomer')}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('settings.value.high')}
          description={t('settings.value.highHint')}
          {...form.getInputProps('highLtvMode')}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="top"
              label={t('settings.value.highTop', {
                share: formatShare(CUSTOMER_VALUE_LIMITS.highLtvShare, lang),
              })}
              disabled={readOnly}
            />
            <Radio value="fixed" label={t('settings.value.highFixed')} disabled={readOnly} />
          </Stack>
        </Radio.Group>
        {v.highLtvMode === 'fixed' ? (
          <NumberInput
            label={t('settings.value.threshold')}
            prefix="¥"
            thousandSeparator=","
            min={0}
            max={CUSTOMER_VALUE_LIMITS.thresholdMax}
            allowDecimal={false}
            readOnly={readOnly}
            w={{ base: '100%', xs: 260 }}
            {...form.getInputProps('highLtvThreshold')}
          />
        ) : null}
        <Text size="sm" data-testid="ltv-example">
          {example === null
            ? t('settings.value.exampleNone')
            : t('settings.value.example', {
                margin: formatNumber(Number(v.marginPercent) / 100, lang),
                years: formatNumber(Number(v.expectedYears), lang),
                cost: formatNumber(Number(v.costPerCustomer), lang),
                ltv: formatYen(example, lang),
              })}
        </Text>
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('settings.updatedAt', { date: formatDateTime(settings.updatedAt, lang) })}
          </Text>
          {editable ? (
            <Group gap="sm">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                {t('common:actions.reset')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common:actions.save')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function EngagementSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation('analyticsCustomers');
  const { data, error, refetch } = useQuery(EngagementSettingsPageDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <SettingsSection
      id="settings-engagement"
      title={t('settings.engagement.title')}
      lead={t('settings.engagement.lead')}
      error={data ? undefined : error}
      onRetry={() => refetch()}
    >
      {data ? <EngagementFormView settings={data.analyticsSettings} editable={editable} /> : null}
    </SettingsSection>
  );
}

function EngagementFormView({
  settings,
  editable,
}: {
  settings: EngagementSettingsFieldsFragment;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation(['analyticsCustomers', 'common']);
  const lang = i18n.language;
  const [save, { loading }] = useMutation(UpdateEngagementSettingsDocument);
  // In the api's order: every weighted action, with its default.
  const actions = settings.weights.map((w) => w.action);
  const defaults = new Map(settings.weights.map((w) => [w.action, w.defaultWeight]));
  const form = useForm<EngagementForm>({
    initialValues: engagementForm(settings),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(engagementIssues(values, actions)).map(([field, issue]) => [
          field,
          issueText(t, field.startsWith('weight_') ? 'weight' : field, issue),
        ]),
      ),
  });
  const server = useServerErrors(form, engagementFields(actions));

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await save({ variables: { input: engagementInput(values, actions) } });
      if (data) {
        const next = engagementForm(data.updateAnalyticsSettings);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty();
      }
      notifications.show({ color: 'kizuna', message: t('settings.engagement.saved') });
    } catch (error) {
      server.report(error);
    }
  });

  const halfLife = Number(form.values.halfLifeDays);
  const readOnly = !editable;
  const label = (action: string) => (knownAction(action) ? t(`actions.${action}`) : action);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={server.message} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('settings.engagement.window')}
            description={t('settings.engagement.windowHint')}
            suffix={t('settings.engagement.daysSuffix')}
            min={ENGAGEMENT_LIMITS.windowDaysMin}
            max={ENGAGEMENT_LIMITS.windowDaysMax}
            allowDecimal={false}
            readOnly={readOnly}
            {...form.getInputProps('windowDays')}
          />
          <NumberInput
            label={t('settings.engagement.halfLife')}
            description={
              Number.isFinite(halfLife) && halfLife > 0
                ? t('settings.engagement.halfLifeHint', {
                    after30: formatShare(decayed(1, 30, halfLife), lang),
                    after90: formatShare(decayed(1, 90, halfLife), lang),
                  })
                : undefined
            }
            suffix={t('settings.engagement.daysSuffix')}
            min={ENGAGEMENT_LIMITS.halfLifeDaysMin}
            max={ENGAGEMENT_LIMITS.halfLifeDaysMax}
            allowDecimal={false}
            readOnly={readOnly}
            {...form.getInputProps('halfLifeDays')}
          />
        </SimpleGrid>
        <Table fz="sm" verticalSpacing={4} data-testid="engagement-weights">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.engagement.action')}</Table.Th>
              <Table.Th scope="col">{t('settings.engagement.weight')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('settings.engagement.default')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((action) => (
              <Table.Tr key={action}>
                <Table.Th scope="row" fw={500}>
                  {label(action)}
                </Table.Th>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    w={120}
                    min={0}
                    max={ENGAGEMENT_LIMITS.weightMax}
                    decimalScale={2}
                    aria-label={t('settings.engagement.weightOf', { action: label(action) })}
                    readOnly={readOnly}
                    {...form.getInputProps(weightField(action))}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  {defaults.has(action) ? formatNumber(defaults.get(action)!, lang) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('settings.engagement.tiers', { tiers: tierLevels(lang) })}
        </Text>
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('settings.updatedAt', { date: formatDateTime(settings.updatedAt, lang) })}
          </Text>
          {editable ? (
            <Group gap="sm">
              <Button
                variant="default"
                onClick={() =>
                  form.setValues(
                    Object.fromEntries(
                      actions.map((a) => [
                        weightField(a),
                        defaults.get(a) ?? form.values[weightField(a)],
                      ]),
                    ),
                  )
                }
              >
                {t('settings.engagement.useDefaults')}
              </Button>
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                {t('common:actions.reset')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common:actions.save')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
