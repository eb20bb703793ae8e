import type { Kind, Metal } from './images'

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'

import { seedCategories, seedProducts } from './catalogue'
import { renderCategoryIcon, renderProductImage } from './images'
import { encodeVariant, gemNames, kinds, productStyles } from './variants'

// Usage: npx tsx scripts/seed/preview.ts [outDir] [perKind] [--all]
// --all renders every catalogue image and icon (the seed workload) and reports the timing.
const args = process.argv.slice(2)
const all = args.includes('--all')
const [outDir = '/tmp/seed-preview', perKindArg = '3'] = args.filter((a) => !a.startsWith('--'))
const perKind = Number(perKindArg)
const metals: readonly Metal[] = ['gold', 'silver', 'platinum']
const thumb = (png: Buffer): Promise<Buffer> => sharp(png).resize(240, 240).png().toBuffer()

await mkdir(outDir, { recursive: true })

const thumbs: Buffer[] = []
for (const kind of kinds) {
  const styles: readonly string[] = productStyles[kind]
  for (let i = 0; i < perKind; i++) {
    const metal = metals[i % metals.length] ?? 'gold'
    const gem = gemNames[(i + kinds.indexOf(kind)) % gemNames.length] ?? 'ruby'
    const variant = encodeVariant(kind, styles[i % styles.length] as never, gem, 1 + i)
    const png = await renderProductImage({ metal, kind, variant })
    await writeFile(join(outDir, `${kind}-${metal}-${variant}.png`), png)
    thumbs.push(await thumb(png))
  }
}
const iconKinds: Kind[] = ['ring', 'mangalsutra']
for (const kind of iconKinds) {
  const png = await renderCategoryIcon({ kind, label: kind })
  await writeFile(join(outDir, `icon-${kind}.png`), png)
  thumbs.push(await thumb(png))
}

const cols = 8
const contact = await sharp({
  create: {
    width: cols * 240,
    height: Math.ceil(thumbs.length / cols) * 240,
    channels: 4,
    background: '#ffffff',
  },
})
  .composite(
    thumbs.map((input, i) => ({ input, left: (i % cols) * 240, top: Math.floor(i / cols) * 240 })),
  )
  .png()
  .toBuffer()
await writeFile(join(outDir, 'contact.png'), contact)
console.log(`wrote ${thumbs.length} preview images and contact.png to ${outDir}`)

if (all) {
  const catalogueDir = join(outDir, 'catalogue')
  await mkdir(catalogueDir, { recursive: true })
  const started = performance.now()
  let count = 0
  for (const category of seedCategories) {
    const png = await renderCategoryIcon({ kind: category.kind, label: category.name })
    await writeFile(join(catalogueDir, `category-${category.slug}.png`), png)
    count++
  }
  for (const p of seedProducts) {
    for (const variant of p.imageVariants) {
      const png = await renderProductImage({ metal: p.metal, kind: p.kind, variant })
      await writeFile(join(catalogueDir, `${p.sku.toLowerCase()}-${variant}.png`), png)
      count++
    }
  }
  const ms = Math.round(performance.now() - started)
  console.log(`rendered ${count} catalogue images in ${ms} ms (${Math.round(ms / count)} ms each)`)
}
