import type { TooltipProps } from '@mantine/core';
import {
  cloneElement,
  lazy,
  Suspense,
  useEffect,
  useState,
  type PointerEvent,
  type ReactElement,
} from 'react';

const MantineTooltip = lazy(async () => ({ default: (await import('./TooltipLoaded')).Tooltip }));

type Target = ReactElement<{
  onPointerEnter?: (event: PointerEvent) => void;
  onPointerLeave?: (event: PointerEvent) => void;
}>;

/**
 * Mantine's Tooltip, mounted the first time a mouse rests on its target. A feed shows dozens of
 * them; building each one's floating logic at start-up cost more than the rest of the page, and
 * the code behind them is fetched only when one is wanted.
 */
export function Tooltip({
  children,
  openDelay = 0,
  ...props
}: Omit<TooltipProps, 'children'> & { children: Target }) {
  const [armed, setArmed] = useState(false);
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (!hovered || armed) return;
    const timer = setTimeout(() => setArmed(true), openDelay);
    return () => clearTimeout(timer);
  }, [hovered, armed, openDelay]);

  const plain = cloneElement(children, {
    onPointerEnter: (event: PointerEvent) => {
      children.props.onPointerEnter?.(event);
      if (event.pointerType === 'mouse') setHovered(true);
    },
    onPointerLeave: (event: PointerEvent) => {
      children.props.onPointerLeave?.(event);
      setHovered(false);
    },
  });
  if (!armed) return plain;
  return (
    <Suspense fallback={plain}>
      <MantineTooltip {...props} openDelay={openDelay} defaultOpened={hovered}>
        {children}
      </MantineTooltip>
    </Suspense>
  );
}
