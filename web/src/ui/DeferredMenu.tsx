import {
  cloneElement,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type MouseEvent,
  type ReactElement,
  type Ref,
} from 'react';

type Target = ReactElement<{
  ref?: Ref<HTMLElement>;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
}>;

/** What a deferred menu's module renders: its Mantine Menu around the given target. */
export interface LoadedMenuProps {
  target: Target;
  defaultOpened: boolean;
}

const whenIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1000);
  return () => clearTimeout(id);
};

/**
 * A header menu whose Menu (and the floating-element code behind it) is fetched once the page is
 * idle rather than before its first paint. Its button shows at once; a click that comes first
 * opens the menu as soon as it arrives, and focus stays on the button across the swap.
 */
export function deferredMenu<P extends object>(
  load: () => Promise<ComponentType<P & LoadedMenuProps>>,
): ComponentType<P & { target: Target }> {
  let loaded: ComponentType<P & LoadedMenuProps> | null = null;
  let loading: Promise<ComponentType<P & LoadedMenuProps>> | null = null;
  const fetchMenu = () => (loading ??= load().then((component) => (loaded = component)));

  return function DeferredMenu(props: P & { target: Target }) {
    const [Menu, setMenu] = useState(() => loaded);
    const [openOnArrival, setOpenOnArrival] = useState(false);
    const targetRef = useRef<HTMLElement>(null);
    const hadFocus = useRef(false);

    useEffect(() => {
      if (Menu) return;
      let live = true;
      const arrive = () =>
        void fetchMenu().then((component) => {
          if (!live) return;
          hadFocus.current = document.activeElement === targetRef.current;
          setMenu(() => component);
        });
      const cancel = whenIdle(arrive);
      return () => {
        live = false;
        cancel();
      };
    }, [Menu]);

    useEffect(() => {
      if (Menu && hadFocus.current && !openOnArrival) targetRef.current?.focus();
    }, [Menu, openOnArrival]);

    if (!Menu) {
      return cloneElement(props.target, {
        ref: targetRef,
        onClick: () => {
          setOpenOnArrival(true);
          void fetchMenu().then((component) => setMenu(() => component));
        },
      });
    }
    return (
      <Menu
        {...props}
        target={cloneElement(props.target, { ref: targetRef })}
        defaultOpened={openOnArrival}
      />
    );
  };
}
