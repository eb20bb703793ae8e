import path from 'path'
import { fileURLToPath } from 'url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from '@/adapters/database'
import { emailAdapter } from '@/adapters/email'
import { payloadSecret } from '@/adapters/secret'
import { storagePlugins } from '@/adapters/storage'
import { Categories } from '@/collections/Categories'
import { Counters } from '@/collections/Counters'
import { Customers } from '@/collections/Customers'
import { Goldsmiths } from '@/collections/Goldsmiths'
import { Media } from '@/collections/Media'
import { Notifications } from '@/collections/Notifications'
import { Orders } from '@/collections/Orders'
import { Products } from '@/collections/Products'
import { Users } from '@/collections/Users'
import { health } from '@/endpoints/health'
import { Vendors } from '@/collections/Vendors'
import { Rates } from '@/globals/Rates'
import { SiteSettings } from '@/globals/SiteSettings'
import { seedOnFirstStart } from '@/scripts/seed/seedOnFirstStart'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Jewellery admin' },
  },
  collections: [
    Users,
    Customers,
    Vendors,
    Goldsmiths,
    Categories,
    Products,
    Media,
    Orders,
    Notifications,
    Counters,
  ],
  globals: [Rates, SiteSettings],
  endpoints: [health],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  plugins: storagePlugins(),
  sharp,
  upload: { limits: { fileSize: Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024) } },
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  onInit: seedOnFirstStart,
  telemetry: false,
})
