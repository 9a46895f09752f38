import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { Box, Group, Paper, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { MentionCandidatesDocument } from './graphql';
import { applyMention, findMentionTrigger, type MentionTrigger } from './mentions';
import classes from './MentionTextarea.module.css';

type Props = Omit<TextareaProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A textarea that suggests members while `@name` is typed: ↑/↓ move, Enter or Tab inserts
 * `@handle `, Escape closes the list. The ref is the underlying textarea.
 */
export const MentionTextarea = forwardRef<HTMLTextAreaElement, Props>(function MentionTextarea(
  { value, onChange, onKeyDown, ...rest },
  ref,
) {
  const { t } = useTranslation('posts');
  const inner = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => inner.current!, []);
  const listId = useId();
  const [trigger, setTrigger] = useState<MentionTrigger | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [prefix] = useDebouncedValue(trigger?.prefix ?? null, 150);
  const { data } = useQuery(MentionCandidatesDocument, {
    variables: { prefix: prefix ?? '', first: 6 },
    skip: prefix === null,
  });
  const candidates = trigger && prefix !== null ? (data?.mentionCandidates.nodes ?? []) : [];
  const open = !!trigger && dismissed !== trigger.start && candidates.length > 0;

  useEffect(() => setActive(0), [prefix]);

  const update = (el: HTMLTextAreaElement) => {
    const found = findMentionTrigger(el.value, el.selectionStart ?? 0);
    setTrigger(found);
    if (!found) setDismissed(null);
  };

  const choose = (handle: string) => {
    const el = inner.current;
    if (!el || !trigger) return;
    const caret = el.selectionStart ?? value.length;
    const next = applyMention(value, trigger, caret, handle);
    onChange(next.text);
    setTrigger(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Box pos="relative">
      <Textarea
        {...rest}
        ref={inner}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          update(event.currentTarget);
        }}
        onSelect={(event) => update(event.currentTarget)}
        onBlur={() => setTimeout(() => setTrigger(null), 150)}
        onKeyDown={(event) => {
          if (open) {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => (i + 1) % candidates.length);
              return;
            }
            if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => (i - 1 + candidates.length) % candidates.length);
              return;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault();
              choose(candidates[Math.min(active, candidates.length - 1)].handle);
              return;
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              setDismissed(trigger.start);
              return;
            }
          }
          onKeyDown?.(event);
        }}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
      />
      {open ? (
        <Paper
          shadow="md"
          withBorder
          radius="md"
          className={classes.list}
          id={listId}
          role="listbox"
          aria-label={t('mentions.label')}
          data-testid="mention-list"
        >
          {candidates.map((m, i) => (
            <Box
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={classes.option}
              data-active={i === active || undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(m.handle);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <Group gap="xs" wrap="nowrap">
                <MemberAvatar displayName={m.displayName} avatarUrl={m.avatarUrl} size={24} />
                <Text size="sm" fw={600} lineClamp={1}>
                  {m.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  @{m.handle}
                </Text>
              </Group>
            </Box>
          ))}
          <Text size="xs" c="dimmed" px="sm" py={4} className={classes.hint}>
            {t('mentions.hint')}
          </Text>
        </Paper>
      ) : null}
    </Box>
  );
});
