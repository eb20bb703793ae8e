import fc from 'fast-check'

import { orderActions } from '@/lib/orderStatus'

import { mutated, weirdNumber, weirdString, weirdValue } from './fuzzValues'

/*
 * What the fuzz sends: each case is data (who, which route, what body), drawn by fast-check and
 * turned into one HTTP request when it runs (`toRequest`), so a failing case prints as it was drawn
 * and replays from its seed and path.
 */

/** Who sends a case: nobody, a token no server issued, or one of the fuzz's own accounts. */
export const actors = [
  'anonymous',
  'garbageToken',
  'customer',
  'customer2',
  'vendor',
  'vendor2',
  'pendingVendor',
  'goldsmith',
  'goldsmith2',
  'staff',
  'admin',
] as const
export type Actor = (typeof actors)[number]
export type SignedInActor = Exclude<Actor, 'anonymous' | 'garbageToken'>

export const accountCollections = ['customers', 'vendors', 'goldsmiths', 'users'] as const
export type AccountCollection = (typeof accountCollections)[number]

/**
 * What the fuzz works with: its own accounts (signed in once each), the catalogue it orders from,
 * and the orders it has placed so far (grows as cases place more).
 */
export type FuzzWorld = {
  run: string
  tokens: Record<SignedInActor, string>
  ids: Record<SignedInActor, number | string>
  emails: Record<SignedInActor, string>
  products: (number | string)[]
  draftProduct: number | string
  categorySlug: string
  productSlugs: string[]
  orders: (number | string)[]
}

/** Stands for a fresh, unique email when the request is sent. */
export const freshEmail = '\u0001fresh-email'

export type FuzzCase =
  | { kind: 'place'; actor: Actor; body: unknown; send: Sending; idempotencyKey?: string }
  | { kind: 'bySku'; actor: Actor; body: unknown; send: Sending }
  | {
      kind: 'orderMove'
      actor: Actor
      route: 'transition' | 'edit' | 'ready-date'
      order: OrderRef
      body: unknown
      send: Sending
    }
  | { kind: 'orderPatch'; actor: Actor; order: OrderRef; body: unknown; send: Sending }
  | { kind: 'register'; actor: Actor; collection: AccountCollection; body: unknown; send: Sending }
  | {
      kind: 'auth'
      actor: Actor
      collection: AccountCollection
      route: AuthRoute
      body: unknown
      send: Sending
    }
  | {
      kind: 'accountPatch'
      actor: Actor
      collection: AccountCollection
      target: AccountRef
      body: unknown
      send: Sending
    }
  | { kind: 'list'; actor: Actor; collection: 'products' | 'orders' | 'categories'; query: string }
  | { kind: 'byId'; actor: Actor; collection: 'products' | 'orders'; id: OrderRef; query: string }
  | { kind: 'storefront'; path: string }
  | { kind: 'graphql'; actor: Actor; body: unknown; send: Sending }

/** An order the fuzz placed (by index), a foreign id, or a malformed one. */
export type OrderRef = { placed: number } | { raw: string }
/** One of the fuzz's accounts, or a foreign or malformed id. */
export type AccountRef = { own: SignedInActor } | { raw: string }

/** How the body travels: JSON (as sent, or as broken text), another content type, or multipart. */
export type Sending =
  | { as: 'json' }
  | { as: 'text'; text: string; contentType: string | null }
  | { as: 'contentType'; contentType: string | null }
  | { as: 'multipart'; withFile: boolean; fileBytes: number[] }

export const authRoutes = [
  'login',
  'logout',
  'refresh-token',
  'me',
  'first-register',
  'init',
  'forgot-password',
  'reset-password',
  'unlock',
  'verify',
  'change-password',
  'sessions',
  'account-kind',
  'second-factor',
] as const
export type AuthRoute = (typeof authRoutes)[number]

const actor = () => fc.constantFrom(...actors)

