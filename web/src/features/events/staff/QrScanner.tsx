import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Alert, Box, Text } from '@mantine/core';
import { IconCameraOff } from '@tabler/icons-react';
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useTranslation } from 'react-i18next';

type CameraProblem = 'denied' | 'missing' | 'insecure' | 'failed';

function problemOf(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

/**
 * The camera's picture, reading QR codes until closed: each text read goes to `onRead`. A
 * module of its own, so the decoder is downloaded only when a moderator opens the camera.
 */
export function QrScanner({ onRead }: { onRead: (text: string) => void }) {
  const { t } = useTranslation('eventsStaff');
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [started, setStarted] = useState(false);
  const read = useEffectEvent(onRead);
  const insecure = !window.isSecureContext || !navigator.mediaDevices?.getUserMedia;

  useEffect(() => {
    if (insecure) return;
    let controls: IScannerControls | null = null;
    let stopped = false;
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    reader
      .decodeFromConstraints(
        { video: { facingMode: 'environment' }, audio: false },
        video.current!,
        (result) => {
          if (result && !stopped) read(result.getText());
        },
      )
      .then((c) => {
        if (stopped) c.stop();
        else {
          controls = c;
          setStarted(true);
        }
      })
      .catch((error: unknown) => {
        if (!stopped) setProblem(problemOf(error));
      });
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [insecure]);

  const shown = insecure ? 'insecure' : problem;
  if (shown) {
    return (
      <Alert
        color="orange"
        icon={<IconCameraOff aria-hidden />}
        role="alert"
        data-testid="camera-problem"
      >
        {t(`checkIn.camera.${shown}`)}
      </Alert>
    );
  }
  return (
    <Box>
      <Box
        component="video"
        ref={video}
        muted
        playsInline
        aria-label={t('checkIn.scanning')}
        style={{
          width: '100%',
          maxHeight: '60vh',
          borderRadius: 'var(--mantine-radius-md)',
          background: 'var(--mantine-color-dark-7)',
          objectFit: 'cover',
        }}
      />
      <Text size="sm" c="dimmed" mt={4} aria-live="polite">
        {started ? t('checkIn.scanning') : t('checkIn.cameraStarting')}
      </Text>
    </Box>
  );
}
