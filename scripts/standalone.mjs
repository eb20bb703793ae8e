/**
 * The second half of `npm run build`: makes `<distDir>/standalone` (next.config.mjs, output:
 * 'standalone') a whole server that runs from its own folder, the Dockerfile's image.
 * - `public/` and `<distDir>/static`, which the standalone server serves but `next build` leaves
 *   out (Next's docs for `output: 'standalone'` ask for exactly these two copies);
 * - server.mjs (`npm start`) and every file it loads (observability.mjs, response-cache.mjs and
 *   the packages they import), traced as Next traces its own server, so the image runs server.mjs
 *   with the client's real address and request ids rather than the bare `server.js`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
// The tracer Next's own build uses (a CommonJS bundle: no named exports).
import nft from 'next/dist/compiled/@vercel/nft/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const standalone = path.join(root, distDir, 'standalone')

if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error(`${path.relative(root, standalone)}/server.js is missing: run next build first.`)
  process.exit(1)
}

// Next copies what its file tracing found. A file read from a path known only at run time, not
// annotated, makes it trace the whole project: the sources, and next.config.mjs, which then
// stops server.mjs using the build's config (it fails on the config's build-time imports).
const strays = ['next.config.mjs', 'README.md'].filter((file) =>
  fs.existsSync(path.join(standalone, file)),
)
if (strays.length) {
  console.error(
    `${path.relative(root, standalone)} holds ${strays.join(' and ')}: the build traced the whole project. Find the fs call with a run-time path (the .nft.json files under ${distDir}/server list what each route took) and mark it /* turbopackIgnore: true */.`,
  )
  process.exit(1)
}

const copy = (from, to) =>
  fs.cpSync(path.join(root, from), path.join(standalone, to), { recursive: true })

copy('public', 'public')
copy(path.join(distDir, 'static'), path.join(distDir, 'static'))

// Next and React are there already (server.js runs them); tracing `next` again would add its build
// tooling (compilers, bundlers) that a server never loads. next.config.mjs, which server.mjs looks
// for, must stay out: its absence is how server.mjs knows to use the build's finished config.
const { fileList } = await nft.nodeFileTrace([path.join(root, 'server.mjs')], {
  base: root,
  ignore: ['node_modules/next/**', 'node_modules/@next/**', 'next.config.mjs'],
})
let copied = 0
for (const file of fileList) {
  const target = path.join(standalone, file)
  if (fs.statSync(path.join(root, file)).isDirectory()) continue
  // A package Next already traced stays as it is; our own files are always the current ones.
  if (file.startsWith('node_modules/') && fs.existsSync(target)) continue
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(path.join(root, file), target)
  copied++
}
console.log(
  `${path.relative(root, standalone)}: public/, ${distDir}/static, server.mjs (${copied} files)`,
)
