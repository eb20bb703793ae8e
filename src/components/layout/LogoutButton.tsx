'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { forgetAccountCarts } from '../cart/cartStore'
import { announceViewerChange } from '../viewer/ViewerProvider'

type Props = { collection: string; className?: string }

/** Signs out through Payload's own endpoint, which clears the `payload-token` cookie. */
export function LogoutButton({ collection, className = '' }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      disabled={busy}
      className={className}
      onClick={async () => {
        setBusy(true)
        forgetAccountCarts()
        await fetch(`/api/${collection}/logout`, { method: 'POST', credentials: 'include' }).catch(
          () => undefined,
        )
        announceViewerChange()
        router.push('/')
        router.refresh()
      }}
    >
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  )
}