const sending = (): fc.Arbitrary<Sending> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant({ as: 'json' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        as: fc.constant('text' as const),
        text: fc.oneof(
          fc.constantFrom(
            '',
            '{',
            '{"items": [',
            'null',
            '[]',
            '"text"',
            '1e999',
            '{"a":1}garbage',
            '\u0000',
            '{"__proto__": {"role": "admin"}}',
            '{"constructor": {"prototype": {"role": "admin"}}}',
            '{"a": 1, "a": 2}',
            '\uFEFF{}',
            'items=1&items[0][product]=1',
            '['.repeat(10_000),
          ),
          fc.string({ maxLength: 60 }),
        ),
        contentType: fc.constantFrom('application/json', 'text/plain', null),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        as: fc.constant('contentType' as const),
        contentType: fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'multipart/form-data; boundary=nothing-here',
          'application/xml',
          'application/json; charset=utf-16',
          'application/octet-stream',
          '',
          null,
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        as: fc.constant('multipart' as const),
        withFile: fc.boolean(),
        fileBytes: fc.oneof(
          fc.array(fc.nat({ max: 255 }), { maxLength: 64 }),
          // The start of a PNG, then noise: an image only by its first bytes.
          fc
            .array(fc.nat({ max: 255 }), { maxLength: 64 })
            .map((noise) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise]),
        ),
      }),
    },
  )

const orderRef = (): fc.Arbitrary<OrderRef> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((placed) => ({ placed })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '0',
            '-1',
            '1.5',
            'abc',
            '1e3',
            '99999999',
            '9007199254740993',
            '%00',
            '..',
            '1%20or%201=1',
            '__proto__',
            'constructor',
            '1,2',
          ),
          // Ids no document has yet: on the int project's shared server, lower ones are other test
          // files' orders, which the fuzz must not move. "Other people's" orders are its own
          // accounts' (a customer's, asked for by the other customer).
          fc.integer({ min: 10_000_000, max: 10_999_999 }).map(String),
        )
        .map((raw) => ({ raw })),
    },
  )

const accountRef = (): fc.Arbitrary<AccountRef> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...actors.slice(2)).map((own) => ({ own: own as SignedInActor })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('0', '-1', 'abc', '1.5', '99999999', '__proto__')
        .map((raw) => ({ raw })),
    },
  )

/**
 * Ids a field might be given that belong to someone else (the fuzz's own other accounts, products),
 * or to nothing; alone, or as a polymorphic relationship's value.
 */
const someId = (world: () => FuzzWorld) =>
  fc
    .tuple(
      fc.oneof(fc.nat({ max: 200 }), fc.constantFrom('abc', '-1', '0')),
      fc.constantFrom(null, 'customers', 'vendors', 'users', 'goldsmiths', 'products'),
    )
    .map(([n, relationTo]) => {
      const w = world()
      const pool = [...w.products, w.draftProduct, ...Object.values(w.ids)]
      const id = typeof n === 'number' ? pool[n % pool.length] : n
      return relationTo ? { relationTo, value: id } : id
    })

/** A delivery as a buyer sends it. */
const delivery = {
  recipientName: 'Fuzz Recipient',
  phone: '98765 43210',
  address: '12 MG Road, Jaipur, Rajasthan',
  pincode: '302001',
}

