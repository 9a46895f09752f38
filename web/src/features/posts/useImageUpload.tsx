import { useState } from 'react';
import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import {
  checkImage,
  MAX_IMAGE_BYTES,
  uploadImage,
  UploadError,
  type UploadedImage,
} from './upload';

/** Uploads one chosen image: checked first, then sent with progress; `onUploaded` gets it. */
export function useImageUpload(onUploaded: (image: UploadedImage) => void) {
  const { t, i18n } = useTranslation(['posts', 'errors']);
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
      onUploaded(await uploadImage(file, setProgress));
    } catch (err) {
      setError(err instanceof UploadError ? errorMessage(t, err.info) : t('errors:codes.NETWORK'));
    } finally {
      setProgress(null);
    }
  };
  return { upload, progress, error };
}

/** An upload's progress bar while it runs, and its error after. */
export function UploadStatus({
  progress,
  error,
}: {
  progress: number | null;
  error: string | null | undefined;
}) {
  const { t } = useTranslation('posts');
  return (
    <>
      {progress !== null ? (
        <Progress value={progress * 100} aria-label={t('upload.progressLabel')} />
      ) : null}
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}
