/**
 * The classroom tools of the present view (pen, countdown, name picker, spotlight, curtain).
 * Each is its own module, loaded with import() the first time it is opened, so the present view
 * stays small until a teacher uses one. This file only loads, toggles and reports them.
 */
import type { ToolName } from '../../lib/present-keys';

/** What a tool gets from the deck. */
export interface ToolHost {
  /** The present view's root (for the toolbar's buttons). */
  app: HTMLElement;
  /** The layer over the slides where tools put their overlays. */
  layer: HTMLElement;
  /** Lesson slug (per-lesson storage). */
  slug: string;
  /** 0-based index of the slide on screen. */
  slideIndex(): number;
  /** The slide on screen. */
  slideElement(): HTMLElement;
  /** A tool's state changed: the presenter window is told. */
  changed(): void;
}

/** One tool, as its module creates it. */
export interface Tool {
  open(): void;
  close(): void;
  isOpen(): boolean;
  /** A short Chinese line for the presenter window ("倒计时 2:31"), or null when idle. */
  status(): string | null;
  /** The deck moved to another slide. */
  slideChanged?(): void;
}

export type ToolModule = { createTool(host: ToolHost): Tool };

const loaders: Record<ToolName, () => Promise<ToolModule>> = {
  pen: () => import('./tools/pen'),
  countdown: () => import('./tools/countdown'),
  picker: () => import('./tools/picker'),
  spotlight: () => import('./tools/spotlight'),
  curtain: () => import('./tools/curtain'),
};

export function createTools(host: ToolHost) {
  const made = new Map<ToolName, Tool>();
  const loading = new Map<ToolName, Promise<Tool | undefined>>();
  /** Open tools, last opened last (Esc closes the last one). */
  const order: ToolName[] = [];
  const notice = host.app.querySelector<HTMLElement>('[data-tool-error]');

  const buttonOf = (name: ToolName) =>
    host.app.querySelector<HTMLElement>(`[data-action="tool"][data-tool="${name}"]`);

  function sync(name: ToolName) {
    const open = made.get(name)?.isOpen() ?? false;
    buttonOf(name)?.setAttribute('aria-pressed', String(open));
    const at = order.indexOf(name);
    if (open && at < 0) order.push(name);
    if (!open && at >= 0) order.splice(at, 1);
    host.changed();
  }

  function load(name: ToolName): Promise<Tool | undefined> {
    const have = made.get(name);
    if (have) return Promise.resolve(have);
    let pending = loading.get(name);
    if (!pending) {
      pending = loaders[name]()
        .then((m) => {
          const tool = m.createTool({ ...host, changed: () => sync(name) });
          made.set(name, tool);
          if (notice) notice.textContent = '';
          return tool;
        })
        .catch(() => {
          if (notice) notice.textContent = '这个工具没能加载（可能断网了），请联网后刷新再试。';
          return undefined;
        })
        .finally(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending;
  }

  return {
    /** Open a closed tool, close an open one. */
    toggle(name: ToolName): void {
      void load(name).then((tool) => {
        if (!tool) return;
        if (tool.isOpen()) tool.close();
        else tool.open();
        sync(name);
      });
    },
    /** Close the tool opened last; false when none is open. */
    closeLast(): boolean {
      const name = order[order.length - 1];
      const tool = name && made.get(name);
      if (!name || !tool) return false;
      tool.close();
      sync(name);
      return true;
    },
    statuses(): string[] {
      return [...made.values()].map((t) => t.status()).filter((s): s is string => !!s);
    },
    slideChanged(): void {
      for (const tool of made.values()) tool.slideChanged?.();
    },
  };
}