/** The cases, weighted toward writes (where partial writes hide) and the catalogue's queries. */
export const fuzzCase = (world: () => FuzzWorld): fc.Arbitrary<FuzzCase> => {
  const ids = someId(world)
  // The first fixture product comes in sizes; the others are one-size pieces.
  const product = fc.nat().map((i) => i % world().products.length)
  const placement = fc
    .tuple(
      fc.array(
        fc.tuple(
          product,
          fc.integer({ min: 1, max: 5 }),
          fc.constantFrom('14', '14', '13', undefined),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      fc.boolean(),
    )
    .chain(([lines, withDelivery]) =>
      mutated(
        {
          items: lines.map(([p, quantity, size]) => ({
            product: world().products[p],
            quantity,
            ...(size && (p === 0 || size === '13') ? { size } : {}),
            notes: 'fuzz',
          })),
          ...(withDelivery
            ? { customerSnapshot: delivery }
            : { customerSnapshot: { address: delivery.address } }),
          instructions: 'fuzz order',
        },
        ids,
      ),
    )
  const transitionBody = fc
    .record({
      action: fc.oneof(fc.constantFrom(...orderActions), weirdString()),
      note: fc.option(fc.constantFrom('a note', 'n'.repeat(1001)), { nil: undefined }),
      noteVisibility: fc.option(fc.constantFrom('internal', 'buyer', 'karigar', 'everyone'), {
        nil: undefined,
      }),
      goldsmith: fc.option(
        fc.constantFrom<'goldsmith' | 'goldsmith2' | 'customer'>(
          'goldsmith',
          'goldsmith2',
          'customer',
        ),
        { nil: undefined },
      ),
      reason: fc.option(fc.constantFrom('Out of stock', ''), { nil: undefined }),
      readyBy: fc.option(fc.constantFrom('2027-06-01', '2020-01-01'), { nil: undefined }),
      amountConfirmation: fc.option(
        fc.constantFrom({ via: 'phone' }, { via: 'pigeon' }, { via: 'whatsapp', at: 'yesterday' }),
        { nil: undefined },
      ),
    })
    .map(({ goldsmith, ...rest }) => ({
      ...rest,
      ...(goldsmith ? { goldsmith: world().ids[goldsmith] } : {}),
    }))
    .chain((valid) => mutated(valid, ids, 2))
  const editBody = mutated(
    {
      items: [{ quantity: 2, size: '14', notes: 'edited' }],
      customerSnapshot: delivery,
      instructions: 'edited',
    },
    ids,
  )
  const readyDateBody = mutated(
    { readyBy: '2027-05-01', note: 'moved', noteVisibility: 'buyer' },
    ids,
  )
  const registration = (collection: AccountCollection) => {
    const common = { email: freshEmail, password: 'Fuzz-pass-2026!x' }
    const valid = {
      customers: { ...common, name: 'Fuzz Customer', phone: '9876543210' },
      vendors: {
        ...common,
        businessName: 'Fuzz Jewellers',
        ownerName: 'Fuzz Owner',
        phone: '+91 98765 43210',
        gstNumber: '27AAPFU0939F1ZV',
        city: 'Jaipur',
      },
      goldsmiths: { ...common, name: 'Fuzz Karigar', phone: '9123456780' },
      users: { ...common, name: 'Fuzz Staff', role: 'staff' },
    }[collection]
    return mutated(valid, ids)
  }
  const authBody = (route: AuthRoute) => {
    const email = fc.oneof(
      fc.constantFrom('nobody@fuzz.example', freshEmail, 'not-an-email', ''),
      fc.constantFrom(...actors.slice(2)).map((a) => world().emails[a as SignedInActor]),
    )
    return email.chain((address) => {
      const valid: Record<AuthRoute, unknown> = {
        login: { email: address, password: 'Wrong-pass-2026!' },
        logout: {},
        'refresh-token': {},
        me: {},
        'first-register': { email: freshEmail, password: 'Fuzz-pass-2026!x', name: 'First' },
        init: {},
        'forgot-password': { email: address },
        'reset-password': { token: 'a'.repeat(40), password: 'Fuzz-pass-2026!x' },
        unlock: { email: address },
        verify: {},
        'change-password': { currentPassword: 'Wrong-pass-2026!', password: 'Fuzz-pass-2026!y' },
        sessions: {},
        'account-kind': { email: address, password: 'Wrong-pass-2026!', tried: 'customers' },
        'second-factor': { code: '123456' },
      }
      return mutated(valid[route], ids)
    })
  }
  const query = listQuery()
  return fc.oneof(
    {
      weight: 14,
      arbitrary: fc.record({
        kind: fc.constant('place' as const),
        actor: actor(),
        body: placement,
        send: sending(),
        idempotencyKey: fc.option(fc.oneof(fc.uuid(), weirdString()), { nil: undefined }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('bySku' as const),
        actor: actor(),
        body: mutated({ skus: ['FIX-1', 'FIX-2', 'NOPE-1'] }, ids),
        send: sending(),
      }),
    },
    {
      weight: 14,
      arbitrary: fc.oneof(
        fc.record({
          kind: fc.constant('orderMove' as const),
          actor: actor(),
          route: fc.constant('transition' as const),
          order: orderRef(),
          body: transitionBody,
          send: sending(),
        }),
        fc.record({
          kind: fc.constant('orderMove' as const),
          actor: actor(),
          route: fc.constant('edit' as const),
          order: orderRef(),
          body: editBody,
          send: sending(),
        }),
        fc.record({
          kind: fc.constant('orderMove' as const),
          actor: actor(),
          route: fc.constant('ready-date' as const),
          order: orderRef(),
          body: readyDateBody,
          send: sending(),
        }),
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('orderPatch' as const),
        actor: actor(),
        order: orderRef(),
        body: mutated({ instructions: 'patched', customerSnapshot: delivery }, ids),
        send: sending(),
      }),
    },
    {
      weight: 10,
      arbitrary: fc.constantFrom(...accountCollections).chain((collection) =>
        fc.record({
          kind: fc.constant('register' as const),
          actor: actor(),
          collection: fc.constant(collection),
          body: registration(collection),
          send: sending(),
        }),
      ),
    },
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...accountCollections), fc.constantFrom(...authRoutes))
        .chain(([collection, route]) =>
          fc.record({
            kind: fc.constant('auth' as const),
            actor: actor(),
            collection: fc.constant(collection),
            route: fc.constant(route),
            body: authBody(route),
            send: sending(),
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('accountPatch' as const),
        actor: actor(),
        collection: fc.constantFrom(...accountCollections),
        target: accountRef(),
        body: mutated(
          { name: 'Fuzz Renamed', phone: '9876500000', city: 'Pune', businessName: 'Fuzz Gems' },
          ids,
        ),
        send: sending(),
      }),
    },
    {
      weight: 16,
      arbitrary: fc.record({
        kind: fc.constant('list' as const),
        actor: actor(),
        collection: fc.constantFrom(
          'products' as const,
          'products' as const,
          'orders' as const,
          'categories' as const,
        ),
        query,
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('byId' as const),
        actor: actor(),
        collection: fc.constantFrom('products' as const, 'orders' as const),
        id: orderRef(),
        query,
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('storefront' as const), path: storefrontPath() }),
    },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('graphql' as const),
        actor: actor(),
        body: graphqlBody(ids),
        send: sending(),
      }),
    },
  )
}

