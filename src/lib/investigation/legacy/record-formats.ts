/** The record stores' older formats (`legacy` in a definition; ./formats.ts). */
import type { LegacyFormatName } from '../../../schemas/investigation/definition';
import { GUM_RECORD_KEY, GUM_RECORD_V1_KEY } from '../../storage/storage-keys';
import type { LegacyStore } from './formats';

export const legacyRecords: Record<LegacyFormatName, LegacyStore<'record'>> = {
  gum: {
    keys: [GUM_RECORD_KEY, GUM_RECORD_V1_KEY],
    load: () => import('./gum-records').then((m) => m.gumRecordReader),
  },
};
