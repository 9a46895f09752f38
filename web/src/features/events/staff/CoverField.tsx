import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMAGE_ACCEPT } from '../../posts/upload';
import { UploadStatus, useImageUpload } from '../../posts/useImageUpload';

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
  const { t } = useTranslation('eventsStaff');
  const { upload, progress, error } = useImageUpload((image) =>
    onChange({ id: image.id, url: image.variants.medium ?? image.url }),
  );

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
      <UploadStatus progress={progress} error={error ?? fieldError} />
    </Stack>
  );
}
