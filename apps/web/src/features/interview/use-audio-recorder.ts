import { useCallback, useEffect, useRef, useState } from 'react';

/** Opus in WebM where supported (Chromium, Firefox), else MP4/AAC (Safari). */
function recordingType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  for (const type of ['audio/webm;codecs=opus', 'audio/mp4']) {
    if (MediaRecorder.isTypeSupported(type)) return type;
  }
  return null;
}

export interface AudioRecorder {
  readonly supported: boolean;
  readonly recording: boolean;
  /** An object URL of the last recording, for playback. It never leaves the browser. */
  readonly url: string | null;
  readonly error: string | null;
  start(): Promise<void>;
  stop(): void;
  discard(): void;
}

/** Records the answer with MediaRecorder for playback; the audio stays in this tab's memory. */
export function useAudioRecorder(): AudioRecorder {
  const [recording, setRecording] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const type = recordingType();
  const supported =
    type !== null && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

  // The effect below revokes the previous object URL whenever it is replaced or dropped.
  const discard = useCallback(() => setUrl(null), []);

  const start = useCallback(async () => {
    if (!supported || !type || recorder.current) return;
    setError(null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setError('The browser was not allowed to use the microphone.');
      return;
    }
    const chunks: Blob[] = [];
    const r = new MediaRecorder(stream, { mimeType: type });
    r.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    r.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      recorder.current = null;
      setRecording(false);
      setUrl(URL.createObjectURL(new Blob(chunks, { type })));
    };
    recorder.current = r;
    r.start();
    setRecording(true);
  }, [supported, type]);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  useEffect(
    () => () => {
      if (recorder.current?.state === 'recording') recorder.current.stop();
    },
    [],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  return { supported, recording, url, error, start, stop, discard };
}
