import { StatusCell as StatusCell_10af4f6a99f46e00c09152970c94681f } from '../../../../src/components/admin/cells/StatusCell'
import { AccountSecurity as AccountSecurity_4461c104947e669fdabb95b51bffbc50 } from '../../../../src/components/admin/AccountSecurity'
import { DateCell as DateCell_3bebafca0258277e706fa1b8af0fa84c } from '../../../../src/components/admin/cells/DateCell'
import { DocumentDates as DocumentDates_03e13ed53bed66928b23f392ef62a87d } from '../../../../src/components/admin/DocumentDates'
import { TextCell as TextCell_f3af7642ee5610554c64f65a0c21faf6 } from '../../../../src/components/admin/cells/TextCell'
import { PendingVendors as PendingVendors_1ed2da222fb79c7088aab573136116e7 } from '../../../../src/components/admin/vendors/PendingVendors'
import { BooleanLabelCell as BooleanLabelCell_26df0b5dd9580ca6480a04d611040dbf } from '../../../../src/components/admin/cells/BooleanLabelCell'
import { OpenWorkCell as OpenWorkCell_2740d684e7f297fd416fefbe1eb19a52 } from '../../../../src/components/admin/cells/OpenWorkCell'
import { RelationTitleCell as RelationTitleCell_407262c4381101f3231df4301e428265 } from '../../../../src/components/admin/cells/RelationTitleCell'
import { ImagesCell as ImagesCell_589e7f97d4d4349631e125593253d372 } from '../../../../src/components/admin/cells/ImagesCell'
import { MoneyCell as MoneyCell_c2b30e6a6b678f95b4621a5b03e8779c } from '../../../../src/components/admin/cells/MoneyCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BulkStatus as BulkStatus_31c3bcffd4ab41609b1c89d8418d260e } from '../../../../src/components/admin/products/BulkStatus'
import { OrderDesk as OrderDesk_ee71c219b29a71180864d4aaa254ed4c } from '../../../../src/components/admin/orders/OrderDesk'
import { BuyerCell as BuyerCell_c54b4a3bdd67abe888e6a13393763c59 } from '../../../../src/components/admin/orders/OrderListCells'
import { PlacedAtCell as PlacedAtCell_c54b4a3bdd67abe888e6a13393763c59 } from '../../../../src/components/admin/orders/OrderListCells'
import { OrderStatusCell as OrderStatusCell_add8d77847ff107af27a42badd79a07f } from '../../../../src/components/admin/OrderStatusLabel'
import { SnapshotField as SnapshotField_29f9ff480c0657f6e0bbd90967354c3d } from '../../../../src/components/admin/orders/SnapshotField'
import { AmountCell as AmountCell_c54b4a3bdd67abe888e6a13393763c59 } from '../../../../src/components/admin/orders/OrderListCells'
import { ReadyByCell as ReadyByCell_81c66ca2f4f5af1996651e4e482573dd } from '../../../../src/components/admin/ReadyByCell'
import { OrderStatusFilters as OrderStatusFilters_6ffdf42726728bdcb0ff40d9e7d6c229 } from '../../../../src/components/admin/orders/OrderStatusFilters'
import { BulkAccept as BulkAccept_58b848c65af1f14d10874aed4ac4c737 } from '../../../../src/components/admin/orders/BulkAccept'
import { GoldsmithBalances as GoldsmithBalances_ec52a026e4fc47e64e96782e57589864 } from '../../../../src/components/admin/ledger/GoldsmithBalances'
import { JsonView as JsonView_756264f33cc39845cf2cd572e991cbbe } from '../../../../src/components/admin/fields/JsonView'
import { RatesHistory as RatesHistory_b71e86f09df89a8dee0932546653047a } from '../../../../src/components/admin/RatesHistory'
import { StaffAvatar as StaffAvatar_f65703ea56e338fcc4d6240d5e9fddbe } from '../../../../src/components/admin/StaffAvatar'
import { ShopIcon as ShopIcon_4abe42d17dfee21a3a4c06345857b738 } from '../../../../src/components/admin/graphics/ShopIcon'
import { ShopLogo as ShopLogo_18a433843f6347712e4bc249b9336f5a } from '../../../../src/components/admin/graphics/ShopLogo'
import { StaffBell as StaffBell_5db83cbdff7ce1796c736a5b7123fc34 } from '../../../../src/components/admin/StaffBell'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { StaffLogin as StaffLogin_936200c359213d9a973a40af171a1cc7 } from '../../../../src/components/admin/StaffLogin'
import { StaffDashboard as StaffDashboard_85510d350c64a2625067e53ca2be4bee } from '../../../../src/components/admin/dashboard/StaffDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  '/src/components/admin/cells/StatusCell#StatusCell': StatusCell_10af4f6a99f46e00c09152970c94681f,
  '/src/components/admin/AccountSecurity#AccountSecurity':
    AccountSecurity_4461c104947e669fdabb95b51bffbc50,
  '/src/components/admin/cells/DateCell#DateCell': DateCell_3bebafca0258277e706fa1b8af0fa84c,
  '/src/components/admin/DocumentDates#DocumentDates':
    DocumentDates_03e13ed53bed66928b23f392ef62a87d,
  '/src/components/admin/cells/TextCell#TextCell': TextCell_f3af7642ee5610554c64f65a0c21faf6,
  '/src/components/admin/vendors/PendingVendors#PendingVendors':
    PendingVendors_1ed2da222fb79c7088aab573136116e7,
  '/src/components/admin/cells/BooleanLabelCell#BooleanLabelCell':
    BooleanLabelCell_26df0b5dd9580ca6480a04d611040dbf,
  '/src/components/admin/cells/OpenWorkCell#OpenWorkCell':
    OpenWorkCell_2740d684e7f297fd416fefbe1eb19a52,
  '/src/components/admin/cells/RelationTitleCell#RelationTitleCell':
    RelationTitleCell_407262c4381101f3231df4301e428265,
  '/src/components/admin/cells/ImagesCell#ImagesCell': ImagesCell_589e7f97d4d4349631e125593253d372,
  '/src/components/admin/cells/MoneyCell#MoneyCell': MoneyCell_c2b30e6a6b678f95b4621a5b03e8779c,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell':
    RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalField':
    RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#LexicalDiffComponent':
    LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient':
    InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient':
    HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UploadFeatureClient':
    UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#BlockquoteFeatureClient':
    BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#RelationshipFeatureClient':
    RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#LinkFeatureClient':
    LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ChecklistFeatureClient':
    ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#OrderedListFeatureClient':
    OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UnorderedListFeatureClient':
    UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#IndentFeatureClient':
    IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#AlignFeatureClient':
    AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#HeadingFeatureClient':
    HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ParagraphFeatureClient':
    ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#InlineCodeFeatureClient':
    InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#SuperscriptFeatureClient':
    SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#SubscriptFeatureClient':
    SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#StrikethroughFeatureClient':
    StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UnderlineFeatureClient':
    UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#BoldFeatureClient':
    BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ItalicFeatureClient':
    ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '/src/components/admin/products/BulkStatus#BulkStatus':
    BulkStatus_31c3bcffd4ab41609b1c89d8418d260e,
  '/src/components/admin/orders/OrderDesk#OrderDesk': OrderDesk_ee71c219b29a71180864d4aaa254ed4c,
  '/src/components/admin/orders/OrderListCells#BuyerCell':
    BuyerCell_c54b4a3bdd67abe888e6a13393763c59,
  '/src/components/admin/orders/OrderListCells#PlacedAtCell':
    PlacedAtCell_c54b4a3bdd67abe888e6a13393763c59,
  '/src/components/admin/OrderStatusLabel#OrderStatusCell':
    OrderStatusCell_add8d77847ff107af27a42badd79a07f,
  '/src/components/admin/orders/SnapshotField#SnapshotField':
    SnapshotField_29f9ff480c0657f6e0bbd90967354c3d,
  '/src/components/admin/orders/OrderListCells#AmountCell':
    AmountCell_c54b4a3bdd67abe888e6a13393763c59,
  '/src/components/admin/ReadyByCell#ReadyByCell': ReadyByCell_81c66ca2f4f5af1996651e4e482573dd,
  '/src/components/admin/orders/OrderStatusFilters#OrderStatusFilters':
    OrderStatusFilters_6ffdf42726728bdcb0ff40d9e7d6c229,
  '/src/components/admin/orders/BulkAccept#BulkAccept': BulkAccept_58b848c65af1f14d10874aed4ac4c737,
  '/src/components/admin/ledger/GoldsmithBalances#GoldsmithBalances':
    GoldsmithBalances_ec52a026e4fc47e64e96782e57589864,
  '/src/components/admin/fields/JsonView#JsonView': JsonView_756264f33cc39845cf2cd572e991cbbe,
  '/src/components/admin/RatesHistory#RatesHistory': RatesHistory_b71e86f09df89a8dee0932546653047a,
  '/src/components/admin/StaffAvatar#StaffAvatar': StaffAvatar_f65703ea56e338fcc4d6240d5e9fddbe,
  '/src/components/admin/graphics/ShopIcon#ShopIcon': ShopIcon_4abe42d17dfee21a3a4c06345857b738,
  '/src/components/admin/graphics/ShopLogo#ShopLogo': ShopLogo_18a433843f6347712e4bc249b9336f5a,
  '/src/components/admin/StaffBell#StaffBell': StaffBell_5db83cbdff7ce1796c736a5b7123fc34,
  '@payloadcms/storage-s3/client#S3ClientUploadHandler':
    S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  '/src/components/admin/StaffLogin#StaffLogin': StaffLogin_936200c359213d9a973a40af171a1cc7,
  '/src/components/admin/dashboard/StaffDashboard#StaffDashboard':
    StaffDashboard_85510d350c64a2625067e53ca2be4bee,
  '@payloadcms/next/rsc#CollectionCards': CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
}
