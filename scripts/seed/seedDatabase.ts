import type { CollectionSlug, Payload } from 'payload'

import { standardSizesByCategory } from '@/lib/sizes'

import { adminCredentials, demoAccounts, demoPassword } from './accounts'
import { metalRates, seedCategories, seedProducts } from './catalogue'
import type { SeedCategory, SeedProduct } from './catalogue'
import { renderCategoryIcon, renderProductImage } from './images'
import { seedInvoiceDetails } from './invoiceDetails'
import { sizesFromSpec } from './sizes'

export type SeedMode = 'demo' | 'production'
export type Login = { role: string; email: string; password: string; note?: string }

type Progress = (message: string) => void
// The generated types use SQLite/PostgreSQL numeric ids; MongoDB's string ids pass through as they are.
type Id = number

// Seeding is the one place besides operations that writes with access overridden (Local API
// default): it builds the business from nothing, before anyone exists to act.

const findOne = async (
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  value: string,
) => {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return docs[0] as { id: Id } | undefined
}

const ensurePerson = async (
  payload: Payload,
  collection: 'users' | 'customers' | 'vendors' | 'goldsmiths',
  data: Record<string, unknown> & { email: string },
): Promise<boolean> => {
  if (await findOne(payload, collection, 'email', data.email)) return false
  await payload.create({ collection, data: data as never })
  return true
}

const uploadImage = async (
  payload: Payload,
  filename: string,
  alt: string,
  png: () => Promise<Buffer>,
) => {
  const existing = await findOne(payload, 'media', 'filename', filename)
  if (existing) return existing.id
  const data = await png()
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
  })
  return doc.id
}

const seedCatalogue = async (
  payload: Payload,
  categories: SeedCategory[],
  products: SeedProduct[],
  progress: Progress,
) => {
  const categoryIds = new Map<string, Id>()
  for (const category of categories) {
    const existing = await findOne(payload, 'categories', 'slug', category.slug)
    if (existing) {
      categoryIds.set(category.slug, existing.id)
      continue
    }
    const icon = await uploadImage(
      payload,
      `category-${category.slug}.png`,
      `${category.name} icon`,
      () => renderCategoryIcon({ kind: category.kind, label: category.name }),
    )
    const doc = await payload.create({
      collection: 'categories',
      data: {
        name: category.name,
        slug: category.slug,
        description: category.description,
        makingDays: category.makingDays,
        sizes: [...(standardSizesByCategory[category.slug] ?? [])],
        icon,
      },
    })
    categoryIds.set(category.slug, doc.id)
  }
  progress(`categories: ${categories.length}`)
  if (products.length === 0) return

  let created = 0
  for (const [i, product] of products.entries()) {
    if (!(await findOne(payload, 'products', 'sku', product.sku))) {
      const images: Id[] = []
      for (const variant of product.imageVariants) {
        images.push(
          await uploadImage(
            payload,
            `${product.sku.toLowerCase()}-${variant}.png`,
            product.name,
            () => renderProductImage({ metal: product.metal, kind: product.kind, variant }),
          ),
        )
      }
      await payload.create({
        collection: 'products',
        data: {
          name: product.name,
          sku: product.sku,
          category: categoryIds.get(product.categorySlug)!,
          images,
          metal: product.metal,
          purity: product.purity as never,
          grossWeight: product.grossWeight,
          netWeight: product.netWeight,
          stoneWeight: product.stoneWeight,
          price: product.price,
          wastage: product.wastage,
          makingCharges: product.makingCharges,
          pricing: product.pricing,
          ...(product.pricing === 'rate_linked'
            ? {
                makingBasis: 'per_piece' as const,
                makingRate: product.makingCharges,
                stoneCharges: product.stoneCharges,
              }
            : {}),
          featured: product.featured,
          makingDays: product.makingDays,
          tags: product.tags,
          sizes: sizesFromSpec(
            product.attributes.find(({ key }) => key === 'Size range')?.value ?? '',
          ),
          attributes: product.attributes,
          description: paragraph(product.description),
          status: 'published',
        },
      })
      created++
    }
    if ((i + 1) % 8 === 0 || i === products.length - 1)
      progress(`products: ${i + 1}/${products.length} (${created} new)`)
  }
}