const fields = [
  'name',
  'slug',
  'sku',
  'price',
  'wastage',
  'makingCharges',
  'grossWeight',
  'netWeight',
  'metal',
  'purity',
  'status',
  'featured',
  'category',
  'category.name',
  'category.slug',
  'images',
  'images.filename',
  'id',
  'createdAt',
  'orderId',
  'placedBy',
  'placedBy.value',
  'placedBy.relationTo',
  'items.product',
  'items.priceAtOrder',
  'customerSnapshot.phone',
  'history.note',
  'totalAmount',
  'assignedGoldsmith',
  'nonexistent',
  '__proto__',
  'constructor',
  'a.b.c.d.e',
  '',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
  '__proto__',
]

/** Percent-encoded UTF-8; a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
const percentEncoded = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')

/** A query string value: as a client encodes it, or raw (undecodable percent signs and all). */
const encoded = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(value, fc.nat({ max: 9 }))
    .map(([v, n]) => (n === 0 ? v.replace(/[&#\s]/g, '') : percentEncoded(v)))

const numberParam = () =>
  fc.oneof(
    fc.constantFrom(
      '',
      '-1',
      '0',
      '1',
      '2',
      '10',
      '100',
      '1e9',
      '999999999',
      '99999999999999999999',
      'abc',
      'NaN',
      '1.5',
      '0x10',
      ' 1',
      '%00',
    ),
    fc.nat({ max: 1000 }).map(String),
  )

const whereParam = (depth: number): fc.Arbitrary<string> => {
  const leaf = fc
    .tuple(
      fc.constantFrom(...fields),
      fc.constantFrom(...operators),
      encoded(fc.oneof(weirdString(), weirdNumber().map(String))),
      fc.boolean(),
    )
    .map(([field, op, value, asList]) => `[${field}][${op}]${asList ? '[0]' : ''}=${value}`)
  if (depth === 0) return leaf
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('or', 'and', 'OR', 'not'),
          fc.constantFrom('0', '1', '-1', 'abc', '99999', '__proto__'),
          whereParam(depth - 1),
        )
        .map(([join, index, inner]) => `[${join}][${index}]${inner}`),
    },
  )
}

/** A list's query string: `where` (brackets or JSON), `sort`, `limit`, `page`, `depth`, `select`… */
export const listQuery = () =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: whereParam(3).map((w) => `where${w}`) },
        {
          weight: 1,
          arbitrary: fc
            .oneof(fc.jsonValue({ maxDepth: 4 }), weirdValue())
            .map((v) => `where=${percentEncoded(JSON.stringify(v) ?? '')}`),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'where=garbage',
            'where[',
            'where]=1',
            'where[[]]=1',
            `where${'[a]'.repeat(200)}=1`,
            `where${'[or][0]'.repeat(60)}[name][equals]=x`,
          ),
        },
        {
          weight: 2,
          arbitrary: encoded(
            fc.oneof(
              fc.constantFrom(...fields).map((f) => f),
              fc.constantFrom(...fields).map((f) => `-${f}`),
              fc.constantFrom('-', '--name', 'name,-price', ',', 'price,price', ' name'),
              weirdString(),
            ),
          ).map((s) => `sort=${s}`),
        },
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.constantFrom('limit', 'page', 'depth'), numberParam())
            .map(([k, v]) => `${k}=${v}`),
        },
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.constantFrom(...fields), fc.constantFrom('true', 'false', '1', 'x', ''))
            .map(
              ([f, v]) =>
                `select${f
                  .split('.')
                  .map((p) => `[${p}]`)
                  .join('')}=${v}`,
            ),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'select=garbage',
            'select[]=1',
            'populate[category][name]=true',
            'populate[nope]=true',
            'draft=true',
            'draft=maybe',
            'locale=xx',
            'fallback-locale=none',
            'trash=true',
            'pagination=false',
            'joins[x][limit]=1',
            'limit=1&limit=2',
            '%zz',
            '%',
            '&&&',
            '=',
            'depth=1&depth=abc',
          ),
        },
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join('&'))

