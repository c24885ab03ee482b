import { vi } from 'vitest';

/**
 * Stub the compression streams the way older browsers have them (undo with
 * vi.unstubAllGlobals()).
 */
export const oldBrowsers = {
  /** Chromium 80–102: CompressionStream exists but refuses 'deflate-raw'. */
  chromium86() {
    const refuse = (Real: typeof CompressionStream) =>
      class extends Real {
        constructor(format: CompressionFormat) {
          if (format === 'deflate-raw') throw new TypeError(`Unsupported format: ${format}`);
          super(format);
        }
      };
    vi.stubGlobal('CompressionStream', refuse(CompressionStream));
    vi.stubGlobal('DecompressionStream', refuse(DecompressionStream));
  },
  /** Safari before 16.4, Firefox before 113: no compression streams at all. */
  safari15() {
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
  },
};
