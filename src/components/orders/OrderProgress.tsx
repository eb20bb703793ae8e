import { orderStatusLabels, type ProgressStep } from '@/lib/orderStatus'
import { formatDay } from '@/lib/readyDate'

import { formatDate } from '../format'

const dot: Record<ProgressStep['state'], string> = {
  done: 'bg-gold-500 text-white',
  current: 'border-2 border-gold-500 bg-ivory text-gold-700',
  upcoming: 'border border-ink/25 bg-ivory text-transparent',
  stopped: 'bg-ruby text-white',
  held: 'border-2 border-amber-600 bg-amber-50 text-amber-800',
}

const text: Record<ProgressStep['state'], string> = {
  done: 'text-ink',
  current: 'font-semibold text-ink',
  upcoming: 'text-ink-soft',
  stopped: 'font-semibold text-ruby',
  held: 'font-semibold text-amber-800',
}

/** What a screen reader hears besides the label: the dot's colour says it to everyone else. */
const spoken: Record<ProgressStep['state'], string> = {
  done: 'done',
  current: 'now',
  upcoming: 'to come',
  stopped: 'the order stopped here',
  held: 'on hold here',
}

/**
 * Every step of an order as a progress bar: done steps with their dates, the current one marked,
 * the steps to come greyed (the ready step with its promised date), and, for a declined or
 * cancelled order, where it stopped; an order on hold shows the step it is paused at. A column on a phone, a row from `sm` up.
 */
export function OrderProgress({ steps, timeZone }: { steps: ProgressStep[]; timeZone: string }) {
  return (
    <ol className="sm:flex" data-testid="order-progress">
      {steps.map((step, index) => {
        const reached = step.state !== 'upcoming'
        const last = index === steps.length - 1
        return (
          <li
            key={step.status}
            className="relative flex gap-3 pb-5 last:pb-0 sm:flex-1 sm:flex-col sm:items-center sm:pb-0 sm:text-center"
            data-testid={`step-${step.status}`}
            data-state={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            {last ? null : (
              <span
                aria-hidden
                className={`absolute top-7 bottom-1 left-3 w-px sm:top-3 sm:bottom-auto sm:left-[calc(50%+1rem)] sm:h-px sm:w-[calc(100%-2rem)] ${
                  steps[index + 1]!.state === 'upcoming' ? 'bg-ink/15' : 'bg-gold-500'
                }`}
              />
            )}
            <span
              aria-hidden
              className={`relative flex size-6 shrink-0 items-center justify-center rounded-full text-xs ${dot[step.state]}`}
            >
              {step.state === 'stopped'
                ? '×'
                : step.state === 'done'
                  ? '✓'
                  : step.state === 'held'
                    ? '‖'
                    : '•'}
            </span>
            <div className={`min-w-0 text-sm sm:mt-2 ${text[step.state]}`}>
              <p>
                {orderStatusLabels[step.status]}
                {step.state === 'held' ? (
                  <span aria-hidden data-testid="step-on-hold">
                    {' '}
                    · {orderStatusLabels.on_hold}
                  </span>
                ) : null}
                <span className="sr-only">, {spoken[step.state]}</span>
              </p>
              <p className="text-xs text-ink-soft" data-testid="step-date">
                {reached && step.at ? formatDate(step.at, timeZone) : null}
                {step.due ? `By ${formatDay(step.due)}` : null}
              </p>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
