import { Anchor } from '@mantine/core';

const URL_RE = /(https?:\/\/[^\s<>"']+)/g;

/** Plain text with its http(s) links clickable (used for mail bodies). */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Anchor key={i} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </Anchor>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}
