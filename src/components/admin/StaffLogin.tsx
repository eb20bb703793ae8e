import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import { redirect } from 'next/navigation'

import { StaffLoginForm } from './StaffLoginForm'

/**
 * The admin's sign-in page (replaces Payload's `login` view): email and password, then, for staff
 * with a second factor, the code from their app; an admin the shop requires one of enrols here.
 */
export function StaffLogin({ initPageResult, searchParams }: AdminViewServerProps) {
  const adminRoute = initPageResult.req.payload.config.routes.admin
  const next = getSafeRedirect({
    fallbackTo: adminRoute,
    redirectTo: typeof searchParams?.redirect === 'string' ? searchParams.redirect : '',
  })
  if (initPageResult.req.user) redirect(next)
  return <StaffLoginForm next={next} forgotHref={`${adminRoute}/forgot`} />
}
