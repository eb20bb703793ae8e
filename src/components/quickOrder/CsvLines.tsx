'use client'

import { useId, useState } from 'react'

import { maxItemsPerOrder } from '@/lib/orderLines'
import { checkOrderLines, readOrderCsv, skusOf, type LineProblem } from '@/lib/quickOrder'

import { FormAlert } from '../FormAlert'
import { offlineMessage, useSubmit } from '../useSubmit'
import { draftLine, type DraftLine } from './draftLines'
import { lookUpSkus } from './quickOrderApi'

const example = 'sku,quantity,size,notes\nRNG-G22-002,2,14,"Engrave ""S & R"", inside"'

/**
 * Lines pasted or uploaded as CSV (`sku,quantity,size,notes`), checked in one request against the
 * catalogue (lib/quickOrder.ts). All or nothing: every bad line is named with its number and
 * reason and none is added, so a half-read file never becomes half an order.
 */
export function CsvLines({ room, onAdd }: { room: number; onAdd: (lines: DraftLine[]) => void }) {
  const id = useId()
  const [text, setText] = useState('')
  const [problems, setProblems] = useState<LineProblem[]>([])
  const { busy, error, setError, run } = useSubmit({ settle: true })

  const check = (csv: string) =>
    run(async () => {
      setProblems([])
      const read = readOrderCsv(csv)
      if (!read.ok) return read.message
      const count = read.lines.length + read.problems.length
      if (count > room)
        return `This adds ${count} lines and the order has room for ${room} more: one order holds at most ${maxItemsPerOrder} lines.`
      const skus = skusOf(read.lines)
      const found = skus.length ? await lookUpSkus(skus) : { products: [], unpublished: [] }
      if (!found) return offlineMessage
      const checked = checkOrderLines(read.lines, found, read.problems)
      if (!checked.ok) {
        setProblems(checked.problems)
        return false
      }
      onAdd(checked.lines.map((line) => draftLine(line.product, line)))
      setText('')
    })

  const upload = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const csv = await file.text().catch(() => null)
    if (csv === null) return setError('That file could not be read.')
    setText(csv)
    await check(csv)
  }

  return (
    <div data-testid="csv-lines">
      <label htmlFor={`${id}-csv`} className="label">
        Lines as CSV
      </label>
      <textarea
        id={`${id}-csv`}
        rows={5}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={example}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        className="field font-mono text-sm"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-ink-soft">
        One piece a line: sku, quantity, size, notes. A header row is optional; put notes holding a
        comma in double quotes. At most {maxItemsPerOrder} lines an order.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={busy || !text.trim()}
          onClick={() => check(text)}
          className="btn-outline"
        >
          {busy ? 'Checking…' : 'Check and add lines'}
        </button>
        <label className="btn-outline cursor-pointer focus-within:outline-2 focus-within:outline-gold-700">
          Upload a CSV file
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={upload}
            className="sr-only"
          />
        </label>
      </div>
      <FormAlert message={error} className="mt-3" />
      {problems.length ? (
        <div
          role="alert"
          className="mt-3 border-l-2 border-ruby bg-ruby/5 px-3 py-2 text-sm text-ruby"
          data-testid="csv-problems"
        >
          <p className="font-medium">
            {problems.length === 1 ? '1 line needs' : `${problems.length} lines need`} changing;
            nothing was added.
          </p>
          <ul className="mt-1 space-y-1">
            {problems.map((problem) => (
              <li key={problem.line}>
                Line {problem.line}
                {problem.sku ? ` (${problem.sku})` : ''}: {problem.problems.join('. ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
