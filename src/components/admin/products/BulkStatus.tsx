'use client'

import { useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { refusalMessage, sendJson, useSubmit } from '../../useSubmit'
import '../admin.scss'

/**
 * Publish or unpublish the products ticked in the list in one go: one PATCH over their ids, so
 * every hook (storefront revalidation, audit) runs as for a single edit.
 */
export function BulkStatus() {
  const { count, getSelectedIds } = useSelection()
  const router = useRouter()
  const { busy, error, run } = useSubmit({ settle: true })
  if (count === 0) return null

  const setStatus = (status: 'published' | 'draft') =>
    run(async () => {
      const ids = getSelectedIds().map(String)
      const where = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
      const res = await sendJson(
        `/api/products?depth=0&limit=${ids.length}&${where}`,
        { status },
        'PATCH',
      )
      const body = res.body as { errors?: unknown[] } | null
      if (!res.ok || body?.errors?.length)
        return refusalMessage(res.body, 'Some products were not changed')
      router.refresh()
    })

  return (
    <div className="shop-bulk" data-testid="bulk-status">
      <p>{count} selected:</p>
      <button
        type="button"
        className="shop-action"
        disabled={busy}
        onClick={() => void setStatus('published')}
      >
        Publish
      </button>
      <button
        type="button"
        className="shop-action shop-action--quiet"
        disabled={busy}
        onClick={() => void setStatus('draft')}
      >
        Unpublish
      </button>
      {error ? (
        <p role="alert" className="shop-pending__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
