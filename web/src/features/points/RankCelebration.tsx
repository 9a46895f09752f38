import type { CSSProperties } from 'react';
import { Button, Center, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApolloClient } from '@apollo/client';
import type { RankFieldsFragment } from '../../gql/graphql';
import { readableOnWhite } from '../../ui/contrast';
import { RanksDocument } from './graphql';
import { rankName, rankPerks } from './logic';
import classes from './RankCelebration.module.css';

/** The rank at `position`, fresh from the api (a promotion may follow a change to the ranks). */
export async function fetchRank(
  client: ApolloClient,
  position: number,
): Promise<RankFieldsFragment | undefined> {
  const { data } = await client.query({ query: RanksDocument, fetchPolicy: 'network-only' });
  return data?.ranks.find((r) => r.position === position);
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
          <Title
            order={2}
            size="h3"
            c={readableOnWhite(rank.color)}
            data-testid="rank-celebration-name"
          >
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
