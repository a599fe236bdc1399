import { useEffect } from 'react';

/** Each route names itself: "Profile · MatchReady". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'MatchReady' : `${title} · MatchReady`;
  }, [title]);
}
