import type { ServerProps } from 'payload'

import { shopLook } from '../adminContext'
import '../admin.scss'

/** The shop's mark in the admin's header: its logo, or its initial. */
export async function ShopIcon({ payload }: ServerProps) {
  const { siteName, logoUrl } = await shopLook(payload)
  return (
    <span className="shop-icon" title={siteName}>
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- the shop's own upload, already resized
        <img src={logoUrl} alt={siteName} />
      ) : (
        <span aria-label={siteName}>{siteName.charAt(0)}</span>
      )}
    </span>
  )
}
