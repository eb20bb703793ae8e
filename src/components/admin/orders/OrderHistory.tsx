import { confirmationChannelLabels } from '@/lib/amountConfirmation'
import { noteAudienceLabels, type NoteAudience } from '@/lib/noteAudience'
import { orderEditTitle } from '@/lib/orderEdit'
import { historyTitles, orderStatusLabels } from '@/lib/orderStatus'
import type { Order } from '@/payload-types'

import { formatDateTime } from '../../format'

const muted = { color: 'var(--theme-elevation-500)' } as const

type Entry = NonNullable<Order['history']>[number]

const roleNames: Record<string, string> = {
  staff: 'staff',
  customer: 'customer',
  vendor: 'vendor',
  goldsmith: 'karigar',
}

/** Who took a step: their name when staff may read it, else their role. */
const actorName = (entry: Entry) => {
  const person = entry.actor?.value
  const name =
    person && typeof person === 'object'
      ? 'businessName' in person
        ? person.businessName
        : 'name' in person
          ? person.name
          : null
      : null
  const role = roleNames[entry.actorRole] ?? entry.actorRole
  return name ? `${name} (${role})` : role
}

/** Notes for the buyer or the karigar are marked: staff see who else reads each one. */
const audienceTone: Record<NoteAudience, string> = {
  internal: 'var(--theme-elevation-100)',
  buyer: 'var(--theme-success-100)',
  karigar: 'var(--theme-warning-100)',
}

/**
 * The order's history for staff, oldest first: each step with when (in the business's time zone),
 * who, and its note marked with who reads it; the amount's confirmation among them.
 */
export function OrderHistory({ order, timeZone }: { order: Order; timeZone: string }) {
  const history = order.history ?? []
  const confirmation = order.amountConfirmation
  // The amount's confirmation sits just before the acceptance it led to.
  const confirmedAt =
    confirmation?.via && confirmation.at ? history.findIndex((e) => e.action === 'accept') : -2
  const confirmed =
    confirmation?.via && confirmation.at ? (
      <li data-testid="history-confirmation" key="confirmation">
        <strong>Amount confirmed {confirmationChannelLabels[confirmation.via]}</strong>{' '}
        <span style={muted}>{formatDateTime(confirmation.at, timeZone)}</span>
      </li>
    ) : null
  return (
    <section data-testid="order-history">
      <h3 style={{ margin: '0 0 12px' }}>Timeline</h3>
      <ol
        style={{
          listStyle: 'none',
          margin: 0,
          padding: '0 0 0 16px',
          borderLeft: '2px solid var(--theme-elevation-150)',
          display: 'grid',
          gap: 16,
        }}
      >
        {history.map((entry, i) => {
          const audience = entry.noteVisibility as NoteAudience | null | undefined
          const photo = entry.photo && typeof entry.photo === 'object' ? entry.photo : null
          return [
            i === confirmedAt ? confirmed : null,
            <li key={entry.id ?? i} data-testid="history-entry" data-action={entry.action}>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 8px' }}>
                <strong>
                  {entry.action === 'edit'
                    ? orderEditTitle
                    : (historyTitles[entry.action] ?? orderStatusLabels[entry.to])}
                </strong>
                <span style={muted}>
                  {formatDateTime(entry.at, timeZone)} · {actorName(entry)}
                </span>
              </div>
              {entry.note ? (
                <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {audience ? (
                    <span
                      data-testid="note-audience"
                      style={{
                        background: audienceTone[audience],
                        borderRadius: 3,
                        padding: '0 6px',
                        marginRight: 6,
                        fontSize: 12,
                      }}
                    >
                      {noteAudienceLabels[audience]}
                    </span>
                  ) : null}
                  {entry.note}
                </p>
              ) : null}
              {photo?.url ? (
                <a href={photo.url} style={{ display: 'inline-block', marginTop: 6 }}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a private photo, loaded with the staff session */}
                  <img
                    src={photo.sizes?.card?.url || photo.url}
                    alt={photo.alt ?? 'The finished piece'}
                    width={120}
                    height={120}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                  />
                </a>
              ) : null}
            </li>,
          ]
        })}
        {confirmedAt === -1 ? confirmed : null}
      </ol>
    </section>
  )
}
