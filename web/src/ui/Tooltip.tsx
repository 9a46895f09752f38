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
  onPointerDown?: (event: PointerEvent) => void;
  onPointerUp?: (event: PointerEvent) => void;
}>;

/** How long a mouse rests on a target before its tooltip is built. */
const REST_MS = 150;

/**
 * Mantine's Tooltip, mounted the first time a mouse rests on its target. A feed shows dozens of
 * them; building each one's floating logic at start-up cost more than the rest of the page, and
 * the code behind them is fetched only when one is wanted. Building it mounts the target anew,
 * so never while a button is pressed on it: a click whose press and release land on different
 * elements is lost.
 */
export function Tooltip({
  children,
  openDelay = 0,
  ...props
}: Omit<TooltipProps, 'children'> & { children: Target }) {
  const [armed, setArmed] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [pressed, setPressed] = useState(false);
  useEffect(() => {
    if (!hovered || pressed || armed) return;
    const timer = setTimeout(() => setArmed(true), Math.max(openDelay, REST_MS));
    return () => clearTimeout(timer);
  }, [hovered, pressed, armed, openDelay]);

  const plain = cloneElement(children, {
    onPointerEnter: (event: PointerEvent) => {
      children.props.onPointerEnter?.(event);
      if (event.pointerType === 'mouse') setHovered(true);
    },
    onPointerLeave: (event: PointerEvent) => {
      children.props.onPointerLeave?.(event);
      setHovered(false);
      setPressed(false);
    },
    onPointerDown: (event: PointerEvent) => {
      children.props.onPointerDown?.(event);
      setPressed(true);
    },
    onPointerUp: (event: PointerEvent) => {
      children.props.onPointerUp?.(event);
      setPressed(false);
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
