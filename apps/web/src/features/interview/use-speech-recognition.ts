import { useCallback, useEffect, useRef, useState } from 'react';

// The Web Speech API is not in TypeScript's DOM library: the little this app uses, typed here.
interface RecognitionAlternative {
  readonly transcript: string;
}
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: RecognitionAlternative;
}
interface RecognitionEvent extends Event {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResult };
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: Event & { readonly error?: string }) => void) | null;
  onend: (() => void) | null;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export interface SpeechInput {
  /** False where the browser offers no speech recognition (then only typing is offered). */
  readonly supported: boolean;
  readonly listening: boolean;
  /** Words heard but not final yet (shown greyed, not put in the answer). */
  readonly interim: string;
  readonly error: string | null;
  start(): void;
  stop(): void;
}

const ERRORS: Readonly<Record<string, string>> = {
  'not-allowed': 'The browser was not allowed to use the microphone.',
  'service-not-allowed': 'Speech recognition is not allowed in this browser.',
  'no-speech': 'No speech was heard. Try again, or type your answer.',
  network: 'Speech recognition needs a connection in this browser. Type your answer instead.',
  'audio-capture': 'No microphone was found.',
};

/**
 * Dictation with the browser's own recogniser (on the device where the browser offers it).
 * Final phrases go to `onFinal`; the caller appends them to an answer the user can still edit.
 */
export function useSpeechRecognition(onFinal: (text: string) => void): SpeechInput {
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const final = useRef(onFinal);
  final.current = onFinal;
  const Constructor = recognitionConstructor();

  const stop = useCallback(() => {
    recognition.current?.stop();
  }, []);

  const start = useCallback(() => {
    if (!Constructor || recognition.current) return;
    const r = new Constructor();
    r.lang = 'en-US';
    r.continuous = true;
    r.interimResults = true;
    r.onresult = (event) => {
      let pending = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const text = result?.[0]?.transcript ?? '';
        if (result?.isFinal) final.current(text.trim());
        else pending += text;
      }
      setInterim(pending.trim());
    };
    r.onerror = (event) => setError(ERRORS[event.error ?? ''] ?? 'Speech recognition stopped.');
    r.onend = () => {
      recognition.current = null;
      setListening(false);
      setInterim('');
    };
    setError(null);
    recognition.current = r;
    r.start();
    setListening(true);
  }, [Constructor]);

  useEffect(() => () => recognition.current?.stop(), []);

  return { supported: Constructor !== null, listening, interim, error, start, stop };
}
