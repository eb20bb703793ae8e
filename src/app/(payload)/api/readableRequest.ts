import { malformedPath, malformedQueryParam, unreadableFormPayload } from '@/lib/queryInput'

const messages = {
  path: 'The address holds characters no document or file name can have',
  body: 'The request body is not readable: broken JSON, or a multipart form whose boundary or parts are broken',
  _payload: '_payload is not readable: send the fields as JSON text beside the file',
  query: (param: string) =>
    `${param} is not readable: where and data take JSON or brackets; depth, limit and page whole numbers`,
}

const readsAsJson = async (request: Request) => {
  try {
    JSON.parse(await request.clone().text())
    return true
  } catch {
    return false
  }
}

/** A body Payload's parsers would fail on with a 500: what is at fault, or null. */
const unreadableBody = async (request: Request): Promise<'body' | '_payload' | null> => {
  const type = request.headers.get('content-type') ?? ''
  if (!request.body) return null
  // REST answers broken JSON with a 400 itself; GraphQL's route fails on it with an empty 500.
  if (/^application\/json/i.test(type) && new URL(request.url).pathname.endsWith('/graphql'))
    return (await readsAsJson(request)) ? null : 'body'
  if (!/multipart\//i.test(type)) return null
  try {
    // A copy, so Payload still reads the body itself; only uploads and finished-piece photos
    // come this way, so reading them twice costs little.
    const form = await request.clone().formData()
    return unreadableFormPayload(form.get('_payload')) ? '_payload' : null
  } catch {
    return 'body'
  }
}

/**
 * Payload's REST and GraphQL routes behind one check of our own: `?where=garbage`, `?depth=abc`, a
 * NUL in a file name or a broken multipart body would each be a 500 inside Payload; a 400 here,
 * naming what is at fault.
 */
export const readableRequest =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const url = new URL(request.url)
    const param = malformedPath(url.pathname) ? 'path' : malformedQueryParam(url.searchParams)
    const fault = param ?? (await unreadableBody(request))
    if (!fault) return handler(request, context)
    const message =
      fault === 'path' || fault === 'body' || fault === '_payload'
        ? messages[fault]
        : messages.query(fault)
    return Response.json({ errors: [{ message, field: fault }] }, { status: 400 })
  }
