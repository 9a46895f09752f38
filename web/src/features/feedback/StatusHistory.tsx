import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdeaQuery } from '../../gql/graphql';
import { RelativeTime } from '../../ui/RelativeTime';
import { STATUS_COLORS } from './logic';
import { IdeaStatusBadge } from './parts';

/** Every status the idea went through, oldest first, with the public notes. */
export function StatusHistory({ history }: { history: IdeaQuery['idea']['statusHistory'] }) {
  const { t } = useTranslation('feedback');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="status-history">
      <Stack gap="sm">
        <Title order={2} size="h5" id="status-history">
          {t('idea.history')}
        </Title>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('idea.noHistory')}
          </Text>
        ) : (
          <Timeline
            bulletSize={14}
            lineWidth={2}
            active={history.length - 1}
            data-testid="status-history"
          >
            {history.map((change) => (
              <Timeline.Item
                key={change.id}
                color={STATUS_COLORS[change.to]}
                title={<IdeaStatusBadge status={change.to} />}
              >
                {change.note ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {change.note}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {change.actor ? `${change.actor.displayName} · ` : ''}
                  <RelativeTime iso={change.at} />
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
