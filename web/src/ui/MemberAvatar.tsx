import { Avatar, type MantineSize } from '@mantine/core';

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

/** The member's picture, or their initial on a colour derived from the name. */
export function MemberAvatar({ displayName, avatarUrl, size = 'md' }: Props) {
  return (
    <Avatar
      src={avatarUrl || null}
      alt=""
      color={colorOf(displayName)}
      size={size}
      radius="100%"
      imageProps={{ referrerPolicy: 'no-referrer' }}
    >
      <span aria-hidden>{initialsOf(displayName)}</span>
    </Avatar>
  );
}
