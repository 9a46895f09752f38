import { useState, type CSSProperties } from 'react';
import { Button, Center, Modal, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePush } from '../../app/socket';
import type { RankFieldsFragment } from '../../gql/graphql';
import {
  MemberStandingDocument,
  MyStandingDocument,
  PointHistoryDocument,
  RanksDocument,
} from './graphql';
import { rankName, rankPerks } from './logic';
import classes from './RankCelebration.module.css';

/**
 * Keeps the viewer's points live: a `points:changed` push refetches their standing and history
 * wherever they are on screen; `rank:promoted` also celebrates the new rank.
 */
export function PointsLive() {
  const client = useApolloClient();
  const [promoted, setPromoted] = useState<RankFieldsFragment | null>(null);

  const refresh = () =>
    void client
      .refetchQueries({
        include: [MemberStandingDocument, MyStandingDocument, PointHistoryDocument],
      })
      .catch(() => undefined);

  usePush('points:changed', refresh);
  usePush('rank:promoted', (push) => {
    refresh();
    void client
      .query({ query: RanksDocument, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const rank = data?.ranks.find((r) => r.position === push.to);
        if (rank) setPromoted(rank);
      })
      .catch(() => undefined);
  });

  return <RankCelebration rank={promoted} onClose={() => setPromoted(null)} />;
}

export function RankCelebration({
  rank,
  onClose,
}: {
  rank: RankFieldsFragment | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('points');
  const lang = i18n.language;
  const perks = rank ? rankPerks(rank, lang) : '';
  return (
    <Modal
      opened={!!rank}
      onClose={onClose}
      centered
      radius="lg"
      size="sm"
      title={t('celebration.title')}
      styles={{ title: { fontWeight: 800, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('celebration.close') }}
    >
      {rank ? (
        <Stack gap="md" align="center" ta="center" data-testid="rank-celebration">
          <Center
            className={classes.glow}
            style={{ '--rank-color': `${rank.color}66` } as CSSProperties}
          >
            <span className={classes.icon} aria-hidden>
              {rank.icon}
            </span>
          </Center>
          <Title order={2} size="h3" c={rank.color} data-testid="rank-celebration-name">
            {t('celebration.body', { name: rankName(rank, lang) })}
          </Title>
          {perks ? (
            <Stack gap={4}>
              <Text size="sm" fw={700}>
                {t('celebration.perks')}
              </Text>
              <Text size="sm" className="kizuna-pre">
                {perks}
              </Text>
            </Stack>
          ) : null}
          <Button onClick={onClose} data-autofocus fullWidth>
            {t('celebration.close')}
          </Button>
        </Stack>
      ) : null}
    </Modal>
  );
}
