import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { whenNearScreen } from './near-screen';

/** How far below the screen a section starts loading. */
export const LOAD_NEAR_MARGIN = '800px';

/**
 * A section whose code loads when it nears the screen, like a client:visible island inside an
 * island. Until then it shows its heading (so links to `#titleId` work) and a short line.
 */
export function LoadNearScreen<M>({
  titleId,
  title,
  load,
  children,
}: {
  titleId: string;
  title: string;
  load: () => Promise<M>;
  children: (loaded: M) => ComponentChildren;
}) {
  const placeholder = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ module: M } | null>(null);
  const [failed, setFailed] = useState(false);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  useEffect(() => {
    const el = placeholder.current;
    if (!el) return;
    return whenNearScreen(
      el,
      () =>
        void latestLoad
          .current()
          .then((module) => setLoaded({ module }))
          .catch(() => setFailed(true)),
      LOAD_NEAR_MARGIN,
    );
  }, []);
  if (loaded) return <>{children(loaded.module)}</>;
  return (
    <section
      ref={placeholder}
      class="eck-record-section"
      aria-labelledby={titleId}
      aria-busy={failed ? undefined : 'true'}
    >
      <h2 id={titleId}>{title}</h2>
      <p role={failed ? 'alert' : undefined}>
        {failed
          ? `“${title}”没能打开。请刷新页面；没有网络时，要先在有网络时打开过一次本页。`
          : '正在打开……'}
      </p>
    </section>
  );
}
