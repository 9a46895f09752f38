import { useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Box,
  Group,
  Input,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhoto, IconX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { HtmlContent } from '../../ui/HtmlContent';
import { LoadingState } from '../../ui/states';
import { PreviewMarkdownDocument } from './graphql';
import { insertAt } from './mentions';
import { MentionTextarea } from './MentionTextarea';
import {
  checkImage,
  IMAGE_ACCEPT,
  imageMarkdown,
  MAX_IMAGE_BYTES,
  uploadImage,
  UploadError,
} from './upload';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  maxLength: number;
  placeholder?: string;
  minRows?: number;
  required?: boolean;
  description?: string;
  /** Smaller, for comments. */
  compact?: boolean;
  testId?: string;
}

function Preview({ body }: { body: string }) {
  const { t } = useTranslation('posts');
  const [debounced] = useDebouncedValue(body, 300);
  const { data, previousData, error } = useQuery(PreviewMarkdownDocument, {
    variables: { body: debounced },
    skip: debounced.trim() === '',
  });
  const html = data?.previewMarkdown ?? previousData?.previewMarkdown;
  if (body.trim() === '') {
    return (
      <Text c="dimmed" size="sm">
        {t('editor.nothingToPreview')}
      </Text>
    );
  }
  if (error && !html)
    return (
      <Text c="red" size="sm">
        {t('editor.previewFailed')}
      </Text>
    );
  if (!html) return <LoadingState minHeight={80} />;
  return <HtmlContent html={html} testId="markdown-preview" />;
}

/**
 * Markdown with a Write / Preview switch (rendered by the api, exactly as it will appear),
 * image upload with progress that inserts the image at the cursor, and @mention suggestions.
 */
export function MarkdownEditor({
  label,
  value,
  onChange,
  error,
  maxLength,
  placeholder,
  minRows = 8,
  required,
  description,
  compact = false,
  testId,
}: Props) {
  const { t, i18n } = useTranslation(['posts', 'errors']);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);

  const upload = async (file: File) => {
    setUploadError(null);
    const problem = checkImage(file);
    if (problem) {
      setUploadError(
        t(`posts:upload.${problem}`, {
          max: formatNumber(MAX_IMAGE_BYTES / 1024 / 1024, i18n.language),
        }),
      );
      return;
    }
    const el = textarea.current;
    const start = el?.selectionStart ?? valueRef.current.length;
    const end = el?.selectionEnd ?? start;
    abort.current = new AbortController();
    setProgress(0);
    try {
      const image = await uploadImage(file, setProgress, abort.current.signal);
      const current = valueRef.current;
      const next = insertAt(
        current,
        Math.min(start, current.length),
        Math.min(end, current.length),
        imageMarkdown(image.url),
      );
      onChange(next.text);
      setMode('write');
      requestAnimationFrame(() => {
        textarea.current?.focus();
        textarea.current?.setSelectionRange(next.caret, next.caret);
      });
    } catch (err) {
      if (err instanceof UploadError) setUploadError(errorMessage(t, err.info));
      else if (!(err instanceof DOMException && err.name === 'AbortError'))
        setUploadError(t('errors:codes.NETWORK'));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const length = [...value].length;
  const over = length > maxLength;

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <Stack gap={0}>
          <Input.Label required={required} component="span">
            {label}
          </Input.Label>
          {description ? (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          <Tooltip label={t('upload.button')} withArrow>
            <ActionIcon
              variant="default"
              size={compact ? 'md' : 'lg'}
              onClick={() => fileInput.current?.click()}
              disabled={progress !== null}
              aria-label={t('upload.button')}
            >
              <IconPhoto size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as 'write' | 'preview')}
            data={[
              { value: 'write', label: t('editor.write') },
              { value: 'preview', label: t('editor.preview') },
            ]}
            aria-label={t('editor.modeLabel')}
          />
        </Group>
      </Group>
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_ACCEPT}
        hidden
        data-testid={testId ? `${testId}-file` : 'image-file'}
        aria-label={t('upload.button')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void upload(file);
        }}
      />
      <Box display={mode === 'write' ? 'block' : 'none'}>
        <MentionTextarea
          ref={textarea}
          aria-label={label}
          value={value}
          onChange={onChange}
          placeholder={placeholder}
          autosize
          minRows={minRows}
          maxRows={compact ? 12 : 30}
          error={error}
          required={required}
          data-testid={testId}
          onPaste={(event) => {
            const file = event.clipboardData.files?.[0];
            if (file && file.type.startsWith('image/')) {
              event.preventDefault();
              void upload(file);
            }
          }}
          onDrop={(event) => {
            const file = event.dataTransfer.files?.[0];
            if (file) {
              event.preventDefault();
              void upload(file);
            }
          }}
        />
      </Box>
      {mode === 'preview' ? (
        <Paper withBorder radius="md" p="md" mih={compact ? 80 : 200} aria-live="polite">
          <Preview body={value} />
        </Paper>
      ) : null}
      {progress !== null ? (
        <Group gap="xs" wrap="nowrap" role="status">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('upload.uploading', { percent: Math.round(progress * 100) })}
          </Text>
          <Progress
            value={progress * 100}
            style={{ flex: 1 }}
            aria-label={t('upload.progressLabel')}
            animated
            data-testid="upload-progress"
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => abort.current?.abort()}
            aria-label={t('upload.cancel')}
          >
            <IconX size={14} aria-hidden />
          </ActionIcon>
        </Group>
      ) : null}
      <Group justify="space-between" gap="xs">
        <Text size="xs" c={uploadError ? 'red' : 'dimmed'} role={uploadError ? 'alert' : undefined}>
          {uploadError ?? t('editor.hint')}
        </Text>
        <Text size="xs" c={over ? 'red' : 'dimmed'}>
          {formatNumber(length, i18n.language)} / {formatNumber(maxLength, i18n.language)}
        </Text>
      </Group>
    </Stack>
  );
}
