import { useState } from 'react';
import { Button, FileButton, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UPLOADED_AVATAR } from '@kizuna/shared';
import { errorMessage } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { httpUrl } from '../../ui/validators';
import {
  checkImage,
  IMAGE_ACCEPT,
  MAX_IMAGE_BYTES,
  uploadImage,
  UploadError,
} from '../posts/upload';

/** What the avatar shows for a field value: an uploaded image or a valid link, else the initial. */
export const avatarPreview = (value: string): string | null =>
  UPLOADED_AVATAR.test(value) || (value !== '' && httpUrl(value) === null) ? value : null;

/** The avatar: upload a photo (kept as its small variant), or give an image address. */
export function AvatarField({
  form,
  displayName,
}: {
  form: UseFormReturnType<{ avatarUrl: string }>;
  displayName: string;
}) {
  const { t, i18n } = useTranslation(['profile', 'posts', 'errors']);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = form.values.avatarUrl;
  const uploaded = UPLOADED_AVATAR.test(value);

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
      form.setFieldValue('avatarUrl', image.variants.thumb ?? '');
    } catch (err) {
      setError(err instanceof UploadError ? errorMessage(t, err.info) : t('errors:codes.NETWORK'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <MemberAvatar displayName={displayName} avatarUrl={avatarPreview(value)} size={64} />
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs">
          <FileButton accept={IMAGE_ACCEPT} onChange={(f) => void upload(f)}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPhotoUp size={16} aria-hidden />}
                loading={progress !== null}
              >
                {t('fields.avatarUpload')}
              </Button>
            )}
          </FileButton>
          {value ? (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => form.setFieldValue('avatarUrl', '')}
            >
              {t('fields.avatarRemove')}
            </Button>
          ) : null}
        </Group>
        {progress !== null ? (
          <Progress value={progress * 100} aria-label={t('posts:upload.progressLabel')} />
        ) : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        {uploaded ? (
          <Text size="sm" c="dimmed">
            {t('fields.avatarUploaded')}
          </Text>
        ) : (
          <TextInput
            label={t('fields.avatarUrl')}
            description={t('fields.avatarUrlHint')}
            placeholder="https://"
            type="url"
            {...form.getInputProps('avatarUrl')}
          />
        )}
      </Stack>
    </Group>
  );
}
