import { useState, type ReactNode } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconFlag, IconFlagCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MenuOnClick } from '../../ui/MenuOnClick';
import { SignInPromptModal } from '../auth/SignInPrompt';
import { FlagDialog } from './FlagDialog';
import type { FlagTarget } from './logic';

interface Flaggable extends FlagTarget {
  /** The viewer flagged it already (from the target's `viewerFlagged`). */
  viewerFlagged: boolean;
  /** The viewer wrote it (or it is their profile): nothing to flag. */
  own: boolean;
}

/**
 * The "Flag" entry of a ⋯ menu and what it opens: the flag dialog for a member, the sign-in
 * prompt for a visitor; "Flagged", disabled, once flagged; nothing on the viewer's own content.
 * Render `item` in the menu and `dialog` outside it (the menu's items unmount when it closes).
 */
export function useFlagAction(
  target: Flaggable,
  signedIn: boolean,
): { item: ReactNode; dialog: ReactNode } {
  const { t } = useTranslation('flags');
  const [open, setOpen] = useState<'flag' | 'signIn' | null>(null);
  if (target.own) return { item: null, dialog: null };
  const flagged = signedIn && target.viewerFlagged;
  const item = (
    <Menu.Item
      leftSection={
        flagged ? <IconFlagCheck size={16} aria-hidden /> : <IconFlag size={16} aria-hidden />
      }
      disabled={flagged}
      onClick={() => setOpen(signedIn ? 'flag' : 'signIn')}
    >
      {flagged ? t('flagged') : t('action')}
    </Menu.Item>
  );
  const dialog =
    open === 'flag' ? (
      <FlagDialog target={{ type: target.type, id: target.id }} onClose={() => setOpen(null)} />
    ) : open === 'signIn' ? (
      <SignInPromptModal opened onClose={() => setOpen(null)} />
    ) : null;
  return { item, dialog };
}

/**
 * A ⋯ menu whose one entry is "Flag", for pages with nothing else to offer there (an idea, a
 * profile); nothing at all on the viewer's own.
 */
export function FlagMenu({
  target,
  signedIn,
  label,
  testId,
}: {
  target: Flaggable;
  signedIn: boolean;
  label: string;
  testId: string;
}) {
  const flag = useFlagAction(target, signedIn);
  if (!flag.item) return null;
  return (
    <>
      <MenuOnClick
        position="bottom-end"
        shadow="md"
        width={220}
        target={
          <ActionIcon variant="default" size="lg" aria-label={label} data-testid={testId}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        }
      >
        {flag.item}
      </MenuOnClick>
      {flag.dialog}
    </>
  );
}
