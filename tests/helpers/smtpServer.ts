/**
 * The in-process SMTP server the test servers send to, and the reading of its mailbox. No test
 * runner imported here: vitest (smtp.ts) and Playwright (e2eSetup.ts) both use it.
 */
import fs from 'fs'
import path from 'path'
import { SMTPServer } from 'smtp-server'

/** One message as the SMTP server received it. */
export type ReceivedMail = {
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  receivedAt: string
}

export type SmtpFiles = { mailbox: string; control: string }

const decodeBytes = (body: string, encoding: string): string => {
  if (/base64/i.test(encoding))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/quoted-printable/i.test(encoding)) {
    const latin = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(latin, 'latin1').toString('utf8')
  }
  return body
}

const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBytes(text.replace(/_/g, ' '), 'quoted-printable'),
    )

const split = (raw: string) => {
  const at = raw.search(/\r?\n\r?\n/)
  const head = at < 0 ? raw : raw.slice(0, at)
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

/** Pulls the subject, text part and HTML part out of a raw MIME message (enough for nodemailer's). */
export const parseMail = (raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'html'> => {
  const parts = { subject: '', text: '', html: '' }
  const walk = (chunk: string) => {
    const { headers, body } = split(chunk)
    const type = headers.get('content-type') ?? 'text/plain'
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    if (/^multipart\//i.test(type) && boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) {
        if (!part.startsWith('--')) walk(part.replace(/^\r?\n/, ''))
      }
      return
    }
    const decoded = decodeBytes(body, headers.get('content-transfer-encoding') ?? '')
    if (/text\/html/i.test(type)) parts.html ||= decoded
    else if (/text\/plain/i.test(type)) parts.text ||= decoded
  }
  parts.subject = decodeWords(split(raw).headers.get('subject') ?? '')
  walk(raw)
  return parts
}

const rejected = (control: string): string[] => {
  try {
    return (JSON.parse(fs.readFileSync(control, 'utf8')) as { reject?: string[] }).reject ?? []
  } catch {
    return []
  }
}

/**
 * A real SMTP server on loopback for the test server to send to. Every message it accepts is
 * appended to `mailbox` as one JSON line; recipients listed in `control` ({ reject: [...] }) are
 * refused with a temporary failure, to play an outage.
 */
export const startSmtpServer = async (dir: string) => {
  fs.mkdirSync(dir, { recursive: true })
  const files: SmtpFiles = {
    mailbox: path.resolve(dir, `smtp-mailbox-${process.pid}.jsonl`),
    control: path.resolve(dir, `smtp-control-${process.pid}.json`),
  }
  fs.writeFileSync(files.mailbox, '')
  fs.writeFileSync(files.control, JSON.stringify({ reject: [] }))
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejected(files.control).includes(address.address.toLowerCase())) {
        const error = new Error('Mailbox temporarily unavailable') as Error & {
          responseCode: number
        }
        error.responseCode = 451
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          receivedAt: new Date().toISOString(),
          ...parseMail(raw),
        }
        fs.appendFileSync(files.mailbox, JSON.stringify(mail) + '\n')
        callback()
      })
    },
  })
  // A client dropping its connection (the app server stopping mid-send, say) is that client's
  // problem; unhandled, the 'error' event would crash the test runner's main process.
  server.on('error', () => undefined)
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    files,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Every message received so far in this mailbox file. The server appends a line per message, so a
 * read can catch the last one half written: only lines already ended by a newline are read.
 */
export const readMailbox = (mailbox: string): ReceivedMail[] =>
  fs
    .readFileSync(mailbox, 'utf8')
    .split('\n')
    .slice(0, -1)
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMail)

/**
 * Waits for the first message to `to` matching `match`. The job runner sends within seconds, but
 * the 500-order test (when it runs first) leaves a queue of some thousand emails ahead of this one.
 */
export const waitForMailIn = async (
  mailbox: string,
  to: string,
  match: (mail: ReceivedMail) => boolean = () => true,
  timeoutMs = 240_000,
): Promise<ReceivedMail> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = readMailbox(mailbox).find((m) => m.to.includes(to.toLowerCase()) && match(m))
    if (found) return found
    if (Date.now() > deadline) {
      const seen = readMailbox(mailbox).map((m) => `${m.to.join(',')}: ${m.subject}`)
      throw new Error(`No mail to ${to} within ${timeoutMs} ms. Received:\n${seen.join('\n')}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}
