import { execSync } from 'child_process'
import fs from 'fs'
import os from 'os'

import type { LoadResult } from './load'

export const resultsFile = 'bench/RESULTS.md'

const header = `# Benchmark results

Written by \`npm run bench\` and \`npm run lighthouse\` (see README): each run replaces its own
sections (one per database and data scale) and leaves the others. Compare ratios to the static-file
baseline of the same run rather than absolute numbers: the machines are shared and noisy.
`

/** The machine and build a section was measured on. */
export const machine = () => {
  const cpus = os.cpus()
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
    } catch {
      return 'unknown'
    }
  })()
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; commit ${commit}; ${new Date().toISOString()}; load average ${os.loadavg()[0]!.toFixed(1)} (other work on the machine shows here)`
}

/** Replaces (or appends) the section marked `id` in bench/RESULTS.md. */
export const writeSection = (id: string, markdown: string) => {
  fs.mkdirSync('bench', { recursive: true })
  let text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : header
  const start = `<!-- section:${id} -->`
  const end = `<!-- /section:${id} -->`
  const block = `${start}\n${markdown.trim()}\n${end}`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  text =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`
  fs.writeFileSync(resultsFile, text)
}

/** A markdown table: a header row, a rule, then the rows. */
export const markdownTable = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')

// No responses in the time given means no percentiles.
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : String(value))

/** The load rows as a table, throughput also as a ratio of `baseline` (a row of the same run). */
export const loadTable = (results: LoadResult[], baseline: string) => {
  const base = results.find((r) => r.name === baseline)
  return markdownTable(
    ['row', '1 req ms', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'vs static'],
    results.map((r) => [
      r.name,
      String(r.singleMs),
      r.skipped ? 'not loaded: one request alone too slow' : r.reqPerSec.toFixed(1),
      ms(r.p50Ms),
      ms(r.p95Ms),
      ms(r.p99Ms),
      String(r.errors),
      String(r.non2xx),
      base?.reqPerSec ? `${(r.reqPerSec / base.reqPerSec).toFixed(3)}x` : '',
    ]),
  )
}

/**
 * The growth table of one database, built from the latest section of each scale in RESULTS.md, so
 * scales measured in different runs (a ×16 run takes most of an hour) still line up. Each run's
 * machine line is quoted: compare the ratios to the static file, which travel between runs better
 * than milliseconds on a shared machine.
 */
export const growthFromSections = (key: string, label: string, sizes: string) => {
  const text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : ''
  const sectionPattern = new RegExp(
    `<!-- section:${key}-scale-([\\d.]+) -->([\\s\\S]*?)<!-- /section:${key}-scale-\\1 -->`,
    'g',
  )
  const scales = [...text.matchAll(sectionPattern)]
    .map(([, scale, body]) => ({ scale: Number(scale), body: body! }))
    .sort((a, b) => a.scale - b.scale)
  if (scales.length < 2) return null
  const cells = new Map<string, Map<number, string>>()
  for (const { scale, body } of scales) {
    let connections = ''
    for (const line of body.split('\n')) {
      const heading = line.match(/^#+ .*?(\d+) connections/)
      if (heading) connections = heading[1]!
      const row = line.match(
        /^\| (.+?) \| [^|]+ \| [^|]+ \| ([^|]+) \| ([^|]+) \| [^|]+ \| [^|]+ \| [^|]+ \| ([\d.]+)x \|$/,
      )
      if (!row || !connections) continue
      const name = `${row[1]} @${connections}`
      if (!cells.has(name)) cells.set(name, new Map())
      cells.get(name)!.set(scale, `${row[2]!.trim()} / ${row[3]!.trim()} · ${row[4]}x`)
    }
  }
  const runs = scales.map(({ scale, body }) => {
    const machineLine = body.match(/Machine: (.*)\./)?.[1] ?? 'unknown run'
    return `- ×${scale}: ${machineLine}`
  })
  return [
    `## ${label}: growth with data size`,
    `Scales ${scales.map((s) => s.scale).join(', ')} (×1 = ${sizes}), each from the latest run of that scale:`,
    runs.join('\n'),
    'Each cell: p50 / p95 ms · throughput as a ratio of the static file in the same run.',
    markdownTable(
      ['row @connections', ...scales.map((s) => `×${s.scale}`)],
      [...cells].map(([name, byScale]) => [name, ...scales.map((s) => byScale.get(s.scale) ?? '')]),
    ),
  ].join('\n\n')
}
