import * as migration_20261127_063836_initial from './20261127_063836_initial';
import * as migration_20261130_093235_throttles from './20261130_093235_throttles';
import * as migration_20261130_095139_note_audiences from './20261130_095139_note_audiences';
import * as migration_20261130_100302_product_sizes from './20261130_100302_product_sizes';
import * as migration_20261130_113610_staff_second_factor from './20261130_113610_staff_second_factor';
import * as migration_20261130_114505_media_visibility from './20261130_114505_media_visibility';
import * as migration_20261130_150259_catalogue_indexes from './20261130_150259_catalogue_indexes';
import * as migration_20261130_175832_ready_date_and_bench from './20261130_175832_ready_date_and_bench';
import * as migration_20261130_181528_checkout_money from './20261130_181528_checkout_money';
import * as migration_20261130_213946_order_desk from './20261130_213946_order_desk';
import * as migration_20261130_214052_orders_goldsmith_newest_index from './20261130_214052_orders_goldsmith_newest_index';
import * as migration_20261130_214234_staff_permissions_category_order from './20261130_214234_staff_permissions_category_order';
import * as migration_20261201_004636_audit_request_id from './20261201_004636_audit_request_id';
import * as migration_20261201_051740_pricing_ledger_documents_storage from './20261201_051740_pricing_ledger_documents_storage';

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
    name: '20261130_100302_product_sizes',
  },
  {
    up: migration_20261130_113610_staff_second_factor.up,
    down: migration_20261130_113610_staff_second_factor.down,
    name: '20261130_113610_staff_second_factor',
  },
  {
    up: migration_20261130_114505_media_visibility.up,
    down: migration_20261130_114505_media_visibility.down,
    name: '20261130_114505_media_visibility',
  },
  {
    up: migration_20261130_150259_catalogue_indexes.up,
    down: migration_20261130_150259_catalogue_indexes.down,
    name: '20261130_150259_catalogue_indexes',
  },
  {
    up: migration_20261130_175832_ready_date_and_bench.up,
    down: migration_20261130_175832_ready_date_and_bench.down,
    name: '20261130_175832_ready_date_and_bench',
  },
  {
    up: migration_20261130_181528_checkout_money.up,
    down: migration_20261130_181528_checkout_money.down,
    name: '20261130_181528_checkout_money',
  },
  {
    up: migration_20261130_213946_order_desk.up,
    down: migration_20261130_213946_order_desk.down,
    name: '20261130_213946_order_desk',
  },
  {
    up: migration_20261130_214052_orders_goldsmith_newest_index.up,
    down: migration_20261130_214052_orders_goldsmith_newest_index.down,
    name: '20261130_214052_orders_goldsmith_newest_index',
  },
  {
    up: migration_20261130_214234_staff_permissions_category_order.up,
    down: migration_20261130_214234_staff_permissions_category_order.down,
    name: '20261130_214234_staff_permissions_category_order',
  },
  {
    up: migration_20261201_004636_audit_request_id.up,
    down: migration_20261201_004636_audit_request_id.down,
    name: '20261201_004636_audit_request_id',
  },
  {
    up: migration_20261201_051740_pricing_ledger_documents_storage.up,
    down: migration_20261201_051740_pricing_ledger_documents_storage.down,
    name: '20261201_051740_pricing_ledger_documents_storage'
  },
];
