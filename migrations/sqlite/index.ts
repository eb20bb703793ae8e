import * as migration_20261127_063810_initial from './20261127_063810_initial';
import * as migration_20261130_093226_throttles from './20261130_093226_throttles';
import * as migration_20261130_095129_note_audiences from './20261130_095129_note_audiences';
import * as migration_20261130_100256_product_sizes from './20261130_100256_product_sizes';

export const migrations = [
  {
    up: migration_20261127_063810_initial.up,
    down: migration_20261127_063810_initial.down,
    name: '20261127_063810_initial',
  },
  {
    up: migration_20261130_093226_throttles.up,
    down: migration_20261130_093226_throttles.down,
    name: '20261130_093226_throttles',
  },
  {
    up: migration_20261130_095129_note_audiences.up,
    down: migration_20261130_095129_note_audiences.down,
    name: '20261130_095129_note_audiences',
  },
  {
    up: migration_20261130_100256_product_sizes.up,
    down: migration_20261130_100256_product_sizes.down,
    name: '20261130_100256_product_sizes'
  },
];
