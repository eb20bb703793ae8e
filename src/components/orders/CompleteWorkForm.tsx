'use client'

import type { FormEvent } from 'react'
import { useState } from 'react'

import type { DocumentId } from '@/lib/queryInput'

import { readPayloadErrors } from '../auth/payloadErrors'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { useSubmit } from '../useSubmit'

/**
 * The karigar marks a piece done, with a note for the office and a photo of the finished piece if
 * they like: one multipart request to the transition endpoint (the photo as its `file`), so the
 * step, the note and the photo are saved together or not at all.
 */
export function CompleteWorkForm({ id }: { id: DocumentId }) {
  const { busy, error, run } = useSubmit()
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const note = String(form.get('note') ?? '').trim()
    const photo = form.get('file')
    const body = new FormData()
    // Staff read it (and the karigar, its writer); never the buyer.
    body.append(
      '_payload',
      JSON.stringify({
        action: 'complete',
        note: note || null,
        noteVisibility: note ? 'internal' : null,
      }),
    )
    if (photo instanceof File && photo.size > 0) body.append('file', photo)
    await run(async () => {
      const res = await fetch(`/api/orders/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        body,
      })
      // The status, progress and timeline are server-rendered: load the page afresh.
      if (res.ok) return window.location.reload()
      const problems = readPayloadErrors(await res.json().catch(() => null))
      const field = (problems.fields.file || problems.fields.note) ?? null
      setFieldErrors(problems.fields)
      return field ? false : problems.message || 'That did not work. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="complete-work" noValidate>
      <h2 className="label">Mark the piece done</h2>
      <FormField
        id="done-note"
        name="note"
        label="Note for the office (optional)"
        rows={2}
        maxLength={1000}
        error={fieldErrors.note}
      />
      <FormField
        id="done-photo"
        name="file"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
        capture="environment"
        label="Photo of the finished piece (optional)"
        hint="Staff and the buyer see it on the order."
        error={fieldErrors.file}
      />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Mark done'}
      </button>
      <FormAlert message={error} />
    </form>
  )
}
