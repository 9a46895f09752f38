import { Accordion, Alert, Button, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMail } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DevMailboxDocument } from '../community/graphql';
import { formatDateTime } from '../../ui/format';
import { LinkifiedText } from '../../ui/LinkifiedText';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE_SIZE = 20;

export function DevMailboxPage() {
  const { t, i18n } = useTranslation(['community', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(DevMailboxDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const mails = data?.devMailbox.nodes ?? [];
  const pageInfo = data?.devMailbox.pageInfo;

  return (
    <Page
      title={t('mailbox.title')}
      description={t('mailbox.lead')}
      size="lg"
      actions={
        <Button
          variant="default"
          onClick={() => void refetch()}
          loading={networkStatus === NetworkStatus.refetch}
        >
          {t('common:actions.refresh')}
        </Button>
      }
    >
      <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('mailbox.note')}
      </Alert>
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={4} /> : null}
      {data && mails.length === 0 ? (
        <EmptyPanel
          icon={<IconMail size={28} aria-hidden />}
          title={t('mailbox.emptyTitle')}
          description={t('mailbox.emptyBody')}
        />
      ) : null}
      {mails.length > 0 ? (
        <Accordion variant="separated" radius="md" multiple>
          {mails.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id} data-testid="mail-item">
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600}>{mail.subject}</Text>
                  <Text size="sm" c="dimmed">
                    {t('mailbox.meta', {
                      to: mail.to,
                      date: formatDateTime(mail.createdAt, i18n.language),
                    })}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" className="kizuna-pre" ff="monospace">
                  <LinkifiedText text={mail.body} />
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      ) : null}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Page>
  );
}
