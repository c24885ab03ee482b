/** The class views' older formats (`legacy` in a definition; ./formats.ts). */
import type { LegacyFormatName } from '../../../schemas/investigation/definition';
import type { ShareCodec } from '../../share/fragment';
import { GUM_CLASS_KEY } from '../../storage/storage-keys';
import { gumShareCodec } from '../../share-fragment';
import type { LegacyStore } from './formats';

/** With their share links (`#eck-gum1.…`). */
export const legacyClasses: Record<LegacyFormatName, LegacyStore<'class'> & { codec: ShareCodec }> =
  {
    gum: {
      keys: [GUM_CLASS_KEY],
      codec: gumShareCodec,
      load: () => import('./gum').then((m) => m.gumClassReader),
    },
  };
