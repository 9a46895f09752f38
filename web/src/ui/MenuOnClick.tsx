import {
  cloneElement,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { Menu, type MenuProps } from '@mantine/core';

type Target = ReactElement<{
  ref?: Ref<HTMLButtonElement>;
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  'aria-haspopup'?: 'menu';
  'aria-expanded'?: boolean;
}>;

/**
 * A menu built on the first click of its button: a post page shows one per comment, and each
 * Mantine Menu costs its floating-element logic on every render. The button keeps the focus
 * when the menu replaces it, and gets it back when the menu closes.
 */
export function MenuOnClick({
  target,
  children,
  ...props
}: Omit<MenuProps, 'children' | 'opened' | 'defaultOpened' | 'onChange'> & {
  target: Target;
  children: ReactNode;
}) {
  const [armed, setArmed] = useState(false);
  if (!armed) {
    return cloneElement(target, {
      onClick: () => setArmed(true),
      'aria-haspopup': 'menu',
      'aria-expanded': false,
    });
  }
  return (
    <ArmedMenu target={target} {...props}>
      {children}
    </ArmedMenu>
  );
}

function ArmedMenu({
  target,
  children,
  ...props
}: Omit<MenuProps, 'children'> & { target: Target; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    const id = requestAnimationFrame(() => setOpened(true));
    return () => cancelAnimationFrame(id);
  }, []);
  return (
    <Menu {...props} opened={opened} onChange={setOpened}>
      <Menu.Target>{cloneElement(target, { ref: button })}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
