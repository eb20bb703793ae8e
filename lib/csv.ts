/** One record of a CSV text, with the line it starts on (1-based), for messages that name it. */
export type CsvRecord = { line: number; fields: string[] }

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string }

const isBlank = (fields: string[]) => fields.every((field) => field.trim() === '')

/**
 * Reads CSV as RFC 4180 writes it, and as spreadsheets and people paste it: a leading byte-order
 * mark is dropped; records end at CRLF, LF or a lone CR; a field in double quotes may hold commas,
 * line breaks and doubled quotes (`""`); spaces around a quoted field are ignored; a quote inside
 * an unquoted field is just a character. Blank records (nothing, or only commas) are skipped, so
 * a trailing newline or an empty spreadsheet row is no record. A quote never closed is refused,
 * naming the line it opened on, since everything after it would be swallowed.
 */
export const parseCsv = (input: string): CsvResult => {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let i = 0

  const endField = () => {
    fields.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    if (!isBlank(fields)) records.push({ line: recordLine, fields })
    fields = []
  }
  // At a line break (CRLF counts once): returns its length, or 0 when `i` is not at one.
  const breakAt = (at: number) =>
    text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0

  while (i < text.length) {
    // A quoted field: only where a field starts, perhaps after spaces.
    if (field.trim() === '' && text[i] === '"') {
      const openedOn = line
      field = ''
      i++
      for (;;) {
        if (i >= text.length)
          return { ok: false, line: openedOn, message: 'A quoted field is never closed' }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        const width = breakAt(i)
        if (width) {
          field += '\n'
          line++
          i += width
          continue
        }
        field += text[i++]
      }
      while (text[i] === ' ' || text[i] === '\t') i++
      if (i < text.length && text[i] !== ',' && !breakAt(i))
        return { ok: false, line, message: 'Text follows a closing quote; quote the whole field' }
      continue
    }
    const width = breakAt(i)
    if (width) {
      endRecord()
      line++
      recordLine = line
      i += width
    } else if (text[i] === ',') {
      endField()
      i++
    } else {
      field += text[i++]
    }
  }
  endRecord()
  return { ok: true, records }
}
