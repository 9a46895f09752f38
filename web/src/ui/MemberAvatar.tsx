import { useState, type CSSProperties } from 'react';
import type { MantineSize } from '@mantine/core';
import classes from './MemberAvatar.module.css';

interface Props {
  displayName: string;
  avatarUrl?: string | null;
  size?: MantineSize | number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** One character for Japanese (and other CJK) names, two initials for Latin ones. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const first = [...trimmed][0];
  if (CJK.test(first)) return first;
  const words = trimmed.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0])
    .join('')
    .toUpperCase();
}

const PALETTE = ['kizuna', 'blue', 'grape', 'orange', 'teal', 'pink', 'indigo', 'cyan'];

function colorOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

const SIZES: Record<MantineSize, string> = {
  xs: '1rem',
  sm: '1.625rem',
  md: '2.375rem',
  lg: '3.5rem',
  xl: '5.25rem',
};

const sizeOf = (size: MantineSize | number): string =>
  `calc(${typeof size === 'number' ? `${size / 16}rem` : SIZES[size]} * var(--mantine-scale))`;

/**
 * The member's picture, or their initial on a colour derived from the name. Plain markup in the
 * look of Mantine's Avatar: lists show one per post and comment.
 */
export function MemberAvatar({ displayName, avatarUrl, size = 'md' }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  const color = colorOf(displayName);
  const style = {
    '--avatar-size': sizeOf(size),
    '--avatar-bg': `var(--mantine-color-${color}-light)`,
    '--avatar-color': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;
  return (
    <div className={classes.root} style={style}>
      {avatarUrl && failed !== avatarUrl ? (
        <img
          className={classes.image}
          src={avatarUrl}
          alt=""
          referrerPolicy="no-referrer"
          onError={() => setFailed(avatarUrl)}
        />
      ) : (
        <span className={classes.placeholder} title="">
          <span aria-hidden>{initialsOf(displayName)}</span>
        </span>
      )}
    </div>
  );
}
