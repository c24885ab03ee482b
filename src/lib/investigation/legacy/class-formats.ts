/** The class views' older formats (`legacy` in a definition; ./formats.ts). */
import type { LegacyFormatName } from '../../../schemas/investigation/definition';
import type { ShareCodec } from '../../share/fragment';
import { GUM_CLASS_KEY } from '../../storage/storage-keys';
import type { LegacyStore } from './formats';

/** With their share links (`#eck-gum1.…`). */
export const legacyClasses: Record<LegacyFormatName, LegacyStore<'class'> & { codec: ShareCodec }> =
  {
    gum: {
      keys: [GUM_CLASS_KEY],
      // As src/lib/share-fragment.ts's gumShareCodec, written out: importing it would split that
      // module out of the old gum class view's chunk.
      codec: { prefix: 'eck-gum', version: 1, title: '口香糖实验' },
      load: () => import('./gum').then((m) => m.gumClassReader),
    },
  };
