import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { isAdminUser } from '@/access/roles'
import { adminDocHref, adminListHref, adminRoute } from '@/lib/adminLinks'
import { calendarDay } from '@/lib/orderId'
import { orderStatusLabels } from '@/lib/orderStatus'
import { relativeTime } from '@/lib/relativeTime'
import { openWorkStatuses, staffDashboard } from '@/operations/staffDashboard'
import type { StaffDashboard as Data } from '@/operations/staffDashboard'

import { formatDate, formatDateTime, formatInr } from '../../format'
import { shopLook } from '../adminContext'
import '../admin.scss'

/** "Oldest: 3 days ago": since when the longest-waiting one has waited. */
const waited = (since: string | null, now: number) =>
  since ? `Oldest: ${relativeTime(since, now)}` : null

/**
 * The admin's home: what waits for staff (orders by status, vendors to approve), each karigar's
 * bench, today's rates and the latest changes. Every number is read as the signed-in person and
 * links to the admin list it counts.
 */
export async function StaffDashboard({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const [data, look] = await Promise.all([staffDashboard(req), shopLook(req.payload)])
  const { now } = data
  return (
    <Gutter className="shop-dashboard">
      <header className="shop-dashboard__head">
        <h1>{look.siteName}</h1>
        <p>{formatDate(new Date(now).toISOString(), data.timeZone)}</p>
      </header>
      <div className="shop-dashboard__grid">
        {data.orders ? <OrdersCard orders={data.orders} now={now} /> : null}
        {data.pendingVendors ? <VendorsCard vendors={data.pendingVendors} now={now} /> : null}
        {data.rates ? <RatesCard rates={data.rates} timeZone={data.timeZone} now={now} /> : null}
        {data.karigars ? (
          <KarigarsCard karigars={data.karigars} linkAccounts={isAdminUser(req.user)} />
        ) : null}
        {data.activity ? (
          <ActivityCard activity={data.activity} timeZone={data.timeZone} now={now} />
        ) : null}
      </div>
    </Gutter>
  )
}

function OrdersCard({ orders, now }: { orders: NonNullable<Data['orders']>; now: number }) {
  const waiting = orders.filter((o) => o.waitingSince !== null || o.count > 0)
  return (
    <section className="shop-card shop-card--wide" aria-labelledby="dash-orders">
      <h2 id="dash-orders">
        <a href={adminListHref('orders')}>Orders</a>
      </h2>
      <ul className="shop-tiles">
        {orders.map(({ status, count, waitingSince }) => (
          <li key={status}>
            <a
              className="shop-tile"
              href={adminListHref('orders', [['status', 'equals', status]])}
              data-testid={`dash-orders-${status}`}
              data-count={count}
            >
              <span className="shop-tile__count">{count}</span>
              <span className="shop-tile__label">{orderStatusLabels[status] ?? status}</span>
              {waitingSince ? (
                <span className="shop-tile__note">{waited(waitingSince, now)}</span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
      {waiting.length === 0 ? <p className="shop-card__empty">No orders yet.</p> : null}
    </section>
  )
}

function VendorsCard({
  vendors,
  now,
}: {
  vendors: NonNullable<Data['pendingVendors']>
  now: number
}) {
  return (
    <section className="shop-card" aria-labelledby="dash-vendors">
      <h2 id="dash-vendors">Vendors awaiting approval</h2>
      <a
        className="shop-tile shop-tile--single"
        href={adminListHref('vendors', [['status', 'equals', 'pending']])}
        data-testid="dash-vendors-pending"
        data-count={vendors.count}
      >
        <span className="shop-tile__count">{vendors.count}</span>
        <span className="shop-tile__label">
          {vendors.count === 1 ? 'vendor to review' : 'vendors to review'}
        </span>
        {vendors.waitingSince ? (
          <span className="shop-tile__note">{waited(vendors.waitingSince, now)}</span>
        ) : null}
      </a>
    </section>
  )
}

function RatesCard({
  rates,
  timeZone,
  now,
}: {
  rates: NonNullable<Data['rates']>
  timeZone: string
  now: number
}) {
  const setToday =
    rates.setAt !== null &&
    calendarDay(new Date(rates.setAt), timeZone) === calendarDay(new Date(now), timeZone)
  return (
    <section className="shop-card" aria-labelledby="dash-rates">
      <h2 id="dash-rates">
        <a href={`${adminRoute}/globals/rates`}>Today’s rates</a>
      </h2>
      <dl className="shop-rates" data-testid="dash-rates">
        <div>
          <dt>Gold (24K)</dt>
          <dd>{formatInr(rates.gold)}/g</dd>
        </div>
        <div>
          <dt>Silver</dt>
          <dd>{formatInr(rates.silver)}/g</dd>
        </div>
      </dl>
      {rates.setAt ? (
        <p className={setToday ? 'shop-card__note' : 'shop-card__warning'}>
          Set{' '}
          <time dateTime={rates.setAt} title={formatDateTime(rates.setAt, timeZone)}>
            {relativeTime(rates.setAt, now)}
          </time>
          {rates.setBy ? ` by ${rates.setBy}` : ''}
          {setToday ? '' : ' — not yet updated today'}
        </p>
      ) : (
        <p className="shop-card__warning">Not set yet</p>
      )}
    </section>
  )
}

/** Each karigar's open and late work. Only admins manage karigar accounts, so only they get links to them. */
function KarigarsCard({
  karigars,
  linkAccounts,
}: {
  karigars: NonNullable<Data['karigars']>
  linkAccounts: boolean
}) {
  return (
    <section className="shop-card" aria-labelledby="dash-karigars">
      <h2 id="dash-karigars">
        {linkAccounts ? <a href={adminListHref('goldsmiths')}>Karigars</a> : 'Karigars'}
      </h2>
      {karigars.length === 0 ? (
        <p className="shop-card__empty">No active karigars.</p>
      ) : (
        <table className="shop-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {karigars.map((k) => {
              const open = adminListHref('orders', [
                ['assignedGoldsmith', 'equals', k.id],
                ['status', 'in', openWorkStatuses.join(',')],
              ])
              return (
                <tr key={String(k.id)} data-testid="dash-karigar">
                  <th scope="row">
                    {linkAccounts ? (
                      <a href={adminDocHref('goldsmiths', k.id)}>{k.name}</a>
                    ) : (
                      k.name
                    )}
                  </th>
                  <td>
                    <a href={open}>{k.open}</a>
                  </td>
                  <td>
                    {k.overdue ? (
                      <span className="shop-badge shop-badge--bad">{k.overdue}</span>
                    ) : (
                      '0'
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ActivityCard({
  activity,
  timeZone,
  now,
}: {
  activity: NonNullable<Data['activity']>
  timeZone: string
  now: number
}) {
  return (
    <section className="shop-card shop-card--wide" aria-labelledby="dash-activity">
      <h2 id="dash-activity">
        <a href={adminListHref('audit-logs')}>Recent activity</a>
      </h2>
      {activity.length === 0 ? (
        <p className="shop-card__empty">Nothing has changed yet.</p>
      ) : (
        <ul className="shop-activity">
          {activity.map((change) => (
            <li key={String(change.id)}>
              <a href={adminDocHref('audit-logs', change.id)}>{change.summary}</a>
              <time dateTime={change.createdAt} title={formatDateTime(change.createdAt, timeZone)}>
                {relativeTime(change.createdAt, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
