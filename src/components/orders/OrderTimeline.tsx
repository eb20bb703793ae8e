import { Picture } from '@/src/components/Picture'

import { confirmationChannelLabels } from '@/lib/amountConfirmation'
import { orderEditTitle } from '@/lib/orderEdit'
import { historyTitles, orderStatusLabels } from '@/lib/orderStatus'
import type { TimelineEntryView } from '@/src/queries/orders'

import { formatDateTime } from '../format'

/**
 * What happened to the order, oldest first: each step with the notes this reader may read, the
 * photo of the finished piece, and when the amount was confirmed with the buyer (never the amount).
 */
export function OrderTimeline({
  entries,
  timeZone,
}: {
  entries: TimelineEntryView[]
  timeZone: string
}) {
  return (
    <ol className="relative mt-3 space-y-4 border-l border-gold-500/50 pl-5" data-testid="timeline">
      {entries.map((entry, index) => (
        <li key={index} className="relative" data-testid={`timeline-${entry.kind}`}>
          <span
            aria-hidden
            className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-gold-500"
          />
          {entry.kind === 'confirmation' ? (
            <p className="font-medium">Amount confirmed {confirmationChannelLabels[entry.via]}</p>
          ) : (
            <p className="font-medium">
              {entry.action === 'edit'
                ? orderEditTitle
                : (historyTitles[entry.action] ?? orderStatusLabels[entry.status])}
            </p>
          )}
          <p className="text-xs text-ink-soft">{formatDateTime(entry.at, timeZone)}</p>
          {entry.kind === 'step' && entry.note ? (
            <p className="mt-1 text-ink-soft">{entry.note}</p>
          ) : null}
          {entry.kind === 'step' && entry.photo ? (
            <a
              href={entry.photo.url}
              className="relative mt-2 block size-40 overflow-hidden border border-ivory-300 bg-ivory-200"
              data-testid="finished-photo"
            >
              {/* Private to this order's readers: the browser loads it with their own session. */}
              <Picture
                src={entry.photo.thumbnail}
                alt={entry.photo.alt}
                fill
                sizes="160px"
                className="object-cover"
              />
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
