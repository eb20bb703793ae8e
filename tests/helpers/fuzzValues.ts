import fc from 'fast-check'

/*
 * The malformed values the fuzz sends (tests/helpers/fuzzCases.ts): the things a careless client,
 * an old app or an attacker puts where a well-formed value belongs.
 */

/** A JSON value nested `depth` levels deep, as an array or an object. */
export const deeplyNested = (depth: number, asObject: boolean): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value]
  return value
}

/** An object with `key` as its own property, even `__proto__` (which plain assignment would not make). */
export const withOwnKey = (target: Record<string, unknown>, key: string, value: unknown) => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return target
}

const pollution = () =>
  fc.constantFrom(
    withOwnKey({}, '__proto__', { isAdmin: true, role: 'admin', status: 'approved' }),
    { constructor: { prototype: { role: 'admin' } } },
    withOwnKey({ equals: 1 }, '__proto__', { polluted: true }),
  )

/** Numbers JSON can carry that no field expects. */
export const weirdNumber = () =>
  fc.oneof(
    fc.constantFrom(
      0,
      -0,
      -1,
      1.5,
      -1.5,
      1e21,
      -1e21,
      1e308,
      -1e308,
      5e-324,
      2 ** 31,
      2 ** 53,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )

/** Text that breaks parsers, databases, templates and terminals, or is simply far too long. */
export const weirdString = () =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'NaN',
        'Infinity',
        '-Infinity',
        '-1',
        '0',
        '1e999',
        '0x10',
        '1.5',
        '99999999999999999999999',
        'null',
        'undefined',
        'true',
        '[]',
        '{}',
        "' OR '1'='1",
        '"; DROP TABLE orders; --',
        '<script>alert(1)</script>',
        '{{7*7}}',
        '${7*7}',
        '../../etc/passwd',
        '\u0000',
        'a\u0000b',
        '\uFEFF',
        '\u202Eevil',
        '\uD800',
        'ज़ेवर 💍👨‍👩‍👧',
        'Z̴̡̛͔a̷l̶g̵o̶',
        '__proto__',
        'constructor',
        'prototype',
        '2027-02-30',
        '2027-13-01',
        '0000-00-00',
        '9999-12-31',
        '+275760-09-13',
        '2026-12-01T25:61:00Z',
        'x'.repeat(5_000),
        'ज'.repeat(3_000),
        '💍'.repeat(2_000),
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => 'y'.repeat(n)) },
  )

/** Any value where another belongs: wrong types, huge numbers, deep nesting, pollution keys. */
export const weirdValue = (ids: fc.Arbitrary<unknown> = fc.constant(1)): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: weirdString() },
    { weight: 2, arbitrary: weirdNumber() },
    { weight: 2, arbitrary: ids },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        null,
        true,
        false,
        [],
        {},
        [null],
        [[]],
        { $ne: null },
        { $gt: '' },
        { equals: 1 },
      ),
    },
    { weight: 1, arbitrary: pollution() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 2, max: 500 }), fc.boolean())
        .map(([depth, asObject]) => deeplyNested(depth, asObject)),
    },
    { weight: 1, arbitrary: fc.array(ids, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  )

/** Keys a client should not send: unknown fields, server-owned fields, prototype pollution. */
export const weirdKey = () =>
  fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'id',
      'orderId',
      'status',
      'history',
      'totalAmount',
      'priceAtOrder',
      'placedBy',
      'assignedGoldsmith',
      'role',
      'vendorId',
      'createdAt',
      'idempotencyKey',
      '_verified',
      'loginAttempts',
      'sessions',
      'hash',
      'salt',
      '',
      'a.b',
      '$where',
      'items.0.product',
    ),
    fc.string({ maxLength: 12 }),
  )

/** A mutation of a request body; applied by `mutate`. */
export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'replace'; value: unknown }
  | { op: 'wrap' }

export const mutation = (ids?: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        op: fc.constant('set' as const),
        at: fc.nat(),
        value: weirdValue(ids),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('add' as const),
        at: fc.nat(),
        key: weirdKey(),
        value: weirdValue(ids),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('replace' as const), value: weirdValue(ids) }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'wrap' as const }) },
  )

type Container = Record<string, unknown> | unknown[]

/** Every object or array in `value` with each key it holds, depth first. */
const slots = (value: unknown, found: [Container, string | number][] = []) => {
  if (value && typeof value === 'object') {
    const container = value as Container
    for (const key of Object.keys(container)) {
      const slot: string | number = Array.isArray(container) ? Number(key) : key
      found.push([container, slot])
      slots((container as Record<string, unknown>)[key], found)
    }
  }
  return found
}

const containers = (value: unknown, found: Container[] = []) => {
  if (value && typeof value === 'object') {
    found.push(value as Container)
    for (const child of Object.values(value)) containers(child, found)
  }
  return found
}

/** `body` with the mutations applied, in order (a fresh copy; `body` is left as it was). */
export const mutate = (body: unknown, mutations: Mutation[]): unknown => {
  let result: unknown = structuredClone(body)
  for (const mutation of mutations) {
    // A copy: fast-check hands out the same constant objects run after run, and a later mutation
    // writing into one would change it for every run after (and could nest it in itself).
    const m =
      'value' in mutation ? { ...mutation, value: structuredClone(mutation.value) } : mutation
    if (m.op === 'replace') result = m.value
    else if (m.op === 'wrap') result = [result]
    else if (m.op === 'add') {
      const all = containers(result)
      if (!all.length) continue
      const target = all[m.at % all.length]
      if (Array.isArray(target)) target.push(m.value)
      else withOwnKey(target, m.key, m.value)
    } else {
      const all = slots(result)
      if (!all.length) continue
      const [container, key] = all[m.at % all.length]
      if (m.op === 'set') (container as Record<string, unknown>)[key] = m.value
      else if (Array.isArray(container)) container.splice(key as number, 1)
      else delete container[key]
    }
  }
  return result
}

/** A body as a well-formed request sends it, or changed by up to `max` mutations. */
export const mutated = (valid: unknown, ids?: fc.Arbitrary<unknown>, max = 3) =>
  fc
    .oneof(
      { weight: 1, arbitrary: fc.constant([] as Mutation[]) },
      { weight: 3, arbitrary: fc.array(mutation(ids), { minLength: 1, maxLength: max }) },
    )
    .map((mutations) => mutate(valid, mutations))
