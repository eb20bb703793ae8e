import fs from 'fs'
import path from 'path'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { freePort } from '@/scripts/lib/nextServer'

import { unique } from '../helpers/accounts'
import { testClientAddress } from '../helpers/clients'
import type { Fixtures } from '../helpers/fixtures'
import { callAt, createFixtures } from '../helpers/fixtures'
import { startOwnServer } from '../helpers/ownServer'
import type { PersonKey } from '../helpers/people'

/*
 * Media on S3 (adapters/storage.ts, when S3_BUCKET is set), against a real S3 API: s3rver, a local
 * S3-compatible server, on a free port. A production server of this file's own stores every upload
 * there (the original and each image size, nothing on its disk) and serves the files back through
 * /api/media/file/…, where the access rules of access/media.ts still decide who gets them.
 */

const bucket = 'jewel-media'
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } // s3rver's own pair
const sizeNames = ['thumbnail', 'card', 'large'] as const
const mediaDir = '.tmp/s3-media'

let s3rver: S3rver
let s3: S3Client
let server: NextServer
let world: Fixtures
let png: Buffer

type Media = {
  id: number
  url: string
  filename: string
  sizes: Record<(typeof sizeNames)[number], { filename: string | null; url: string | null }>
}

/** One call to this file's server, as a client would make it: JSON or a form, with a session. */
const send = async (
  urlPath: string,
  init: { who?: PersonKey | null; body?: unknown; form?: FormData; method?: string } = {},
) => {
  const headers: Record<string, string> = { 'X-Forwarded-For': testClientAddress() }
  if (init.who) headers.Authorization = `JWT ${world.tokens[init.who]}`
  let body: BodyInit | undefined = init.form
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  return fetch(`${server.url}${urlPath}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  })
}

const json = async (res: Response) => ({ status: res.status, body: await res.json() })

/** The bucket's keys, as S3 lists them. */
const bucketKeys = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key)

const objectBytes = async (key: string) =>
  Buffer.from(
    await (
      await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    ).Body!.transformToByteArray(),
  )

/** The stored file's name and every size's: what must be in the bucket for one upload. */
const keysOf = (media: Media) => [
  media.filename,
  ...sizeNames.map((size) => {
    expect(media.sizes[size].filename, size).toBeTruthy()
    return media.sizes[size].filename!
  }),
]

/** The file and every size through the app, as `who`: the bytes when allowed, else null. */
const readThroughApp = async (who: PersonKey | null, media: Media) => {
  const urls = [media.url, ...sizeNames.map((size) => media.sizes[size].url!)]
  const answers = await Promise.all(
    urls.map(async (url) => {
      const res = await send(new URL(url, server.url).pathname, { who })
      return res.status === 200 ? Buffer.from(await res.arrayBuffer()) : res.status
    }),
  )
  // The original and its sizes answer alike, or one of them leaks.
  expect(new Set(answers.map((a) => Buffer.isBuffer(a))).size, String(answers)).toBe(1)
  if (!Buffer.isBuffer(answers[0])) {
    for (const status of answers) expect([403, 404]).toContain(status)
    return null
  }
  return answers as Buffer[]
}

const uploadImage = async (): Promise<Media> => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: `S3 piece ${unique()}` }))
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `s3-${unique()}.png`)
  const res = await json(await send('/api/media', { who: 'staff1', form }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc
}

/** Every key of the upload is in the bucket, and the app serves each one's exact bytes. */
const expectStoredAndServed = async (media: Media, reader: PersonKey | null) => {
  const keys = keysOf(media)
  expect(await bucketKeys()).toEqual(expect.arrayContaining(keys))
  const served = await readThroughApp(reader, media)
  expect(served).not.toBeNull()
  for (const [i, key] of keys.entries())
    expect(served![i].equals(await objectBytes(key))).toBe(true)
}

beforeAll(async () => {
  // Large enough that `large` (1600 px) is a real resize and not the original kept as it was.
  png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#b8860b' } })
    .png()
    .toBuffer()
  const port = await freePort()
  const directory = path.resolve(`.tmp/s3rver-${process.pid}`)
  fs.rmSync(directory, { recursive: true, force: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })
  s3rver = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  await s3rver.run()
  const endpoint = `http://127.0.0.1:${port}`
  s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  server = await startOwnServer('s3', await createFreshDatabase('s3'), {
    MEDIA_DIR: mediaDir,
    TRUSTED_PROXY: '127.0.0.1',
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  })
  world = await createFixtures(callAt(server.url))
})

