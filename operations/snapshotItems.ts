import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { Media, Order, Product } from '@/payload-types'
import type { OrderInput } from '@/lib/orderInput'
import { defaultGstRate } from '@/lib/gst'
import { rateOf } from '@/lib/metal'
import {
  componentGstRates,
  contractFor,
  fixedContract,
  piecePrice,
  rateTermsOf,
  type FrozenContract,
} from '@/lib/ratePricing'
import { makingDaysOf } from '@/lib/readyDate'
import { sizeProblem } from '@/lib/sizes'

import { ratesOf } from './rates'
import { siteSettingsOf } from './siteSettings'

type Item = NonNullable<Order['items']>[number]

const imageSnapshot = (images: Product['images']) =>
  (images ?? [])
    .filter((image): image is Media => typeof image === 'object' && image !== null)
    .map((image) => ({
      id: image.id,
      alt: image.alt,
      url: image.url,
      thumbnailURL: image.sizes?.thumbnail?.url ?? image.thumbnailURL ?? null,
      cardURL: image.sizes?.card?.url ?? null,
    }))

const snapshotFields = {
  name: true,
  sku: true,
  slug: true,
  status: true,
  category: true,
  images: true,
  metal: true,
  purity: true,
  grossWeight: true,
  netWeight: true,
  stoneWeight: true,
  attributes: true,
  sizes: true,
  makingDays: true,
  price: true,
  wastage: true,
  makingCharges: true,
  pricing: true,
  makingBasis: true,
  makingRate: true,
  stoneCharges: true,
} as const

/**
 * One piece's rate contract (lib/ratePricing.ts): a rate-linked piece priced now from the current
 * rate of its metal and purity, a fixed one at its price; null when it cannot be priced.
 */
const contractOf = (
  product: Omit<Product, 'createdAt' | 'updatedAt'>,
  rate: number | null,
  gstRates: FrozenContract['gstRates'],
): FrozenContract | null => {
  const frozen = {
    metal: product.metal,
    purity: product.purity,
    rate,
    netWeight: product.netWeight,
    wastagePercent: product.wastage ?? 0,
  }
  if (product.pricing === 'rate_linked') {
    const terms = rateTermsOf(product, rate)
    if (!terms) return null
    return {
      ...frozen,
      makingBasis: terms.makingBasis,
      makingRate: terms.makingRate,
      stoneCharges: terms.stoneCharges,
      ...contractFor('rate_linked', piecePrice(terms), gstRates),
    }
  }
  if (typeof product.price !== 'number') return null
  return {
    ...frozen,
    makingBasis: null,
    makingRate: null,
    stoneCharges: 0,
    ...fixedContract(product.price, gstRates),
  }
}

/**
 * Freezes each ordered product as it is now: name, SKU, images, attributes, category, metal,
 * purity, weights, and its rate contract: the price worked out from the current rate (or the fixed
 * price), wastage, making, stones, GST per piece and the rate of this moment. Only
 * published pieces can be ordered. Reads with access overridden: the snapshot must hold the prices
 * that the buyer may not see.
 * @returns the items, the products' images as read (with their flags), and each line's making time
 */
export const snapshotItems = async (
  req: PayloadRequest,
  items: OrderInput['items'],
): Promise<{ items: Item[]; images: unknown[]; makingDays: number[] }> => {
  const ids = [...new Set(items.map((item) => item.product))]
  const { docs } = await req.payload.find({
    collection: 'products',
    where: { id: { in: ids } },
    depth: 1,
    // Only what the snapshot, the checks and the ready date use (not the rich-text description);
    // the category's name and making time, and the images' addresses, in this read.
    select: snapshotFields,
    populate: {
      categories: { name: true, makingDays: true },
      media: {
        alt: true,
        filename: true,
        url: true,
        thumbnailURL: true,
        sizes: true,
        inOrders: true,
      },
    },
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const products = new Map(docs.map((doc) => [String(doc.id), doc]))
  const [rates, settings] = await Promise.all([ratesOf(req), siteSettingsOf(req)])
  const gstRates = componentGstRates(settings.gstRate ?? defaultGstRate, settings.gstRates)

  const problems: { path: string; message: string }[] = []
  const snapshots = items.map((item, i): Item | null => {
    const product = products.get(String(item.product))
    if (!product || product.status !== 'published') {
      problems.push({ path: `items.${i}.product`, message: 'This piece is not in the catalogue' })
      return null
    }
    const rate = rateOf(rates, product.metal, product.purity)
    const contract = contractOf(product, rate, gstRates)
    if (!contract) {
      problems.push({
        path: `items.${i}.product`,
        message: `${product.name} has no price yet; please ask us`,
      })
      return null
    }
    const sizeIssue = sizeProblem(item.size, product.sizes ?? [], product.name)
    if (sizeIssue) {
      problems.push({ path: `items.${i}.size`, message: sizeIssue })
      return null
    }
    const category = typeof product.category === 'object' ? product.category : null
    return {
      product: product.id,
      quantity: item.quantity,
      size: item.size?.trim() || null,
      notes: item.notes ?? null,
      productSnapshot: {
        name: product.name,
        sku: product.sku,
        slug: product.slug,
        categoryName: category?.name ?? null,
        metal: product.metal,
        purity: product.purity,
        grossWeight: product.grossWeight,
        netWeight: product.netWeight,
        stoneWeight: product.stoneWeight ?? 0,
        images: imageSnapshot(product.images),
        attributes: (product.attributes ?? []).map(({ key, value }) => ({ key, value })),
      },
      priceAtOrder: contract.price,
      wastageAtOrder: product.wastage ?? null,
      makingChargesAtOrder:
        contract.pricing === 'rate_linked' ? contract.making : (product.makingCharges ?? null),
      metalRateAtOrder: rate,
      rateContract: contract,
    }
  })
  if (problems.length) throw new ValidationError({ collection: 'orders', errors: problems }, req.t)
  return {
    items: snapshots as Item[],
    images: docs.flatMap((doc) => doc.images ?? []),
    makingDays: items.map((item) => {
      const product = products.get(String(item.product))!
      return makingDaysOf(product, typeof product.category === 'object' ? product.category : null)
    }),
  }
}
