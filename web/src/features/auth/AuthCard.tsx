import type { ReactNode } from 'react';
import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../ui/usePageTitle';

/** The narrow card every sign-in/up/reset page sits in. */
export function AuthCard({
  title,
  lead,
  children,
  footer,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Container size={460} py={{ base: 'lg', sm: 48 }} px="md">
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 32 }} shadow="xs">
        <Stack gap="lg">
          <Stack gap={6}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {lead ? (
              <Text c="dimmed" size="sm">
                {lead}
              </Text>
            ) : null}
          </Stack>
          {children}
        </Stack>
      </Paper>
      {footer ? (
        <Text ta="center" size="sm" mt="lg" component="div">
          {footer}
        </Text>
      ) : null}
    </Container>
  );
}