afterAll(async () => {
  await server?.stop()
  await s3rver?.close()
})

const everyoneButStaff: (PersonKey | null)[] = [
  null,
  'customer1',
  'customer2',
  'vendor1',
  'goldsmith1',
]

describe('storage: media on S3', () => {
  it('stores an upload and every image size in the bucket, and nothing on the server’s disk', async () => {
    const image = await uploadImage()
    const keys = keysOf(image)
    expect(new Set(keys).size).toBe(1 + sizeNames.length)
    expect(await bucketKeys()).toEqual(expect.arrayContaining(keys))
    const original = await objectBytes(image.filename)
    expect((await sharp(original).metadata()).width).toBe(1800)
    const sized = await Promise.all(
      sizeNames.map(async (size) =>
        sharp(await objectBytes(image.sizes[size].filename!)).metadata(),
      ),
    )
    expect(sized.map((meta) => [meta.format, meta.width])).toEqual([
      ['webp', 320],
      ['webp', 720],
      ['webp', 1600],
    ])
    expect(fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []).toEqual([])
  })

  it('serves a published product’s image to anyone, and a draft’s to staff only', async () => {
    const image = await uploadImage()
    const product = await json(
      await send('/api/products', {
        who: 'staff1',
        body: {
          name: `S3 Piece ${unique()}`,
          sku: `S3-${unique()}`,
          category: world.category.id,
          metal: 'gold',
          purity: '22K',
          grossWeight: 10,
          netWeight: 8,
          price: 40_000,
          images: [image.id],
          sizes: [],
          status: 'draft',
        },
      }),
    )
    expect(product.status, JSON.stringify(product.body)).toBe(201)
    for (const who of everyoneButStaff)
      expect(await readThroughApp(who, image), String(who)).toBeNull()
    await expectStoredAndServed(image, 'staff2')

    const published = await send(`/api/products/${product.body.doc.id}`, {
      who: 'staff1',
      method: 'PATCH',
      body: { status: 'published' },
    })
    expect(published.status).toBe(200)
    for (const who of everyoneButStaff) await expectStoredAndServed(image, who)
  })

  it('keeps a finished piece’s photo to the order’s buyer, its karigar and staff', async () => {
    const order = await json(
      await send('/api/orders', {
        who: 'customer1',
        body: {
          items: [{ product: world.products[1].id, quantity: 1 }],
          customerSnapshot: {
            phone: '98765 43210',
            address: '12 MG Road, Jaipur',
            pincode: '302001',
          },
        },
      }),
    )
    expect(order.status, JSON.stringify(order.body)).toBe(201)
    const id = order.body.doc.id
    for (const move of [
      { action: 'accept' },
      { action: 'assign', goldsmith: world.ids.goldsmith1 },
    ]) {
      const res = await send(`/api/orders/${id}/transition`, { who: 'staff1', body: move })
      expect(res.status, move.action).toBe(200)
    }
    const form = new FormData()
    form.append('_payload', JSON.stringify({ action: 'complete' }))
    form.append(
      'file',
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      `done-${unique()}.png`,
    )
    const done = await json(await send(`/api/orders/${id}/transition`, { who: 'goldsmith1', form }))
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const photoId = done.body.doc.history.find(
      (e: { action: string }) => e.action === 'complete',
    ).photo
    const photo = (await json(await send(`/api/media/${photoId}`, { who: 'staff1' }))).body as Media

    for (const who of ['customer1', 'goldsmith1', 'staff1'] as const)
      await expectStoredAndServed(photo, who)
    for (const who of [null, 'customer2', 'vendor1', 'goldsmith2'] as const)
      expect(await readThroughApp(who, photo), String(who)).toBeNull()
  })

  it('removes the file and its sizes from the bucket when staff delete the image', async () => {
    const image = await uploadImage()
    const keys = keysOf(image)
    expect(await bucketKeys()).toEqual(expect.arrayContaining(keys))
    const deleted = await send(`/api/media/${image.id}`, { who: 'staff1', method: 'DELETE' })
    expect(deleted.status).toBe(200)
    const left = await bucketKeys()
    for (const key of keys) expect(left).not.toContain(key)
  })

  it('answers 404, not a 500, for a file the bucket no longer holds', async () => {
    const image = await uploadImage()
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: image.filename }))
    expect((await send(new URL(image.url, server.url).pathname, { who: 'staff1' })).status).toBe(
      404,
    )
  })
})
