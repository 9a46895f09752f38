import { useState } from 'react';
import { Button, FileButton, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/errors';
import { formatNumber } from '../../../ui/format';
import {
  checkImage,
  IMAGE_ACCEPT,
  MAX_IMAGE_BYTES,
  uploadImage,
  UploadError,
} from '../../posts/upload';

/** An image to show; `id` is null for the cover the event already has (left as it is). */
export interface Cover {
  id: string | null;
  url: string;
}

/** The event's cover: an uploaded image, shown as it will appear, or none. */
export function CoverField({
  value,
  onChange,
  error: fieldError,
}: {
  value: Cover | null;
  onChange: (cover: Cover | null) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation(['eventsStaff', 'posts', 'errors']);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    const problem = checkImage(file);
    if (problem) {
      setError(
        t(`posts:upload.${problem}`, {
          max: formatNumber(MAX_IMAGE_BYTES / 1024 / 1024, i18n.language),
        }),
      );
      return;
    }
    setProgress(0);
    try {
      const image = await uploadImage(file, setProgress);
      onChange({ id: image.id, url: image.variants.medium ?? image.url });
    } catch (err) {
      setError(err instanceof UploadError ? errorMessage(t, err.info) : t('errors:codes.NETWORK'));
    } finally {
      setProgress(null);
    }
  };

  const shownError = error ?? fieldError;
  return (
    <Stack gap="xs" data-testid="cover-field">
      <Text size="sm" fw={500}>
        {t('form.cover')}
      </Text>
      {value ? <Image src={value.url} alt="" radius="md" mah={200} fit="cover" /> : null}
      <Group gap="xs">
        <FileButton accept={IMAGE_ACCEPT} onChange={(f) => void upload(f)}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconPhotoUp size={16} aria-hidden />}
              loading={progress !== null}
            >
              {value ? t('form.coverReplace') : t('form.coverUpload')}
            </Button>
          )}
        </FileButton>
        {value ? (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => onChange(null)}
          >
            {t('form.coverRemove')}
          </Button>
        ) : null}
      </Group>
      {progress !== null ? (
        <Progress value={progress * 100} aria-label={t('posts:upload.progressLabel')} />
      ) : null}
      {shownError ? (
        <Text size="sm" c="red" role="alert">
          {shownError}
        </Text>
      ) : null}
    </Stack>
  );
}