/** A storefront URL whose query string (or slug) a visitor typed: the catalogue, a product, a category. */
const storefrontPath = () =>
  fc.oneof(
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'metal',
            'purity',
            'category',
            'minWeight',
            'maxWeight',
            'q',
            'sort',
            'page',
            'view',
            'utm_source',
            '__proto__',
          ),
          encoded(
            fc.oneof(
              weirdString(),
              weirdNumber().map(String),
              fc.constantFrom('gold', '22K', 'name', 'list', 'fixture-rings'),
            ),
          ),
        ),
        { maxLength: 5 },
      )
      .map((pairs) => `/products?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    encoded(weirdString()).map((q) => `/search/count?q=${q}&minWeight=${q}`),
    encoded(weirdString()).map((q) => `/search/suggest?q=${q}`),
    encoded(weirdString()).map((slug) => `/products/${slug || 'x'}`),
    encoded(weirdString()).map((slug) => `/categories/${slug || 'x'}?page=${slug}`),
  )

const graphqlBody = (ids: fc.Arbitrary<unknown>) => {
  const literal = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('null', 'true', '1e999', '-1', '"abc"', '[1, "a"]', '{}', 'ENUM'),
  )
  const where = fc
    .tuple(
      fc.constantFrom(
        'name',
        'price',
        'wastage',
        'id',
        'category',
        'status',
        'createdAt',
        'sku',
        'nope',
      ),
      fc.constantFrom('equals', 'in', 'greater_than', 'like', 'exists', 'near', 'bogus'),
      literal,
    )
    .map(([f, op, v]) => `{ ${f}: { ${op}: ${v} } }`)
  const products = fc
    .tuple(
      where,
      fc.option(encodedGql(), { nil: undefined }),
      fc.option(literal, { nil: undefined }),
      fc.option(literal, { nil: undefined }),
    )
    .map(([w, sort, limit, page]) => {
      const args = [
        `where: ${w}`,
        sort !== undefined ? `sort: ${sort}` : '',
        limit ? `limit: ${limit}` : '',
        page ? `page: ${page}` : '',
      ]
      return {
        query: `{ Products(${args.filter(Boolean).join(', ')}) { docs { id name price wastage category { name } } totalDocs } }`,
      }
    })
  const one = literal.map((id) => ({
    query: `{ Product(id: ${id}) { id name price } Order(id: ${id}) { orderId totalAmount } }`,
  }))
  const withVariables = fc.tuple(weirdValue(ids), weirdValue(ids)).map(([limit, where]) => ({
    query:
      'query($limit: Int, $where: Product_where) { Products(limit: $limit, where: $where) { docs { id } } }',
    variables: { limit, where },
  }))
  const broken = fc.oneof(
    fc.constantFrom(
      { query: '{' },
      { query: '' },
      { query: 1 },
      { query: null },
      {
        query: `{ ${'a: Products { docs { id } } '.repeat(1)}${Array.from({ length: 200 }, (_, i) => `p${i}: Products { totalDocs }`).join(' ')} }`,
      },
      { query: `{ Products { docs { ${'category { '.repeat(30)}id${' }'.repeat(30)} } } }` },
      { query: 'mutation { createOrder(data: { items: [] }) { id } }' },
      { query: '{ __schema { types { name } } }' },
    ),
    weirdValue(ids),
  )
  return fc.oneof(products, one, withVariables, broken)
}

const encodedGql = () =>
  fc.oneof(
    fc.constantFrom('"name"', '"-price"', '"price"', '"nope"', '1', 'null', '"wastage,-name"'),
    weirdString().map((s) => JSON.stringify(s)),
  )

/** One request, ready for fetch. */
export type FuzzRequest = {
  method: string
  path: string
  headers: Record<string, string>
  body?: string | FormData
}

let emailCount = 0

/** The body as JSON text, a fresh address wherever the case asks for one. */
const jsonText = (body: unknown, run: string) =>
  JSON.stringify(body, (_key, value) =>
    value === freshEmail ? `fuzz-${run}-${++emailCount}@fuzz.example` : value,
  ) ?? 'null'

const withBody = (req: FuzzRequest, body: unknown, send: Sending, run: string): FuzzRequest => {
  if (send.as === 'text') {
    return {
      ...req,
      headers: {
        ...req.headers,
        ...(send.contentType ? { 'Content-Type': send.contentType } : {}),
      },
      body: send.text,
    }
  }
  const text = jsonText(body, run)
  if (send.as === 'contentType')
    return {
      ...req,
      headers: {
        ...req.headers,
        ...(send.contentType !== null ? { 'Content-Type': send.contentType } : {}),
      },
      body: text,
    }
  if (send.as === 'multipart') {
    const form = new FormData()
    form.append('_payload', text)
    if (send.withFile)
      form.append(
        'file',
        new Blob([new Uint8Array(send.fileBytes)], { type: 'image/png' }),
        'piece.png',
      )
    return { ...req, body: form }
  }
  return { ...req, headers: { ...req.headers, 'Content-Type': 'application/json' }, body: text }
}

const tokenOf = (world: FuzzWorld, who: Actor): string | null =>
  who === 'anonymous'
    ? null
    : who === 'garbageToken'
      ? 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged'
      : world.tokens[who]

const orderPath = (world: FuzzWorld, ref: OrderRef) =>
  'placed' in ref
    ? String(world.orders.length ? world.orders[ref.placed % world.orders.length] : 1)
    : ref.raw

/** The HTTP request a case stands for, in the world as it is now. */
export const toRequest = (world: FuzzWorld, c: FuzzCase): FuzzRequest => {
  const token = 'actor' in c ? tokenOf(world, c.actor) : null
  const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  const post = (path: string, body: unknown, send: Sending, method = 'POST') =>
    withBody({ method, path, headers }, body, send, world.run)
  switch (c.kind) {
    case 'place': {
      const req = post('/api/orders', c.body, c.send)
      if (c.idempotencyKey !== undefined)
        // A header carries bytes: the key's UTF-8, as a client that does not encode it sends it.
        req.headers['Idempotency-Key'] = Buffer.from(
          `${world.run}-${c.idempotencyKey}`.slice(0, 300),
        )
          .toString('latin1')
          .replace(/[\x00-\x1f\x7f]/g, '')
      return req
    }
    case 'bySku':
      return post('/api/products/by-sku', c.body, c.send)
    case 'orderMove':
      return post(`/api/orders/${orderPath(world, c.order)}/${c.route}`, c.body, c.send)
    case 'orderPatch':
      return post(`/api/orders/${orderPath(world, c.order)}`, c.body, c.send, 'PATCH')
    case 'register':
      return post(`/api/${c.collection}`, c.body, c.send)
    case 'accountPatch': {
      const id = 'own' in c.target ? String(world.ids[c.target.own]) : c.target.raw
      return post(`/api/${c.collection}/${id}`, c.body, c.send, 'PATCH')
    }
    case 'auth':
      return authRequest(world, c, post, headers)
    case 'list':
      return { method: 'GET', path: `/api/${c.collection}?${c.query}`, headers }
    case 'byId':
      return {
        method: 'GET',
        path: `/api/${c.collection}/${orderPath(world, c.id)}?${c.query}`,
        headers,
      }
    case 'storefront':
      return { method: 'GET', path: c.path, headers: {} }
    case 'graphql':
      return post('/api/graphql', c.body, c.send)
  }
}

const authRequest = (
  world: FuzzWorld,
  c: Extract<FuzzCase, { kind: 'auth' }>,
  post: (path: string, body: unknown, send: Sending, method?: string) => FuzzRequest,
  headers: Record<string, string>,
): FuzzRequest => {
  const base = `/api/${c.collection}`
  switch (c.route) {
    case 'me':
    case 'init':
    case 'sessions':
      return { method: 'GET', path: `${base}/${c.route}`, headers }
    case 'logout':
      // Signing the fuzz's own accounts out would leave the rest of the run anonymous: only a
      // session no server issued is signed out.
      return {
        ...post(`${base}/logout?allSessions=true`, c.body, c.send),
        headers: c.actor === 'anonymous' ? {} : { Authorization: 'JWT not-a-token' },
      }
    case 'verify':
      return post(
        `${base}/verify/${percentEncoded(jsonText(c.body, world.run).slice(0, 80))}`,
        c.body,
        c.send,
      )
    case 'account-kind':
      return post('/api/account-kind', c.body, c.send)
    case 'second-factor':
      return post(`${base}/second-factor/enable`, c.body, c.send)
    default:
      return post(`${base}/${c.route}`, c.body, c.send)
  }
}
