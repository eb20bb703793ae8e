import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Tests and the demo run a second server from the same checkout; keep their builds apart.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The build checks the app's types; `npm run typecheck` (and CI) checks the whole tree, tests too.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  experimental: {
    // Minified server code renames classes, and Payload answers an error whose class name is lost
    // with "An unknown error occurred." (a 403's own message gone) or `"name":"g"`, so a client can
    // no longer tell a ValidationError. Server bundles are not sent to browsers; size costs little.
    serverMinification: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
