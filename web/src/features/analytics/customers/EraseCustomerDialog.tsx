import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CustomerRowFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { formatNumber } from '../../../ui/format';
import { useServerErrors } from '../../../ui/useServerErrors';
import { maxLen, rule } from '../../../ui/validators';
import { EraseCustomerDocument } from './graphql';

const REASON_MAX = 500;

/**
 * An admin erases one customer's imported data on request (right to deletion): their orders and
 * imported NPS answers go, and the erasure is logged. Typing the id again confirms it.
 */
export function EraseCustomerDialog({
  customer,
  onClose,
  onErased,
}: {
  customer: Pick<CustomerRowFieldsFragment, 'customerId' | 'email'>;
  onClose: () => void;
  onErased: () => void;
}) {
  const { t, i18n } = useTranslation(['analyticsCustomers', 'common']);
  const who = customer.customerId ?? customer.email ?? '';
  const [erase, { loading }] = useMutation(EraseCustomerDocument);
  const form = useForm({
    initialValues: { confirm: '', reason: '' },
    validate: {
      confirm: (v) => (v.trim() === who ? null : t('erase.mismatch')),
      reason: rule(t, 'reason', maxLen(REASON_MAX)),
    },
  });
  // The api names the erased customer `customerId`; here that is the confirmation field.
  const server = useServerErrors(form, { customerId: 'confirm' });

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await erase({
        variables: { customerId: who, reason: values.reason.trim() || null },
      });
      if (data) {
        notifications.show({
          color: 'kizuna',
          message: t('erase.done', {
            who,
            orders: formatNumber(data.eraseCustomer.ordersDeleted, i18n.language),
            responses: formatNumber(data.eraseCustomer.responsesDeleted, i18n.language),
          }),
        });
      }
      onErased();
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('erase.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('erase.warning')}
          </Alert>
          <Text size="sm">{t('erase.who', { who })}</Text>
          <FormAlert message={server.message} />
          <TextInput
            label={t('erase.confirm', { who })}
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('confirm')}
          />
          <Textarea
            label={t('erase.reason')}
            description={t('erase.reasonHint')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('erase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
