import { fileURLToPath } from 'url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/**
 * Sent with every page, API answer and file. No per-request nonces, so pages stay cacheable; inline
 * scripts are Next's own hydration data. Images may come from any https host (media on S3). React
 * needs eval in development only. Nothing else comes from another host: the admin has no code editor
 * (Monaco, which Payload loads from a CDN); JSON is shown read-only. HSTS is added at run time by server.mjs, on https only.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Pages and data cached in each server's memory, capped: see cache-handler.mjs.
  cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Tests and the demo run a second server from the same checkout; keep their builds apart.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Says which framework (and, through Payload's own header, which CMS) to attack; both off.
  poweredByHeader: false,
  // pdfkit reads its fonts' metrics from files beside its code: bundled, it would not find them.
  serverExternalPackages: ['pdfkit'],
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // The build checks the app's types; `npm run typecheck` (and CI) checks the whole tree, tests too.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  experimental: {
    // Minified server code renames classes, and Payload answers an error whose class name is lost
    // with "An unknown error occurred." (a 403's own message gone) or `"name":"g"`, so a client can
    // no longer tell a ValidationError. Server bundles are not sent to browsers; size costs little.
    serverMinification: false,
  },
}

/**
 * `next build` also writes `.next/standalone`: the server with only the files it needs, which the
 * Dockerfile ships (scripts/standalone.mjs adds the static assets and server.mjs). Set for the build
 * only: `next start`'s server would otherwise warn on every start that it is not the standalone one.
 */
const config = (phase) =>
  withPayload(
    { ...nextConfig, output: phase === PHASE_PRODUCTION_BUILD ? 'standalone' : undefined },
    { devBundleServerPackages: false },
  )

export default config
