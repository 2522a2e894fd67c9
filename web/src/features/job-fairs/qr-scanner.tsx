import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

/**
 * Reads a QR code with the phone's camera in the browser (ADR 0029): the BarcodeDetector API where the
 * browser has it (Chrome on Android), otherwise jsQR on video frames, loaded only when the camera opens.
 * The typed code field beside it is the fallback for a device without a camera.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        const element = video.current;
        if (!element || stopped) return;
        element.srcObject = stream;
        await element.play();
        const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
        const detector: Detector | undefined = Native ? new Native({ formats: ['qr_code'] }) : undefined;
        const jsQR = detector ? undefined : (await import('jsqr')).default;
        const canvas = document.createElement('canvas');
        const read = async (): Promise<string | undefined> => {
          if (detector) return (await detector.detect(element))[0]?.rawValue;
          canvas.width = element.videoWidth;
          canvas.height = element.videoHeight;
          const context = canvas.getContext('2d', { willReadFrequently: true });
          if (!context || !jsQR || canvas.width === 0) return undefined;
          context.drawImage(element, 0, 0);
          const frame = context.getImageData(0, 0, canvas.width, canvas.height);
          return jsQR(frame.data, frame.width, frame.height)?.data;
        };
        const tick = async () => {
          if (stopped) return;
          const code = await read().catch(() => undefined);
          if (code) {
            setOpen(false);
            onCode(code);
            return;
          }
          timer = setTimeout(tick, 250);
        };
        await tick();
      } catch {
        setFailed(true);
        setOpen(false);
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [open, onCode]);

  const hasCamera = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  if (!hasCamera) return null;
  return (
    <div className="fair-scanner">
      {open ? (
        <>
          <video ref={video} className="fair-scanner__video" muted playsInline aria-label={t('job-fairs.check_in.camera_label')} />
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('job-fairs.check_in.stop_camera')}
          </Button>
        </>
      ) : (
        <Button variant="secondary" onClick={() => { setFailed(false); setOpen(true); }}>
          {t('job-fairs.check_in.scan')}
        </Button>
      )}
      {failed ? <p role="status">{t('job-fairs.check_in.camera_failed')}</p> : null}
    </div>
  );
}
