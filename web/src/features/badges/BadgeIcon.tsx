import { Center } from '@mantine/core';

/** A badge's emoji in a soft circle. */
export function BadgeIcon({ icon, size = 48 }: { icon: string; size?: number }) {
  return (
    <Center
      w={size}
      h={size}
      bg="var(--mantine-color-kizuna-light)"
      style={{ borderRadius: '50%', flex: 'none', fontSize: size * 0.55, lineHeight: 1 }}
      aria-hidden
    >
      {icon}
    </Center>
  );
}