/** A Lexical document holding one paragraph of plain text. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/**
 * Fills an empty (or partly filled) database. Idempotent: whatever exists, by email, slug, SKU or
 * file name, is left as it is. `production` creates only the admin, starter categories, rates and
 * settings: no demo people, no products, no known passwords.
 * @returns the logins to print
 */
export const seedDatabase = async (
  payload: Payload,
  {
    mode,
    progress = () => {},
    productLimit = seedProducts.length,
  }: {
    mode: SeedMode
    progress?: Progress
    /** fewer products, for tests */ productLimit?: number
  },
): Promise<Login[]> => {
  const production = mode === 'production'
  const logins: Login[] = []
  const admin = adminCredentials(production)
  if (
    await ensurePerson(payload, 'users', {
      email: admin.email,
      password: admin.password,
      name: 'Administrator',
      role: 'admin',
    })
  ) {
    logins.push({
      role: 'admin',
      email: admin.email,
      password: admin.password,
      note: admin.generated ? 'generated: store it now, it is not shown again' : undefined,
    })
  } else {
    logins.push({ role: 'admin', email: admin.email, password: '(unchanged)' })
  }
  progress('admin ready')

  if (!production) {
    const { staff, goldsmiths, vendors, customers } = demoAccounts
    await ensurePerson(payload, 'users', { ...staff, password: demoPassword, role: 'staff' })
    logins.push({ role: 'staff', email: staff.email, password: demoPassword })
    for (const g of goldsmiths) {
      await ensurePerson(payload, 'goldsmiths', { ...g, password: demoPassword, active: true })
      logins.push({ role: 'goldsmith', email: g.email, password: demoPassword })
    }
    for (const v of vendors) {
      await ensurePerson(payload, 'vendors', { ...v, password: demoPassword })
      logins.push({ role: `vendor (${v.status})`, email: v.email, password: demoPassword })
    }
    for (const c of customers) {
      await ensurePerson(payload, 'customers', { ...c, password: demoPassword })
      logins.push({ role: 'customer', email: c.email, password: demoPassword })
    }
    progress('demo people ready')
  }

  const products = production ? [] : seedProducts.slice(0, productLimit)
  await seedCatalogue(payload, seedCategories, products, progress)

  const rates = await payload.findGlobal({ slug: 'rates' })
  // Every purity's rate, so the rate-linked demo pieces are priced (saving reprices them).
  if (!rates.gold || rates.gold22k == null)
    await payload.updateGlobal({
      slug: 'rates',
      data: {
        gold: rates.gold || 7450,
        silver: rates.silver || 92,
        gold22k: metalRates['22K'],
        gold18k: metalRates['18K'],
        gold14k: metalRates['14K'],
        silver925: metalRates['925'],
        platinum950: metalRates['950'],
      },
    })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.hero?.headline) {
    const heroImage = production
      ? undefined
      : (await findOne(payload, 'media', 'filename', firstProductImage()))?.id
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'Swarna Jewellery House',
        hero: {
          headline: 'Heirlooms, handcrafted to order',
          subheadline:
            'Gold, silver and platinum pieces made by our karigars for you and your store.',
          ctaLabel: 'Explore the collection',
          ctaHref: '/products',
          image: heroImage,
        },
        about: 'Three generations of goldsmiths in Jaipur, now taking orders from across India.',
        contact: {
          email: 'hello@example.com',
          phone: '+91 98290 00000',
          address: 'Johari Bazaar, Jaipur 302003',
        },
        footerText: 'BIS hallmarked gold. Every piece made to order.',
        socialLinks: [{ platform: 'instagram', url: 'https://instagram.com/example' }],
        timeZone: 'Asia/Kolkata',
      },
    })
  }
  await seedInvoiceDetails(payload)
  progress('rates and settings ready')
  return logins
}

const firstProductImage = () =>
  `${seedProducts[0].sku.toLowerCase()}-${seedProducts[0].imageVariants[0]}.png`
