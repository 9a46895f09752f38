import { Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UPLOADED_AVATAR } from '@kizuna/shared';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { httpUrl } from '../../ui/validators';
import { IMAGE_ACCEPT } from '../posts/upload';
import { UploadStatus, useImageUpload } from '../posts/useImageUpload';

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
  const { t } = useTranslation('profile');
  const value = form.values.avatarUrl;
  const uploaded = UPLOADED_AVATAR.test(value);
  const { upload, progress, error } = useImageUpload((image) =>
    form.setFieldValue('avatarUrl', image.variants.thumb ?? ''),
  );

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
        <UploadStatus progress={progress} error={error} />
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
