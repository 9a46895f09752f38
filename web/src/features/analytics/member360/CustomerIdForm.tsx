import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ORDER_IMPORT } from '@kizuna/shared';
import { errorCodeOf } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, rule } from '../../../ui/validators';
import { Member360PageDocument, SetMemberCustomerIdDocument } from './graphql';

/**
 * An admin ties the member to the brand's customer id, so orders and imported answers under
 * that id count as theirs (for customers whose email differs from the member's). Empty unties.
 */
export function CustomerIdForm({
  memberId,
  customerId,
}: {
  memberId: string;
  customerId: string | null;
}) {
  const { t } = useTranslation(['analyticsCustomers', 'common']);
  const [save, { loading }] = useMutation(SetMemberCustomerIdDocument, {
    refetchQueries: [Member360PageDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { customerId: customerId ?? '' },
    validate: { customerId: rule(t, 'customerId', maxLen(ORDER_IMPORT.idMax)) },
  });
  const server = useServerErrors(form);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await save({ variables: { memberId, customerId: values.customerId.trim() || null } });
      form.resetDirty();
      notifications.show({ color: 'kizuna', message: t('m360.customerId.saved') });
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT') {
        form.setFieldError('customerId', t('m360.customerId.taken'));
      } else server.report(error);
    }
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="m360-customer-id">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="m360-customer-id">
            {t('m360.customerId.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('m360.customerId.lead')}
          </Text>
          <FormAlert message={server.message} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('m360.customerId.label')}
              placeholder={t('m360.customerId.placeholder')}
              autoComplete="off"
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('customerId')}
            />
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
