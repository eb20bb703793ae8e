import * as migration_20261127_063836_initial from './20261127_063836_initial';
import * as migration_20261127_073623_owner_written_without_locking from './20261127_073623_owner_written_without_locking';

export const migrations = [
  {
    up: migration_20261127_063836_initial.up,
    down: migration_20261127_063836_initial.down,
    name: '20261127_063836_initial',
  },
  {
    up: migration_20261127_073623_owner_written_without_locking.up,
    down: migration_20261127_073623_owner_written_without_locking.down,
    name: '20261127_073623_owner_written_without_locking'
  },
];
