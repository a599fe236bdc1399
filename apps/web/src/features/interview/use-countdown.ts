import { useEffect, useRef, useState } from 'react';

export interface Countdown {
  /** Seconds left (never below 0). */
  readonly left: number;
  /** Seconds since the countdown started running (keeps counting past 0). */
  readonly elapsed: number;
}

/**
 * A wall-clock countdown (no drift from timer throttling): restarts whenever `key` changes while
 * `running`; calls `onDone` once when it reaches zero.
 */
export function useCountdown(
  totalSeconds: number,
  running: boolean,
  key: string,
  onDone?: () => void,
): Countdown {
  const [elapsed, setElapsed] = useState(0);
  const done = useRef(onDone);
  done.current = onDone;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` restarts the countdown
  useEffect(() => {
    setElapsed(0);
    if (!running) return;
    const started = Date.now();
    let fired = false;
    const tick = () => {
      const seconds = (Date.now() - started) / 1000;
      setElapsed(seconds);
      if (!fired && seconds >= totalSeconds) {
        fired = true;
        done.current?.();
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [running, totalSeconds, key]);

  return { left: Math.max(0, totalSeconds - elapsed), elapsed };
}
