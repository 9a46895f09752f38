import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { spaceName } from './spaceText';

interface SpaceLike {
  slug: string;
  nameJa: string;
  nameEn: string;
  icon: string;
  color: string;
}

/** The space's icon on its colour. */
export function SpaceIcon({ space, size = 28 }: { space: SpaceLike; size?: number }) {
  return (
    <Box
      aria-hidden
      style={{
        width: size,
        height: size,
        borderRadius: 8,
        display: 'grid',
        placeItems: 'center',
        background: `${space.color}22`,
        border: `1px solid ${space.color}55`,
        fontSize: size * 0.55,
        flex: '0 0 auto',
      }}
    >
      {space.icon || '#'}
    </Box>
  );
}

/** A link to a space: icon and name; nothing for a post without one (an event's discussion). */
export function SpaceLink({ space, size = 'sm' }: { space: SpaceLike | null; size?: 'xs' | 'sm' }) {
  const { i18n } = useTranslation();
  if (!space) return null;
  return (
    <Anchor component={Link} to={`/s/${space.slug}`} size={size} c="gray.7" underline="hover">
      <Group gap={6} wrap="nowrap" component="span">
        <SpaceIcon space={space} size={size === 'xs' ? 18 : 20} />
        <Text span size={size} fw={600} inherit>
          {spaceName(space, i18n.language)}
        </Text>
      </Group>
    </Anchor>
  );
}
