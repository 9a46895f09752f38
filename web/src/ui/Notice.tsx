import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface NoticeProps {
  icon: ReactNode;
  title: string;
  /** 1 when the notice is the page itself (404, no permission), else 2. */
  order?: 1 | 2;
  color?: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** A centred message with an icon: not found, no permission, waiting for approval… */
export function Notice({ icon, title, order = 2, color, children, actions }: NoticeProps) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
      <Stack align="center" gap="md" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={color}>
          {icon}
        </ThemeIcon>
        <Title order={order} size="h2">
          {title}
        </Title>
        {children ? (
          <Text c="dimmed" maw={480} component="div">
            {children}
          </Text>
        ) : null}
        {actions ? (
          <Group justify="center" gap="sm">
            {actions}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
