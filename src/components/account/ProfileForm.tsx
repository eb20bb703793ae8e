'use client'

import type { DocumentId } from '@/lib/queryInput'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { accountInputProblems, profileFields, type StorefrontCollection } from '@/lib/accounts'

import { readPayloadErrors } from '../auth/payloadErrors'
import { announceViewerChange } from '../viewer/ViewerProvider'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { sendJson, useSubmit } from '../useSubmit'

type ProfileField = (typeof profileFields)[StorefrontCollection][number]

const fieldSpecs: Record<ProfileField, { label: string; autoComplete: string; type?: string }> = {
  name: { label: 'Your name', autoComplete: 'name' },
  businessName: { label: 'Business name', autoComplete: 'organization' },
  ownerName: { label: 'Owner name', autoComplete: 'name' },
  phone: { label: 'Mobile number', autoComplete: 'tel', type: 'tel' },
}

/**
 * The person's own name and phone (a retail partner's business and owner names), saved with a
 * PATCH of only those fields: the collection's field access and hooks decide what may change (an
 * approved partner's business name is fixed, so it is not offered).
 */
export function ProfileForm({
  collection,
  id,
  values,
  fixed = [],
}: {
  collection: StorefrontCollection
  id: DocumentId
  values: Partial<Record<ProfileField, string | null>>
  fixed?: readonly string[]
}) {
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const { busy, error, setError, run } = useSubmit({ settle: true })
  const names = profileFields[collection].filter((name) => !fixed.includes(name))

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const data = Object.fromEntries(
      names.map((name) => [name, String(form.get(name) ?? '').trim()]),
    )
    setSaved(false)
    const problems = accountInputProblems({ phone: data.phone })
    setErrors(problems)
    if (Object.keys(problems).length) return setError(null)
    await run(async () => {
      const res = await sendJson(`/api/${collection}/${id}`, data, 'PATCH')
      if (res.ok) {
        setSaved(true)
        announceViewerChange()
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(res.body)
      setErrors(parsed.fields)
      return Object.keys(parsed.fields).length
        ? false
        : parsed.message || 'Your details could not be saved. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="mt-6 grid gap-5 sm:grid-cols-2" data-testid="profile-form">
      {names.map((name) => (
        <FormField
          key={name}
          id={`profile-${name}`}
          name={name}
          label={fieldSpecs[name].label}
          type={fieldSpecs[name].type ?? 'text'}
          defaultValue={values[name] ?? ''}
          error={errors[name]}
          hint={name === 'phone' ? 'Indian mobile, e.g. 98765 43210' : undefined}
          required
          autoComplete={fieldSpecs[name].autoComplete}
          className={name === 'businessName' ? 'sm:col-span-2' : undefined}
        />
      ))}
      <div className="space-y-4 sm:col-span-2">
        <FormAlert message={error} />
        {saved ? (
          <p role="status" className="border-l-2 border-gold-500 pl-3 text-sm" data-testid="saved">
            Your details are saved.
          </p>
        ) : null}
        <button type="submit" disabled={busy} className="btn-outline w-full sm:w-auto">
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  )
}
