import path from 'path'
import { fileURLToPath } from 'url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { databaseAdapter, migrateSchema, watchDatabase } from '@/adapters/database'
import { emailAdapter } from '@/adapters/email'
import { reportApiError } from '@/adapters/errorTracking'
import { jsonLogger } from '@/adapters/observability'
import { csrfOrigins, payloadSecret, serverUrl } from '@/adapters/production'
import { storagePlugins } from '@/adapters/storage'
import { isAdmin } from '@/access/checks'
import { staffOnlyEditLocks } from '@/access/editLocks'
import { answerDatabaseOutage } from '@/hooks/answerDatabaseOutage'
import { countLoginFailures } from '@/hooks/countLoginFailures'
import { refuseMalformedRequestsEverywhere } from '@/hooks/refuseMalformedRequests'
import { isAdminUser } from '@/access/roles'
import { defaultSiteName } from '@/lib/shop'
import { AuditLogs } from '@/collections/AuditLogs'
import { Categories } from '@/collections/Categories'
import { Counters } from '@/collections/Counters'
import { Customers } from '@/collections/Customers'
import { Goldsmiths } from '@/collections/Goldsmiths'
import { Hallmarks } from '@/collections/Hallmarks'
import { Invoices } from '@/collections/Invoices'
import { Media } from '@/collections/Media'
import { MetalLedger } from '@/collections/MetalLedger'
import { Notifications } from '@/collections/Notifications'
import { Orders } from '@/collections/Orders'
import { Products } from '@/collections/Products'
import { Throttles } from '@/collections/Throttles'
import { Users } from '@/collections/Users'
import { firstRegisterClosedQueries } from '@/endpoints/firstRegisterClosed'
import { accountKind } from '@/endpoints/accountKind'
import { health } from '@/endpoints/health'
import { withoutVersionRoutes } from '@/endpoints/noVersions'
import { metrics } from '@/endpoints/metrics'
import { viewer } from '@/endpoints/viewer'
import { Vendors } from '@/collections/Vendors'
import { Rates } from '@/globals/Rates'
import { sendNotificationEmail } from '@/jobs/sendNotificationEmail'
import { holdsRunnerLease } from '@/jobs/runnerLease'
import { SiteSettings } from '@/globals/SiteSettings'
import { withShopDates } from '@/fields/adminCells'
import { globalWithoutLockRead, withoutLockRead } from '@/hooks/skipLockRead'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: serverUrl(),
  csrf: csrfOrigins(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ` · ${defaultSiteName} admin`,
      // Our own icon, so the admin asks no other host for one.
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // Initials drawn locally: a gravatar would fetch from another host and send it a hash of each
    // staff email.
    avatar: { Component: '/src/components/admin/StaffAvatar#StaffAvatar' },
    // Dates Payload formats itself (a document's "Last modified", version lists) follow the
    // browser's zone, which no option changes: day first as in India, and the zone said (GMT+5:30).
    // Our list cells and dashboard use the shop's zone from site settings.
    dateFormat: 'd MMM yyyy, h:mm a (O)',
    components: {
      // Our sign-in asks staff with a second factor for their code (hooks/requireSecondFactor.ts).
      views: {
        login: { Component: '/src/components/admin/StaffLogin#StaffLogin' },
        dashboard: { Component: '/src/components/admin/dashboard/StaffDashboard#StaffDashboard' },
      },
      graphics: {
        Logo: '/src/components/admin/graphics/ShopLogo#ShopLogo',
        Icon: '/src/components/admin/graphics/ShopIcon#ShopIcon',
      },
      actions: ['/src/components/admin/StaffBell#StaffBell'],
    },
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
    MetalLedger,
    Hallmarks,
    Invoices,
    Notifications,
    AuditLogs,
    Counters,
    Throttles,
  ]
    .map(withoutLockRead)
    .map(withShopDates)
    .map(withoutVersionRoutes),
  globals: [Rates, SiteSettings].map(globalWithoutLockRead),
  endpoints: [health, metrics, viewer, accountKind],
  hooks: { afterError: [answerDatabaseOutage, countLoginFailures, reportApiError] },
  // JSON lines with the request id in production (adapters/observability.ts).
  logger: jsonLogger(),
  jobs: {
    tasks: [sendNotificationEmail],
    // The running server drains the queue; JOBS_AUTORUN_CRON (seconds field first) tunes it.
    autoRun:
      process.env.JOBS_AUTORUN === 'false'
        ? undefined
        : [
            {
              cron: process.env.JOBS_AUTORUN_CRON || '*/5 * * * * *',
              queue: 'default',
              limit: Number(process.env.JOBS_AUTORUN_LIMIT) || 20,
            },
          ],
    // With several instances on PostgreSQL, one sends at a time (jobs/runnerLease.ts).
    shouldAutoRun: holdsRunnerLease,
    access: {
      run: ({ req }) => isAdminUser(req.user),
      queue: ({ req }) => isAdminUser(req.user),
      cancel: ({ req }) => isAdminUser(req.user),
    },
    // Admins may see pending and failed emails (with their error logs); nobody edits them by API.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { ...defaultJobsCollection.access, read: isAdmin },
    }),
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  plugins: storagePlugins(),
  sharp,
  upload: { limits: { fileSize: Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024) } },
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    queries: firstRegisterClosedQueries,
  },
  // Only `npm run generate:types` writes the types: a dev server on PostgreSQL would otherwise
  // rewrite them with that adapter's schema (reset throttling adds a field there).
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  onInit: async (payload) => {
    if (process.env.NODE_ENV === 'production') await migrateSchema(payload)
    await watchDatabase(payload)
  },
  telemetry: false,
})
  .then(staffOnlyEditLocks)
  .then(refuseMalformedRequestsEverywhere)
