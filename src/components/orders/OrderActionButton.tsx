'use client'

import type { DocumentId } from '@/lib/queryInput'
import { FormAlert } from '../FormAlert'
import { refusalMessage, sendJson, useSubmit } from '../useSubmit'

type Props = {
  id: DocumentId
  action: 'cancel'
  label: string
  busyLabel: string
  /** Asked before acting; the step cannot be undone. */
  confirm: string
  primary?: boolean
}

/**
 * One status step the signed-in person may take on an order with a single click (a buyer
 * cancelling), through the same transition endpoint as every other client.
 */
export function OrderActionButton({ id, action, label, busyLabel, confirm, primary }: Props) {
  const { busy, error, run } = useSubmit()

  const act = async () => {
    if (!window.confirm(confirm)) return
    await run(async () => {
      const res = await sendJson(`/api/orders/${id}/transition`, { action })
      // The status, timeline and buttons are server-rendered: load the page afresh.
      if (res.ok) return window.location.reload()
      return refusalMessage(res.body, 'That did not work. Please refresh the page and try again.')
    })
  }

  return (
    <div>
      <button
        type="button"
        onClick={act}
        disabled={busy}
        className={primary ? 'btn-primary' : 'btn-outline'}
      >
        {busy ? busyLabel : label}
      </button>
      <FormAlert message={error} className="mt-3" />
    </div>
  )
}
