import type { Metadata } from 'next'

import { bangleSizeChart, ringSizeChart } from '@/lib/sizes'

export const sizeGuideMetadata: Metadata = {
  title: 'Ring and bangle size guide',
  description: 'Indian ring and bangle sizes with their inside measurements, and how to measure.',
}

const cell = 'border-b border-ivory-300 px-3 py-2'

/** Ring and bangle sizes with their measurements, so a buyer can choose before ordering. */
export function SizeGuidePage() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-12 sm:py-20">
      <div className="text-center">
        <p className="eyebrow">Before you order</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">Size guide</h1>
        <div className="gold-rule mx-auto my-6 w-32" />
      </div>

      <section aria-labelledby="rings" className="mt-6">
        <h2 id="rings" className="font-serif text-2xl">
          Rings
        </h2>
        <p className="mt-2 text-sm leading-relaxed text-ink-soft">
          Wrap a strip of paper around the finger where the ring will sit, mark where it meets, and
          measure the length in millimetres: that is the circumference. Or measure the inside of a
          ring that fits. Each piece offers only the sizes we make it in.
        </p>
        <table className="mt-4 w-full text-left text-sm" data-testid="ring-sizes">
          <thead>
            <tr>
              <th className={cell}>Size</th>
              <th className={cell}>Circumference</th>
              <th className={cell}>Inside diameter</th>
            </tr>
          </thead>
          <tbody>
            {ringSizeChart().map((row) => (
              <tr key={row.size}>
                <td className={cell}>{row.size}</td>
                <td className={cell}>{row.circumferenceMm} mm</td>
                <td className={cell}>{row.diameterMm} mm</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="bangles" className="mt-12">
        <h2 id="bangles" className="font-serif text-2xl">
          Bangles and kadas
        </h2>
        <p className="mt-2 text-sm leading-relaxed text-ink-soft">
          Measure straight across the inside of a bangle that slips over your hand. Sizes are
          written in inches and sixteenths: 2.6 is 2 and 6/16 inches, and 2.10 (two-ten) comes after
          2.8.
        </p>
        <table className="mt-4 w-full text-left text-sm" data-testid="bangle-sizes">
          <thead>
            <tr>
              <th className={cell}>Size</th>
              <th className={cell}>Inside diameter</th>
            </tr>
          </thead>
          <tbody>
            {bangleSizeChart().map((row) => (
              <tr key={row.size}>
                <td className={cell}>{row.size}</td>
                <td className={cell}>{row.diameterMm} mm</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
