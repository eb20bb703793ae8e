import * as migration_20261127_063836_initial from './20261127_063836_initial';
import * as migration_20261130_093235_throttles from './20261130_093235_throttles';
import * as migration_20261130_095139_note_audiences from './20261130_095139_note_audiences';
import * as migration_20261130_100302_product_sizes from './20261130_100302_product_sizes';

export const migrations = [
  {
    up: migration_20261127_063836_initial.up,
    down: migration_20261127_063836_initial.down,
    name: '20261127_063836_initial',
  },
  {
    up: migration_20261130_093235_throttles.up,
    down: migration_20261130_093235_throttles.down,
    name: '20261130_093235_throttles',
  },
  {
    up: migration_20261130_095139_note_audiences.up,
    down: migration_20261130_095139_note_audiences.down,
    name: '20261130_095139_note_audiences',
  },
  {
    up: migration_20261130_100302_product_sizes.up,
    down: migration_20261130_100302_product_sizes.down,
    name: '20261130_100302_product_sizes'
  },
];
