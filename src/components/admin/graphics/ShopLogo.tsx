import type { ServerProps } from 'payload'

import { shopLook } from '../adminContext'
import '../admin.scss'

/** The shop's logo and name on the admin's sign-in page (site settings), not Payload's. */
export async function ShopLogo({ payload }: ServerProps) {
  const { siteName, logoUrl } = await shopLook(payload)
  return (
    <span className="shop-logo">
      {/* eslint-disable-next-line @next/next/no-img-element -- the shop's own upload, already resized */}
      {logoUrl ? <img src={logoUrl} alt="" /> : null}
      <span>{siteName}</span>
    </span>
  )
}
