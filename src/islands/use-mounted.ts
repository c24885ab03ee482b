import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and hydration, true right after. Islands show the defaults
 * until then and the values saved on the device afterwards, so hydration always matches.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
