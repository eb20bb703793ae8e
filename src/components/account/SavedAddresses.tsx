'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { maxSavedAddresses, savedAddressSummary, type SavedAddress } from '@/lib/address'
import type { AddressBook } from '@/src/queries/viewer'

import { readPayloadErrors } from '../auth/payloadErrors'
import { DeliveryFields, noDelivery } from '../orders/DeliveryFields'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { sendJson, useSubmit } from '../useSubmit'
import { savedAsDelivery } from './SavedAddressChoice'

type Editing = { index: number } | null

/**
 * The buyer's saved delivery addresses (at most five): add, edit, remove. Each change PATCHes the
 * whole list on the buyer's own account; the server checks every field and the limit, and only
 * the owner may read or write the list.
 */
export function SavedAddresses({ book }: { book: AddressBook }) {
  const router = useRouter()
  const [editing, setEditing] = useState<Editing>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState<string | null>(null)
  const { busy, error, run } = useSubmit({ settle: true })
  const list = book.addresses

  const save = async (next: SavedAddress[], done: string, editedIndex: number | null) =>
    run(async () => {
      const res = await sendJson(`/api/${book.collection}/${book.id}`, { addresses: next }, 'PATCH')
      if (res.ok) {
        setEditing(null)
        setErrors({})
        setSaved(done)
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(res.body)
      // `addresses.2.phone` belongs to the row being edited; `addresses` is the list (the limit).
      const fields: Record<string, string> = {}
      let listProblem: string | null = null
      for (const [path, text] of Object.entries(parsed.fields)) {
        const row = /^addresses\.(\d+)\.(\w+)$/.exec(path)
        if (row && Number(row[1]) === editedIndex) fields[row[2]] = text
        else listProblem ??= text
      }
      setErrors(fields)
      return listProblem ?? (Object.keys(fields).length ? false : parsed.message)
    })

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!editing) return
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const row: SavedAddress = {
      ...(list[editing.index] ?? {}),
      label: text('label'),
      name: text('name'),
      phone: text('phone'),
      address: text('address'),
      pincode: text('pincode'),
    }
    const next = [...list]
    next[editing.index] = row
    await save(next, `${row.label || 'The address'} is saved.`, editing.index)
  }

  const current = editing ? list[editing.index] : undefined
  return (
    <div className="mt-4" data-testid="saved-addresses">
      {list.length ? (
        <ul className="divide-y divide-ivory-300 border-y border-ivory-300">
          {list.map((address, index) => (
            <li
              key={address.id ?? index}
              className="flex flex-wrap items-start gap-x-4 gap-y-2 py-3"
            >
              <p className="min-w-0 flex-1 text-sm break-words">{savedAddressSummary(address)}</p>
              <div className="flex gap-4">
                <button
                  type="button"
                  className="text-xs tracking-[0.14em] text-gold-800 uppercase hover:underline"
                  onClick={() => {
                    setSaved(null)
                    setErrors({})
                    setEditing({ index })
                  }}
                  aria-label={`Edit ${address.label}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  disabled={busy}
                  className="text-xs tracking-[0.14em] text-ruby uppercase hover:underline"
                  onClick={() =>
                    save(
                      list.filter((_, i) => i !== index),
                      `${address.label} is removed.`,
                      null,
                    )
                  }
                  aria-label={`Remove ${address.label}`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-soft">
          No saved addresses yet. Keep up to {maxSavedAddresses} here and pick one at checkout.
        </p>
      )}
      {editing ? (
        <form
          key={editing.index}
          onSubmit={submit}
          className="mt-6 grid gap-5 sm:grid-cols-2"
          data-testid="address-form"
          noValidate
        >
          <FormField
            id="saved-label"
            name="label"
            label="Call it"
            hint="Home, Shop, Mother's house…"
            defaultValue={current?.label ?? ''}
            error={errors.label}
            maxLength={40}
            required
          />
          <DeliveryFields
            idPrefix="saved"
            nameField="name"
            complete
            values={current ? savedAsDelivery(current) : { ...noDelivery, name: book.name }}
            errors={errors}
          />
          <div className="flex flex-wrap gap-3 sm:col-span-2">
            <button type="submit" disabled={busy} className="btn-outline">
              {busy ? 'Saving…' : 'Save address'}
            </button>
            <button
              type="button"
              className="text-xs tracking-[0.14em] text-ink-soft uppercase hover:underline"
              onClick={() => setEditing(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : list.length < maxSavedAddresses ? (
        <button
          type="button"
          className="btn-outline mt-4"
          onClick={() => {
            setSaved(null)
            setErrors({})
            setEditing({ index: list.length })
          }}
        >
          Add an address
        </button>
      ) : (
        <p className="mt-4 text-sm text-ink-soft">
          You keep {maxSavedAddresses} addresses, the most there can be: remove one to add another.
        </p>
      )}
      <div className="mt-4 space-y-3">
        <FormAlert message={error} />
        {saved ? (
          <p role="status" className="border-l-2 border-gold-500 pl-3 text-sm">
            {saved}
          </p>
        ) : null}
      </div>
    </div>
  )
}
