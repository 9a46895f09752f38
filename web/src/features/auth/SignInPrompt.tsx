import { useCallback, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../app/session';

/** The sign-in page, coming back to where the visitor is now. */
export function useSignInHref(): string {
  const location = useLocation();
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
}

/** Asks a visitor to sign in (or join) to do something, and brings them back here after. */
export function SignInPromptModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignInHref();
  const location = useLocation();
  const signUp = `/sign-up?next=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <Modal opened={opened} onClose={onClose} title={t('visitor.promptTitle')} centered>
      <Stack gap="md" data-testid="sign-in-prompt">
        <Text>{t('visitor.promptBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={signUp} variant="default">
            {t('account.signUp')}
          </Button>
          <Button component={Link} to={signIn} leftSection={<IconLogin size={16} aria-hidden />}>
            {t('account.signIn')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * For actions only members may take. `guard(fn)` runs `fn` for a member and asks a visitor to
 * sign in instead; render `prompt` once where the hook is used.
 */
export function useMemberAction() {
  const { viewer } = useViewer();
  const [opened, setOpened] = useState(false);
  const guard = useCallback(
    <A extends unknown[]>(fn: (...args: A) => void) =>
      (...args: A) => {
        if (viewer) fn(...args);
        else setOpened(true);
      },
    [viewer],
  );
  // Mounted only when asked for: a closed Modal still builds its portal, and a post page has one
  // of these per comment and per reaction bar.
  const prompt: ReactNode = opened ? (
    <SignInPromptModal opened onClose={() => setOpened(false)} />
  ) : null;
  return { isVisitor: !viewer, guard, prompt, ask: () => setOpened(true) };
}

/** In place of a form only members may use: what it is for, and a way to sign in. */
export function SignInToJoin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const signIn = useSignInHref();
  return (
    <Group justify="space-between" gap="sm" data-testid="sign-in-to-join">
      <Text c="dimmed">{children}</Text>
      <Button component={Link} to={signIn} leftSection={<IconLogin size={16} aria-hidden />}>
        {t('account.signIn')}
      </Button>
    </Group>
  );
}
