import * as migration_20261127_063810_initial from './20261127_063810_initial';
import * as migration_20261127_073645_owner_written_without_locking from './20261127_073645_owner_written_without_locking';

export const migrations = [
  {
    up: migration_20261127_063810_initial.up,
    down: migration_20261127_063810_initial.down,
    name: '20261127_063810_initial',
  },
  {
    up: migration_20261127_073645_owner_written_without_locking.up,
    down: migration_20261127_073645_owner_written_without_locking.down,
    name: '20261127_073645_owner_written_without_locking'
  },
];
