'use client'

import { useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { adminRoute } from '@/lib/adminLinks'

import './admin.scss'

/** "PK" for Priya Kumar; the email's first letter when there is no name. */
const initialsOf = (name?: string | null, email?: string | null) => {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length)
    return words
      .slice(0, 2)
      .map((w) => w.charAt(0).toUpperCase())
      .join('')
  return (email ?? '?').charAt(0).toUpperCase()
}

/**
 * The staff member's initials as their avatar: drawn here, so no picture is fetched from another
 * host (a gravatar would also send a hash of every staff email away).
 */
export function StaffAvatar() {
  const { user } = useAuth<{ name?: string | null; email?: string | null }>()
  const active = usePathname() === `${adminRoute}/account`
  return (
    <span
      className={`shop-avatar${active ? ' shop-avatar--active' : ''}`}
      aria-hidden
      data-testid="staff-avatar"
    >
      {initialsOf(user?.name, user?.email)}
    </span>
  )
}
