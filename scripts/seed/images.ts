import type { GemName, Kind, Metal } from './variants'

import sharp from 'sharp'

import { decodeVariant, gemNames } from './variants'

export type { GemName, Kind, Metal } from './variants'

export type ProductImageSpec = { metal: Metal; kind: Kind; variant: number }

export type CategoryIconSpec = { kind: Kind; label: string }

export const PRODUCT_IMAGE_SIZE = 1200
export const CATEGORY_ICON_SIZE = 512

const SIZE = PRODUCT_IMAGE_SIZE
const C = SIZE / 2

type Rng = {
  next: () => number
  range: (min: number, max: number) => number
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
}

type Pt = { x: number; y: number; a: number }

type Ctx = { rng: Rng; metal: Metal; style: string; gem: GemName; accent: GemName }

const METALS: Record<
  Metal,
  { stops: [string, string, string]; bg: [string, string]; shade: string }
> = {
  gold: { stops: ['#f7e7a1', '#d4a437', '#8a6414'], bg: ['#fffdf8', '#eee2c6'], shade: '#3d2a06' },
  silver: {
    stops: ['#ffffff', '#c0c4c8', '#7d838a'],
    bg: ['#fbfcfd', '#d3d8de'],
    shade: '#1c2430',
  },
  platinum: {
    stops: ['#f4f6f8', '#b8bec6', '#6e7680'],
    bg: ['#f7f8fa', '#cdd2d9'],
    shade: '#1a212b',
  },
}

const GEMS: Record<GemName, [string, string, string]> = {
  ruby: ['#ff9fb2', '#c4102e', '#48000f'],
  emerald: ['#a6f0c4', '#0b8a4c', '#02301d'],
  sapphire: ['#aac2ff', '#1d47c2', '#071850'],
  diamond: ['#ffffff', '#e4ecf4', '#8e9db0'],
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

function makeRng(seed: number): Rng {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  }
}

// One decimal keeps the SVG small and the output byte-stable.
const n = (v: number): string => String(Math.round(v * 10) / 10)

const rad = (deg: number): number => (deg * Math.PI) / 180

function ell(cx: number, cy: number, rx: number, ry: number): string {
  return `M${n(cx - rx)} ${n(cy)}a${n(rx)} ${n(ry)} 0 1 0 ${n(2 * rx)} 0a${n(rx)} ${n(ry)} 0 1 0 ${n(-2 * rx)} 0Z`
}

/** Elliptical arc path from angle a0 to a1 (degrees, clockwise on screen). */
function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): string {
  const x0 = cx + rx * Math.cos(rad(a0))
  const y0 = cy + ry * Math.sin(rad(a0))
  const x1 = cx + rx * Math.cos(rad(a1))
  const y1 = cy + ry * Math.sin(rad(a1))
  const large = a1 - a0 > 180 ? 1 : 0
  return `M${n(x0)} ${n(y0)}A${n(rx)} ${n(ry)} 0 ${large} 1 ${n(x1)} ${n(y1)}`
}

function cubic(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  p3: [number, number],
): (t: number) => [number, number] {
  return (t) => {
    const u = 1 - t
    const a = u * u * u
    const b = 3 * u * u * t
    const c = 3 * u * t * t
    const d = t * t * t
    return [
      a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
      a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
    ]
  }
}

/** Points evenly spaced by arc length along a parametric curve, with tangent angles. */
function sample(fn: (t: number) => [number, number], count: number, t0 = 0, t1 = 1): Pt[] {
  const steps = 400
  const xs: [number, number][] = []
  const acc: number[] = [0]
  for (let i = 0; i <= steps; i++) xs.push(fn(t0 + ((t1 - t0) * i) / steps))
  for (let i = 1; i <= steps; i++) {
    const [ax, ay] = xs[i - 1] as [number, number]
    const [bx, by] = xs[i] as [number, number]
    acc.push((acc[i - 1] as number) + Math.hypot(bx - ax, by - ay))
  }
  const total = acc[steps] as number
  const out: Pt[] = []
  let j = 1
  for (let k = 0; k < count; k++) {
    const target = count === 1 ? total / 2 : (total * k) / (count - 1)
    while (j < steps && (acc[j] as number) < target) j++
    const [ax, ay] = xs[j - 1] as [number, number]
    const [bx, by] = xs[j] as [number, number]
    const seg = (acc[j] as number) - (acc[j - 1] as number) || 1
    const f = Math.min(1, Math.max(0, (target - (acc[j - 1] as number)) / seg))
    out.push({
      x: ax + (bx - ax) * f,
      y: ay + (by - ay) * f,
      a: (Math.atan2(by - ay, bx - ax) * 180) / Math.PI,
    })
  }
  return out
}

function defs(metal: Metal): string {
  const [l, m, d] = METALS[metal].stops
  const [b0, b1] = METALS[metal].bg
  const gems = gemNames
    .map((g) => {
      const [gl, gm, gd] = GEMS[g]
      return `<radialGradient id="g-${g}" cx=".45" cy=".4" r=".65" fx=".32" fy=".28"><stop offset="0" stop-color="${gl}"/><stop offset=".45" stop-color="${gm}"/><stop offset="1" stop-color="${gd}"/></radialGradient>`
    })
    .join('')
  return `<defs>
<radialGradient id="bg" gradientUnits="userSpaceOnUse" cx="600" cy="500" r="900"><stop offset="0" stop-color="${b0}"/><stop offset=".55" stop-color="${b0}"/><stop offset="1" stop-color="${b1}"/></radialGradient>
<linearGradient id="mL" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${l}"/><stop offset=".45" stop-color="${m}"/><stop offset="1" stop-color="${d}"/></linearGradient>
<linearGradient id="mH" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${d}"/><stop offset=".2" stop-color="${m}"/><stop offset=".38" stop-color="${l}"/><stop offset=".6" stop-color="${m}"/><stop offset=".85" stop-color="${d}"/><stop offset="1" stop-color="${m}"/></linearGradient>
<linearGradient id="mS" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="60" y2="40" spreadMethod="reflect"><stop offset="0" stop-color="${l}"/><stop offset=".6" stop-color="${m}"/><stop offset="1" stop-color="${d}"/></linearGradient>
<linearGradient id="mV" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${l}"/><stop offset=".5" stop-color="${m}"/><stop offset="1" stop-color="${d}"/></linearGradient>
<linearGradient id="mD" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${d}"/><stop offset=".55" stop-color="${m}"/><stop offset="1" stop-color="${d}"/></linearGradient>
<radialGradient id="mR" cx=".5" cy=".5" r=".6" fx=".36" fy=".3"><stop offset="0" stop-color="#fff"/><stop offset=".18" stop-color="${l}"/><stop offset=".6" stop-color="${m}"/><stop offset="1" stop-color="${d}"/></radialGradient>
<radialGradient id="pearl" cx=".5" cy=".5" r=".6" fx=".35" fy=".3"><stop offset="0" stop-color="#fff"/><stop offset=".5" stop-color="#f3ece1"/><stop offset="1" stop-color="#b6aa98"/></radialGradient>
<radialGradient id="onyx" cx=".5" cy=".5" r=".6" fx=".35" fy=".3"><stop offset="0" stop-color="#8a8a8a"/><stop offset=".3" stop-color="#202020"/><stop offset="1" stop-color="#000"/></radialGradient>
<radialGradient id="floor"><stop offset="0" stop-color="${METALS[metal].shade}" stop-opacity=".16"/><stop offset="1" stop-color="${METALS[metal].shade}" stop-opacity="0"/></radialGradient>
${gems}
</defs>`
}

// ---------- primitives ----------

function bead(x: number, y: number, r: number, fill = 'url(#mR)'): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"/>`
}

function pearl(x: number, y: number, r: number): string {
  return bead(x, y, r, 'url(#pearl)')
}

function gem(x: number, y: number, r: number, g: GemName, bezel = true): string {
  let s = bezel ? bead(x, y, r * 1.17) : ''
  s += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="url(#g-${g})"/>`
  if (r >= 16) {
    const t = r * 0.52
    const table: string[] = []
    let rays = ''
    for (let k = 0; k < 8; k++) {
      const a = rad(k * 45 + 22.5)
      const tx = x + t * Math.cos(a)
      const ty = y + t * Math.sin(a)
      table.push(`${n(tx)},${n(ty)}`)
      rays += `M${n(tx)} ${n(ty)}L${n(x + r * Math.cos(a))} ${n(y + r * Math.sin(a))}`
    }
    const w = n(Math.max(1, r * 0.03))
    s += `<polygon points="${table.join(' ')}" fill="#fff" fill-opacity=".1" stroke="#fff" stroke-opacity=".45" stroke-width="${w}"/>`
    s += `<path d="${rays}" stroke="#fff" stroke-opacity=".28" stroke-width="${w}"/>`
  }
  s += `<ellipse cx="${n(x - r * 0.3)}" cy="${n(y - r * 0.36)}" rx="${n(r * 0.24)}" ry="${n(r * 0.12)}" transform="rotate(-35 ${n(x - r * 0.3)} ${n(y - r * 0.36)})" fill="#fff" fill-opacity=".8"/>`
  if (g === 'diamond' && r >= 22) s += sparkle(x + r * 0.38, y - r * 0.3, r * 0.35)
  return s
}

function sparkle(x: number, y: number, r: number): string {
  const q = r * 0.18
  return `<path d="M${n(x)} ${n(y - r)}L${n(x + q)} ${n(y - q)}L${n(x + r)} ${n(y)}L${n(x + q)} ${n(y + q)}L${n(x)} ${n(y + r)}L${n(x - q)} ${n(y + q)}L${n(x - r)} ${n(y)}L${n(x - q)} ${n(y - q)}Z" fill="#fff" fill-opacity=".9"/>`
}

function dropPath(x: number, y: number, w: number, h: number): string {
  return `M${n(x)} ${n(y)}C${n(x + w * 0.55)} ${n(y + h * 0.3)} ${n(x + w)} ${n(y + h * 0.55)} ${n(x + w)} ${n(y + h * 0.72)}C${n(x + w)} ${n(y + h * 0.9)} ${n(x + w * 0.55)} ${n(y + h)} ${n(x)} ${n(y + h)}C${n(x - w * 0.55)} ${n(y + h)} ${n(x - w)} ${n(y + h * 0.9)} ${n(x - w)} ${n(y + h * 0.72)}C${n(x - w)} ${n(y + h * 0.55)} ${n(x - w * 0.55)} ${n(y + h * 0.3)} ${n(x)} ${n(y)}Z`
}

function gemDrop(x: number, y: number, w: number, h: number, g: GemName): string {
  return `<path d="${dropPath(x, y - h * 0.06, w * 1.16, h * 1.1)}" fill="url(#mL)"/><path d="${dropPath(x, y, w, h)}" fill="url(#g-${g})"/><ellipse cx="${n(x - w * 0.35)}" cy="${n(y + h * 0.6)}" rx="${n(w * 0.16)}" ry="${n(h * 0.12)}" fill="#fff" fill-opacity=".7"/>`
}

function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  w: number,
  stroke = 'url(#mS)',
): string {
  return `<path d="M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="round"/>`
}

/** Chain links along points; styles trade detail for speed. */
function links(pts: Pt[], len: number, style: string): string {
  let s = ''
  pts.forEach((p, i) => {
    const rot = `transform="rotate(${n(p.a)} ${n(p.x)} ${n(p.y)})"`
    if (style === 'rope') {
      s += `<ellipse cx="${n(p.x)}" cy="${n(p.y)}" rx="${n(len * 0.75)}" ry="${n(len * 0.3)}" transform="rotate(${n(p.a + 38)} ${n(p.x)} ${n(p.y)})" fill="url(#mL)" stroke="#000" stroke-opacity=".18" stroke-width="1.5"/>`
    } else if (style === 'ball') {
      s += bead(p.x, p.y, len * 0.4)
    } else if (style === 'box') {
      const h = len * 0.42
      s += `<rect x="${n(p.x - h)}" y="${n(p.y - h)}" width="${n(2 * h)}" height="${n(2 * h)}" rx="${n(h * 0.25)}" ${rot} fill="none" stroke="url(#mL)" stroke-width="${n(len * 0.2)}"/>`
    } else if (i % 2 === 0) {
      s += `<ellipse cx="${n(p.x)}" cy="${n(p.y)}" rx="${n(len * 0.62)}" ry="${n(len * 0.36)}" ${rot} fill="none" stroke="url(#mL)" stroke-width="${n(len * 0.17)}"/>`
    } else {
      s += `<ellipse cx="${n(p.x)}" cy="${n(p.y)}" rx="${n(len * 0.62)}" ry="${n(len * 0.12)}" ${rot} fill="url(#mV)"/>`
    }
  })
  return s
}

// ---------- kinds ----------

function ring(c: Ctx): string {
  const { rng, style } = c
  const cx = C
  const cy = style === 'band' ? 620 : 700
  const R = 250
  const rx = rng.range(198, 220)
  const t = style === 'band' ? rng.range(56, 70) : rng.range(34, 44)
  const d = 24
  const hx = cx + d
  const hy = cy + 4
  let s = `<path d="${ell(cx, cy, rx, R)}${ell(hx, hy, rx - t, R - t)}" fill="url(#mL)" fill-rule="evenodd"/>`
  s += `<path d="${ell(hx, hy, rx - t, R - t)}${ell(hx - 24, hy + 2, rx - t - 24, R - t - 6)}" fill="url(#mD)" fill-rule="evenodd"/>`
  s += `<path d="${arc(cx, cy, rx - 9, R - 9, 140, 235)}" fill="none" stroke="#fff" stroke-opacity=".55" stroke-width="7" stroke-linecap="round"/>`
  const mid = (a: number, inset: number): [number, number] => [
    cx + d / 2 + (rx - inset) * Math.cos(rad(a)),
    cy + 2 + (R - inset) * Math.sin(rad(a)),
  ]
  const pattern =
    style === 'band' ? rng.pick(['pave', 'milgrain']) : rng.pick(['plain', 'milgrain', 'pave'])
  if (pattern === 'milgrain') {
    let dots = ''
    for (let a = 0; a < 360; a += 5) {
      const [x, y] = [cx + (rx - 5) * Math.cos(rad(a)), cy + (R - 5) * Math.sin(rad(a))]
      dots += `<circle cx="${n(x)}" cy="${n(y)}" r="2.6"/>`
    }
    s += `<g fill="#fff" fill-opacity=".65">${dots}</g>`
    s += `<path d="${ell(cx + d / 2, cy + 2, rx - t / 2, R - t / 2)}" fill="none" stroke="#000" stroke-opacity=".18" stroke-width="3"/>`
  }
  if (pattern === 'pave' || style === 'band') {
    const [from, to] = style === 'band' ? [205, 335] : [300, 345]
    const gr = t * 0.27
    const mirror = style !== 'band'
    for (let a = from; a <= to; a += (gr * 2.3 * 180) / (Math.PI * R)) {
      const [x, y] = mid(a, t / 2)
      s += gem(x, y, gr, style === 'band' ? c.gem : 'diamond')
      if (mirror) {
        const [mx, my] = mid(540 - a, t / 2)
        s += gem(mx, my, gr, 'diamond')
      }
    }
  }
  if (style === 'band') return s
  const top = cy - R
  // basket that lifts the head off the band
  s += `<path d="M${n(cx - 46)} ${n(top + 26)}L${n(cx + 46)} ${n(top + 26)}L${n(cx + 64)} ${n(top - 46)}L${n(cx - 64)} ${n(top - 46)}Z" fill="url(#mH)"/>`
  if (style === 'solitaire') {
    const gy = top - 92
    const r = rng.range(80, 92)
    s += gem(cx, gy, r, c.gem, false)
    for (const a of [215, 325, 145, 35]) {
      const px = cx + r * 0.97 * Math.cos(rad(a))
      const py = gy + r * 0.97 * Math.sin(rad(a))
      if (a === 145 || a === 35) s += line(px, py, cx + (a === 145 ? -50 : 50), top - 30, 12)
      s += bead(px, py, 11)
    }
  } else if (style === 'three-stone') {
    const side = c.gem === 'diamond' ? c.accent : 'diamond'
    for (const sign of [-1, 1]) {
      const [x, y] = mid(270 + sign * 27, 0)
      s += gem(x, y - 30, 46, side)
    }
    s += gem(cx, top - 70, 68, c.gem)
  } else if (style === 'halo') {
    const gy = top - 72
    s += bead(cx, gy, 104)
    for (let k = 0; k < 16; k++) {
      const a = rad((k * 360) / 16)
      s += gem(cx + 84 * Math.cos(a), gy + 84 * Math.sin(a), 14, 'diamond')
    }
    s += gem(cx, gy, 58, c.gem)
  } else {
    const gy = top - 70
    const petals = rng.int(6, 8)
    for (let k = 0; k < petals; k++) {
      const a = (k * 360) / petals - 90
      const px = cx + 64 * Math.cos(rad(a))
      const py = gy + 64 * Math.sin(rad(a))
      s += `<ellipse cx="${n(px)}" cy="${n(py)}" rx="40" ry="26" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="url(#mR)"/>`
      s += gem(px, py, 11, c.accent, false)
    }
    s += gem(cx, gy, 44, c.gem)
  }
  return s
}

function necklace(c: Ctx): string {
  const { rng, style } = c
  const spread = rng.range(0, 50)
  const depth = rng.range(860, 960)
  const fn = cubic([140 + spread, 90], [190, depth], [1010, depth], [1060 - spread, 90])
  let s = `<path d="M${n(140 + spread)} 90C190 ${n(depth)} 1010 ${n(depth)} ${n(1060 - spread)} 90" fill="none" stroke="url(#mL)" stroke-width="7"/>`
  const [bx, by] = fn(0.5)
  if (style === 'choker') {
    const pts = sample(fn, 15, 0.2, 0.8)
    let drops = ''
    let plates = ''
    pts.forEach((p, i) => {
      if (i === 7) return
      drops +=
        line(p.x, p.y + 20, p.x, p.y + 54, 3) +
        (i % 2 ? pearl(p.x, p.y + 64, 12) : gemDrop(p.x, p.y + 48, 13, 34, c.gem))
      plates += `<rect x="${n(p.x - 27)}" y="${n(p.y - 27)}" width="54" height="54" rx="12" transform="rotate(${n(p.a)} ${n(p.x)} ${n(p.y)})" fill="url(#mL)" stroke="#000" stroke-opacity=".15" stroke-width="2"/>`
      plates += gem(p.x, p.y, 15, i % 2 ? c.gem : c.accent, false)
    })
    s += drops + plates
    s += `<path d="${dropPath(bx, by - 20, 78, 190)}" fill="url(#mL)"/><path d="${dropPath(bx, by, 58, 150)}" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="4"/>`
    s += gem(bx, by + 100, 40, c.gem)
    for (let k = -2; k <= 2; k++) s += pearl(bx + k * 26, by + 182 - Math.abs(k) * 12, 11)
  } else if (style === 'beaded') {
    const pts = sample(fn, 61, 0.02, 0.98)
    pts.forEach((p, i) => {
      if (Math.abs(i - 30) < 1) return
      s += i % 4 === 2 ? gem(p.x, p.y, 11, c.gem) : bead(p.x, p.y, 14)
    })
    s += line(bx, by, bx, by + 40, 8)
    s += bead(bx, by + 120, 82)
    s += `<circle cx="${n(bx)}" cy="${n(by + 120)}" r="64" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="4" stroke-dasharray="3 7"/>`
    s += gem(bx, by + 120, 44, c.gem)
  } else {
    s = links(sample(fn, 120), 15, 'cable')
    const pts = sample(fn, 9, 0.28, 0.72)
    pts.forEach((p, i) => {
      const big = i === 4
      const h = big ? 100 : 56 - Math.abs(i - 4) * 5
      s += line(p.x, p.y, p.x, p.y + 22, 3)
      s += gemDrop(p.x, p.y + 22, h * 0.36, h, i % 2 ? c.accent : c.gem)
    })
  }
  return s
}

function earring(c: Ctx, x: number, tilt: number): string {
  const { style } = c
  let s = `<g transform="rotate(${n(tilt)} ${n(x)} 240)">`
  if (style === 'jhumka') {
    for (let k = 0; k < 8; k++) {
      const a = rad(k * 45)
      s += bead(x + 32 * Math.cos(a), 270 + 32 * Math.sin(a), 17)
    }
    s += gem(x, 270, 22, c.gem)
    s += bead(x, 330, 12)
    s += `<path d="M${x - 24} 348C${x - 70} 372 ${x - 122} 470 ${x - 130} 575L${x + 130} 575C${x + 122} 470 ${x + 70} 372 ${x + 24} 348Z" fill="url(#mH)"/>`
    s += `<path d="M${x - 72} 430Q${x} 405 ${x + 72} 430M${x - 104} 500Q${x} 470 ${x + 104} 500" fill="none" stroke="#000" stroke-opacity=".22" stroke-width="4"/>`
    for (let k = -3; k <= 3; k++) s += gem(x + k * 27, 536 - Math.abs(k) * 4, 8, c.accent, false)
    s += `<ellipse cx="${x}" cy="575" rx="134" ry="20" fill="url(#mL)"/>`
    let fringe = ''
    for (let k = -6; k <= 6; k++) {
      const fx = x + k * 20
      const fy = 575 + Math.sqrt(1 - (k / 6.6) ** 2) * 18
      fringe += line(fx, fy, fx, fy + 22, 3) + pearl(fx, fy + 33, 11)
    }
    s += fringe
  } else if (style === 'stud') {
    const cy = 520
    const petals = 8
    s += bead(x, cy, 128)
    for (let k = 0; k < petals; k++) {
      const a = rad((k * 360) / petals - 90)
      s += gem(x + 84 * Math.cos(a), cy + 84 * Math.sin(a), 30, c.accent, false)
    }
    s += gem(x, cy, 46, c.gem)
  } else if (style === 'chandbali') {
    const y1 = 500
    const r1 = 170
    const y2 = 410
    const r2 = 150
    const yi = ((r1 * r1 - r2 * r2) / (y2 - y1) + y1 + y2) / 2
    const h = Math.sqrt(r1 * r1 - (yi - y1) ** 2)
    s += line(x, 270, x, yi - 30, 7)
    s += gem(x, 250, 26, c.gem)
    s += `<path d="M${n(x - h)} ${n(yi)}A${r1} ${r1} 0 1 0 ${n(x + h)} ${n(yi)}A${r2} ${r2} 0 0 1 ${n(x - h)} ${n(yi)}Z" fill="url(#mL)"/>`
    for (let k = -5; k <= 5; k++) s += bead(x + (k * (h - 8)) / 5, yi - 6 - (25 - k * k) * 0.9, 8)
    s += bead(x, 330, 12)
    s += gem(x, yi - 36, 24, c.accent)
    for (let a = 22; a <= 158; a += 12) {
      const mx = x + ((r1 + r2) / 2) * Math.cos(rad(a))
      const my = (y1 + y2) / 2 + ((r1 + r2) / 2) * Math.sin(rad(a))
      s += gem(mx, my, a === 94 ? 14 : 10, (a - 22) % 24 === 0 ? c.gem : c.accent, false)
    }
    for (let a = 16; a <= 164; a += 9.25) {
      s += pearl(x + (r1 + 12) * Math.cos(rad(a)), y1 + (r1 + 12) * Math.sin(rad(a)), 10)
    }
  } else {
    s += bead(x, 250, 14)
    s += `<ellipse cx="${x}" cy="440" rx="130" ry="180" fill="none" stroke="url(#mL)" stroke-width="30"/>`
    if (c.rng.next() < 0.6) {
      s += `<ellipse cx="${x}" cy="440" rx="130" ry="180" fill="none" stroke="#000" stroke-opacity=".22" stroke-width="30" stroke-dasharray="3 9"/>`
    }
    s += `<path d="${arc(x, 440, 130, 180, 150, 230)}" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="6" stroke-linecap="round"/>`
  }
  return s + '</g>'
}

function earrings(c: Ctx): string {
  const lean = c.rng.range(-4, 4)
  return earring(c, 385, lean - 3) + earring(c, 815, lean + 3)
}

function bangle(c: Ctx): string {
  const { rng, style } = c
  const cx = C
  const cy = 520
  const R = rng.range(360, 390)
  const k = rng.range(0.38, 0.46)
  const t = 36
  const h = style === 'plain' ? rng.range(60, 80) : rng.range(95, 120)
  const ir = R - t
  let s = `<clipPath id="hole"><path d="${ell(cx, cy, ir, ir * k)}"/></clipPath>`
  s += `<path d="${ell(cx, cy, ir, ir * k)}${ell(cx, cy + h, ir, ir * k)}" fill="url(#mD)" fill-rule="evenodd" clip-path="url(#hole)"/>`
  const side = `M${n(cx - R)} ${n(cy)}A${n(R)} ${n(R * k)} 0 0 0 ${n(cx + R)} ${n(cy)}L${n(cx + R)} ${n(cy + h)}A${n(R)} ${n(R * k)} 0 0 1 ${n(cx - R)} ${n(cy + h)}Z`
  s += `<path d="${side}" fill="url(#mH)"/>`
  s += `<path d="${ell(cx, cy, R, R * k)}${ell(cx, cy, ir, ir * k)}" fill="url(#mL)" fill-rule="evenodd"/>`
  const at = (a: number, dy: number): [number, number] => [
    cx + R * Math.cos(rad(a)),
    cy + dy + R * k * Math.sin(rad(a)),
  ]
  let deco = ''
  if (style === 'gem-set') {
    for (let a = 12; a <= 168; a += 6.5) {
      const [x, y] = at(a, h / 2)
      const f = 0.45 + 0.55 * Math.sin(rad(a))
      deco += gem(x, y, 15 * f + 3, Math.round(a / 6.5) % 3 === 0 ? c.gem : c.accent)
    }
  } else if (style === 'engraved') {
    for (let a = 8; a <= 172; a += 4) {
      const [x0, y0] = at(a, 8)
      const [x1, y1] = at(a, h - 8)
      deco += `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`
    }
    s += `<path d="${deco}" stroke="#000" stroke-opacity=".2" stroke-width="3"/>`
    deco = ''
    for (let a = 20; a <= 160; a += 20) {
      const [x, y] = at(a, h / 2)
      deco += bead(x, y, 14 * (0.5 + 0.5 * Math.sin(rad(a))) + 4)
    }
  } else if (style === 'rope') {
    let p = ''
    for (let a = 4; a <= 176; a += 3) {
      const [x0, y0] = at(a, 6)
      const [x1, y1] = at(a + 5, h - 6)
      p += `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`
    }
    s += `<path d="${p}" stroke="#000" stroke-opacity=".22" stroke-width="4"/>`
    s += `<path d="${p}" stroke="#fff" stroke-opacity=".35" stroke-width="2" transform="translate(3 0)"/>`
  }
  const edge = `${arc(cx, cy + 4, R, R * k, 2, 178)}${arc(cx, cy + h - 4, R, R * k, 2, 178)}`
  s += `<path d="${edge}" fill="none" stroke="#fff" stroke-opacity=".55" stroke-width="3" stroke-dasharray="${style === 'plain' ? '0' : '4 6'}"/>`
  s += deco
  s += `<path d="${arc(cx, cy, R - t / 2, (R - t / 2) * k, 200, 250)}" fill="none" stroke="#fff" stroke-opacity=".7" stroke-width="6" stroke-linecap="round"/>`
  return s
}

function heartPath(x: number, y: number, w: number): string {
  const h = w * 0.95
  return `M${n(x)} ${n(y + h * 0.3)}C${n(x)} ${n(y)} ${n(x - w * 0.5)} ${n(y - h * 0.08)} ${n(x - w * 0.5)} ${n(y + h * 0.3)}C${n(x - w * 0.5)} ${n(y + h * 0.6)} ${n(x - w * 0.1)} ${n(y + h * 0.8)} ${n(x)} ${n(y + h)}C${n(x + w * 0.1)} ${n(y + h * 0.8)} ${n(x + w * 0.5)} ${n(y + h * 0.6)} ${n(x + w * 0.5)} ${n(y + h * 0.3)}C${n(x + w * 0.5)} ${n(y - h * 0.08)} ${n(x)} ${n(y)} ${n(x)} ${n(y + h * 0.3)}Z`
}

function pendant(c: Ctx): string {
  const { rng, style } = c
  const sway = rng.range(-30, 30)
  const bx = C + sway * 0.3
  const by = 470
  const left = cubic([330 + sway, -20], [380, 200], [bx - 60, 420], [bx, by])
  const right = cubic([870 + sway, -20], [820, 200], [bx + 60, 420], [bx, by])
  let s = links(sample(left, 44), 14, 'cable') + links(sample(right, 44), 14, 'cable')
  s += `<ellipse cx="${n(bx)}" cy="${by + 22}" rx="15" ry="28" fill="none" stroke="url(#mL)" stroke-width="10"/>`
  const top = by + 46
  if (style === 'drop') {
    s += `<path d="${dropPath(bx, top, 130, 360)}" fill="url(#mL)"/>`
    s += `<path d="${dropPath(bx, top + 34, 100, 300)}" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="4"/>`
    s += gemDrop(bx, top + 90, 70, 210, c.gem)
    for (let k = 0; k < 3; k++) s += gem(bx, top + 22 + k * 22, 8, 'diamond', false)
  } else if (style === 'heart') {
    s += `<path d="${heartPath(bx, top - 10, 330)}" fill="url(#mL)"/>`
    s += `<path d="${heartPath(bx, top + 22, 260)}" fill="url(#g-${c.gem})"/>`
    s += `<path d="${heartPath(bx, top + 22, 260)}" fill="none" stroke="#fff" stroke-opacity=".4" stroke-width="4"/>`
    s += `<ellipse cx="${n(bx - 62)}" cy="${n(top + 90)}" rx="34" ry="16" transform="rotate(-40 ${n(bx - 62)} ${n(top + 90)})" fill="#fff" fill-opacity=".7"/>`
    s += sparkle(bx + 60, top + 80, 24)
  } else if (style === 'medallion') {
    const cy = top + 170
    s += bead(bx, cy, 170)
    s += `<circle cx="${n(bx)}" cy="${cy}" r="150" fill="none" stroke="#000" stroke-opacity=".18" stroke-width="3"/>`
    s += `<circle cx="${n(bx)}" cy="${cy}" r="158" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="5" stroke-dasharray="2 9" stroke-linecap="round"/>`
    const petals = rng.pick([8, 10, 12])
    for (let k = 0; k < petals; k++) {
      const a = (k * 360) / petals
      const px = bx + 100 * Math.cos(rad(a))
      const py = cy + 100 * Math.sin(rad(a))
      s += `<ellipse cx="${n(px)}" cy="${n(py)}" rx="40" ry="18" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="url(#mL)" stroke="#000" stroke-opacity=".15" stroke-width="2"/>`
      s += gem(px, py, 9, k % 2 ? c.accent : c.gem, false)
    }
    s += gem(bx, cy, 50, c.gem)
  } else if (style === 'coin') {
    const cy = top + 160
    s += bead(bx, cy, 160)
    s += `<circle cx="${n(bx)}" cy="${cy}" r="140" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="3"/>`
    s += `<circle cx="${n(bx)}" cy="${cy}" r="150" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="5" stroke-dasharray="2 9" stroke-linecap="round"/>`
    let rays = ''
    for (let k = 0; k < 36; k++) {
      const a = rad(k * 10)
      rays += `M${n(bx + 104 * Math.cos(a))} ${n(cy + 104 * Math.sin(a))}L${n(bx + 130 * Math.cos(a))} ${n(cy + 130 * Math.sin(a))}`
    }
    s += `<path d="${rays}" stroke="#000" stroke-opacity=".18" stroke-width="4" stroke-linecap="round"/>`
    s += `<circle cx="${n(bx)}" cy="${cy}" r="94" fill="url(#mL)"/>`
    const petals = rng.pick([8, 12])
    for (let k = 0; k < petals; k++) {
      const a = (k * 360) / petals - 90
      const px = bx + 46 * Math.cos(rad(a))
      const py = cy + 46 * Math.sin(rad(a))
      s += `<ellipse cx="${n(px)}" cy="${n(py)}" rx="34" ry="13" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="url(#mR)" stroke="#000" stroke-opacity=".12" stroke-width="2"/>`
    }
    s += bead(bx, cy, 20)
  } else {
    const x = bx
    const y = top
    const p = `M${n(x)} ${n(y)}C${n(x + 40)} ${n(y + 10)} ${n(x + 30)} ${n(y + 70)} ${n(x + 60)} ${n(y + 110)}C${n(x + 120)} ${n(y + 180)} ${n(x + 150)} ${n(y + 260)} ${n(x + 100)} ${n(y + 320)}C${n(x + 50)} ${n(y + 380)} ${n(x - 90)} ${n(y + 380)} ${n(x - 125)} ${n(y + 300)}C${n(x - 160)} ${n(y + 220)} ${n(x - 80)} ${n(y + 130)} ${n(x - 40)} ${n(y + 80)}C${n(x - 15)} ${n(y + 45)} ${n(x - 25)} ${n(y + 10)} ${n(x)} ${n(y)}Z`
    s += `<path d="${p}" fill="url(#mL)"/>`
    s += `<path d="${p}" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="5" transform="translate(${n(x * 0.18)} ${n(y * 0.14 + 30)}) scale(.82 .86)"/>`
    s += gem(x - 10, y + 250, 54, c.gem)
    for (let k = 0; k < 5; k++) s += gem(x + 6 + k * 10, y + 70 + k * 30, 8, c.accent, false)
  }
  return s
}

function chain(c: Ctx): string {
  const { rng, style } = c
  const w1 = rng.range(0.04, 0.09)
  const w2 = rng.range(0, Math.PI * 2)
  const loop = (t: number): [number, number] => {
    const a = rad(-66 + t * 312)
    const r = 1 + w1 * Math.sin(3 * a + w2)
    return [C + 360 * r * Math.cos(a), 620 + 330 * r * Math.sin(a)]
  }
  const len = style === 'ball' ? 22 : style === 'box' ? 24 : 26
  const pts = sample(loop, Math.round(2000 / len))
  let s = links(pts, len, style)
  const a = pts[0] as Pt
  const b = pts[pts.length - 1] as Pt
  s += `<ellipse cx="${n(a.x)}" cy="${n(a.y - 26)}" rx="18" ry="30" transform="rotate(${n(a.a - 90)} ${n(a.x)} ${n(a.y)})" fill="none" stroke="url(#mL)" stroke-width="11"/>`
  s += `<circle cx="${n(b.x)}" cy="${n(b.y - 14)}" r="16" fill="none" stroke="url(#mL)" stroke-width="8"/>`
  return s
}

function bracelet(c: Ctx): string {
  const { rng, style } = c
  const rx = rng.range(360, 390)
  const ry = rng.range(220, 250)
  const cy = 560
  const path = (t: number): [number, number] => [
    C + rx * Math.cos(rad(t * 360 - 90)),
    cy + ry * Math.sin(rad(t * 360 - 90)),
  ]
  let s = ''
  if (style === 'tennis') {
    const pts = sample(path, 38, 0.02, 0.98)
    pts.forEach((p, i) => {
      s += `<rect x="${n(p.x - 22)}" y="${n(p.y - 22)}" width="44" height="44" rx="8" transform="rotate(${n(p.a)} ${n(p.x)} ${n(p.y)})" fill="url(#mL)"/>`
      s += gem(p.x, p.y, 17, c.gem === 'diamond' || i % 3 ? 'diamond' : c.gem, false)
    })
    s += `<rect x="${C - 30}" y="${cy - ry - 22}" width="60" height="44" rx="10" fill="url(#mH)"/>`
  } else if (style === 'link') {
    const pts = sample(path, 24, 0, 1)
    pts.forEach((p, i) => {
      if (i === 23) return
      s += `<ellipse cx="${n(p.x)}" cy="${n(p.y)}" rx="52" ry="30" transform="rotate(${n(p.a)} ${n(p.x)} ${n(p.y)})" fill="none" stroke="url(#mL)" stroke-width="15"/>`
    })
  } else {
    s += links(sample(path, 90), 26, 'cable')
    const charms = sample(path, 7, 0.3, 0.7)
    charms.forEach((p, i) => {
      s += line(p.x, p.y, p.x, p.y + 30, 4)
      if (i % 3 === 0) s += `<path d="${heartPath(p.x, p.y + 30, 70)}" fill="url(#mL)"/>`
      else if (i % 3 === 1) s += gemDrop(p.x, p.y + 32, 22, 60, c.gem)
      else s += bead(p.x, p.y + 56, 26) + gem(p.x, p.y + 56, 9, c.accent, false)
    })
  }
  return s
}

function nosePin(c: Ctx): string {
  const { rng, style } = c
  const cx = C - 30
  const cy = 520
  let s = `<path d="M${cx + 30} ${cy + 40}C${cx + 90} ${cy + 160} ${cx + 120} ${cy + 230} ${cx + 110} ${cy + 290}" fill="none" stroke="url(#mL)" stroke-width="20" stroke-linecap="round"/>`
  s += `<path d="M${cx + 110} ${cy + 290}c-6 40 30 56 56 34" fill="none" stroke="url(#mL)" stroke-width="14" stroke-linecap="round"/>`
  if (style === 'solitaire') {
    s += bead(cx, cy, 150)
    s += `<circle cx="${cx}" cy="${cy}" r="140" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="5" stroke-dasharray="2 10" stroke-linecap="round"/>`
    s += gem(cx, cy, 112, c.gem, false)
  } else if (style === 'star') {
    const petals = rng.pick([5, 6])
    for (let k = 0; k < petals; k++) {
      const a = (k * 360) / petals - 90
      const px = cx + 120 * Math.cos(rad(a))
      const py = cy + 120 * Math.sin(rad(a))
      s += `<ellipse cx="${n(px)}" cy="${n(py)}" rx="98" ry="46" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="url(#mL)"/>`
      s += `<ellipse cx="${n(px)}" cy="${n(py)}" rx="82" ry="34" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="url(#g-${c.gem})"/>`
      s += `<ellipse cx="${n(px - 20)}" cy="${n(py - 10)}" rx="22" ry="7" transform="rotate(${n(a)} ${n(px)} ${n(py)})" fill="#fff" fill-opacity=".6"/>`
    }
    s += gem(cx, cy, 58, 'diamond')
  } else {
    const petals = rng.int(6, 8)
    s += bead(cx, cy, 120)
    for (let k = 0; k < petals; k++) {
      const a = rad((k * 360) / petals - 90)
      s += gem(cx + 128 * Math.cos(a), cy + 128 * Math.sin(a), 50, c.accent)
    }
    s += gem(cx, cy, 70, c.gem)
  }
  return s
}

function anklet(c: Ctx): string {
  const { rng, style } = c
  const depth = rng.range(760, 840)
  const fn = cubic([90, 300], [260, depth], [940, depth], [1110, 300])
  let s = links(sample(fn, 90), 20, style === 'beaded' ? 'ball' : 'cable')
  const bells = rng.int(9, 13)
  sample(fn, bells, 0.08, 0.92).forEach((p, i) => {
    s += line(p.x, p.y, p.x, p.y + 26, 4)
    if (style === 'beaded' && i % 2) {
      s += gem(p.x, p.y + 44, 15, c.gem)
    } else {
      s += bead(p.x, p.y + 54, 30)
      s += `<path d="M${n(p.x - 16)} ${n(p.y + 66)}Q${n(p.x)} ${n(p.y + 77)} ${n(p.x + 16)} ${n(p.y + 66)}" fill="none" stroke="#000" stroke-opacity=".45" stroke-width="4" stroke-linecap="round"/>`
      s += bead(p.x, p.y + 26, 8)
    }
  })
  return s
}

function mangalsutra(c: Ctx): string {
  const { rng, style } = c
  const px = C
  const py = 620
  const spread = rng.range(0, 40)
  let s = ''
  for (const off of [0, 34]) {
    for (const side of [-1, 1]) {
      const fn = cubic(
        [C + side * (390 + spread - off), -20],
        [C + side * (360 - off), 400 - off],
        [C + side * (160 - off * 0.5), py - 20 - off],
        [px + side * 14, py - off * 0.4],
      )
      sample(fn, 36).forEach((p, i) => {
        s += i % 7 === 3 ? bead(p.x, p.y, 11) : bead(p.x, p.y, 9, 'url(#onyx)')
      })
    }
  }
  s += bead(px, py, 18)
  if (style === 'vati') {
    for (const side of [-1, 1]) {
      const x = px + side * 62
      const y = py + 90
      s += line(px, py + 10, x, y - 50, 5)
      s += bead(x, y, 58)
      s += `<circle cx="${x}" cy="${y}" r="40" fill="none" stroke="#000" stroke-opacity=".2" stroke-width="3"/>`
      s += `<circle cx="${x}" cy="${y}" r="46" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="4" stroke-dasharray="2 7" stroke-linecap="round"/>`
    }
    s += gem(px, py + 20, 16, c.gem)
  } else if (style === 'diamond-drop') {
    const top = py + 26
    s += `<path d="${dropPath(px, top, 92, 250)}" fill="url(#mL)"/>`
    for (let k = 0; k < 22; k++) {
      const t = k / 22
      const x = px + Math.sin(t * Math.PI * 2) * 62 * Math.min(1, 0.2 + 1.4 * Math.sin(t * Math.PI))
      const y = top + 140 - Math.cos(t * Math.PI * 2) * 86 + 10
      s += gem(x, y, 12, 'diamond', false)
    }
    s += gem(px, top + 150, 34, c.gem)
  } else {
    s += line(px, py + 10, px, py + 40, 7)
    s += gem(px, py + 110, 66, c.gem)
  }
  return s
}

const drawers: Record<Kind, (c: Ctx) => string> = {
  ring,
  necklace,
  earrings,
  bangle,
  pendant,
  chain,
  bracelet,
  'nose-pin': nosePin,
  anklet,
  mangalsutra,
}

// Some drawings leave too much empty studio space at their natural size.
const ZOOM: Partial<Record<Kind, number>> = { ring: 1.15, earrings: 1.08, 'nose-pin': 1.1 }

/** SVG layers of a product image (studio background, piece on transparent); for previews/debugging. */
export function productSvg(spec: ProductImageSpec): { background: string; piece: string } {
  const { style, gem, seed } = decodeVariant(spec.kind, spec.variant)
  const rng = makeRng(hash(`${spec.kind}:${spec.metal}:${spec.variant}:${seed}`))
  const accent: GemName = gem === 'diamond' ? rng.pick(['ruby', 'emerald', 'sapphire']) : 'diamond'
  const ctx: Ctx = { rng, metal: spec.metal, style, gem, accent }
  const tilt = rng.range(-9, 9)
  const zoom = ZOOM[spec.kind] ?? 1
  const drawn = drawers[spec.kind](ctx)
  const body =
    zoom === 1
      ? drawn
      : `<g transform="translate(600 610) scale(${zoom}) translate(-600 -610)">${drawn}</g>`
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${defs(spec.metal)}`
  return {
    background: `${open}<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/><ellipse cx="600" cy="700" rx="520" ry="360" fill="url(#floor)"/></svg>`,
    piece: `${open}<g transform="rotate(${n(tilt)} 600 600)">${body}</g></svg>`,
  }
}

/** 1200×1200 PNG of a piece on a studio background; same spec → same bytes. */
export async function renderProductImage(spec: ProductImageSpec): Promise<Buffer> {
  const { background, piece } = productSvg(spec)
  // The drop shadow is blurred at quarter size by libvips and embedded as an image: an SVG blur
  // filter at full size costs librsvg several times the rest of the render.
  const small = SIZE / 4
  const alpha = await sharp(Buffer.from(piece), { density: 18 })
    .resize(small, small)
    .ensureAlpha()
    .extractChannel(3)
    .blur(3)
    .linear(0.34, 0)
    .raw()
    .toBuffer()
  const shadow = await sharp({
    create: { width: small, height: small, channels: 3, background: METALS[spec.metal].shade },
  })
    .joinChannel(alpha, { raw: { width: small, height: small, channels: 1 } })
    .png({ compressionLevel: 1 })
    .toBuffer()
  const image = `<image x="7" y="18" width="${SIZE}" height="${SIZE}" href="data:image/png;base64,${shadow.toString('base64')}"/>`
  const svg = background.replace('</svg>', `${image}${piece.slice(piece.indexOf('<g '))}`)
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 6 }).toBuffer()
}

// ---------- category icons ----------

const ICON_PATHS: Record<Kind, string> = {
  ring: 'M256 196m-78 0a78 84 0 1 0 156 0a78 84 0 1 0-156 0M256 112l-34-34 14-22h40l14 22zM222 78h68',
  necklace:
    'M136 120C150 250 210 300 256 300S362 250 376 120M186 248l-6 30M326 248l6 30M220 280l-4 28M292 280l4 28M256 300c-22 20-22 48 0 70c22-22 22-50 0-70z',
  earrings:
    'M186 120a18 18 0 1 1 0 36M326 120a18 18 0 1 1 0 36M186 156v24M326 156v24M146 250c0-40 18-70 40-70s40 30 40 70zM286 250c0-40 18-70 40-70s40 30 40 70zM156 276v14M186 276v18M216 276v14M296 276v14M326 276v18M356 276v14',
  bangle:
    'M256 256m-130 0a130 70 0 1 0 260 0a130 70 0 1 0-260 0M256 256m-96 0a96 48 0 1 0 192 0a96 48 0 1 0-192 0',
  pendant:
    'M160 100L256 236L352 100M256 236v12M256 248c-46 44-56 84-36 110c18 22 54 22 72 0c20-26 10-66-36-110z',
  chain:
    'M118 370a34 20-45 1 0 48-48a34 20-45 1 0-48 48M176 312l20-20M206 282a34 20-45 1 0 48-48a34 20-45 1 0-48 48M264 224l20-20M294 194a34 20-45 1 0 48-48a34 20-45 1 0-48 48M352 136l20-20',
  bracelet:
    'M256 256m-130 0a130 88 0 1 0 260 0a130 88 0 1 0-260 0M256 256m-96 0a96 58 0 1 0 192 0a96 58 0 1 0-192 0M256 168v30M164 194l18 22M348 194l-18 22M126 256h34M386 256h-34M164 318l18-22M348 318l-18-22M256 344v-30',
  'nose-pin':
    'M256 210m-26 0a26 26 0 1 0 52 0a26 26 0 1 0-52 0M256 184c-20-50 20-50 0 0M282 210c50-20 50 20 0 0M230 210c-50-20-50 20 0 0M256 236c-20 50 20 50 0 0M280 250c30 40 30 80 10 110',
  anklet:
    'M110 170C150 330 362 330 402 170M170 262v26M226 290v28M286 290v28M342 262v26M170 300m-12 0a12 12 0 1 0 24 0a12 12 0 1 0-24 0M226 330m-12 0a12 12 0 1 0 24 0a12 12 0 1 0-24 0M286 330m-12 0a12 12 0 1 0 24 0a12 12 0 1 0-24 0M342 300m-12 0a12 12 0 1 0 24 0a12 12 0 1 0-24 0',
  mangalsutra:
    'M150 100C170 210 220 250 256 260S342 210 362 100M256 260v18M222 310m-28 0a28 28 0 1 0 56 0a28 28 0 1 0-56 0M290 310m-28 0a28 28 0 1 0 56 0a28 28 0 1 0-56 0',
}

// Optical centring of each line drawing inside the disc.
const ICON_SHIFT: Record<Kind, [number, number]> = {
  ring: [0, 62],
  necklace: [0, -8],
  earrings: [0, 26],
  bangle: [0, -20],
  pendant: [0, 0],
  chain: [12, -10],
  bracelet: [0, -20],
  'nose-pin': [-14, -22],
  anklet: [0, -20],
  mangalsutra: [0, 14],
}

/** SVG source of a category icon. */
export function categoryIconSvg(spec: CategoryIconSpec): string {
  const title = spec.label.replace(/[<>&"]/g, '')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CATEGORY_ICON_SIZE}" height="${CATEGORY_ICON_SIZE}" viewBox="0 0 512 512"><title>${title}</title><defs><radialGradient id="disc" cx=".5" cy=".5" r=".5" fx=".4" fy=".35"><stop offset="0" stop-color="#fffaf0"/><stop offset=".6" stop-color="#f6e7c4"/><stop offset="1" stop-color="#dcb86a"/></radialGradient></defs><circle cx="256" cy="256" r="254" fill="url(#disc)"/><circle cx="256" cy="256" r="232" fill="none" stroke="#b8862b" stroke-opacity=".55" stroke-width="4"/><g transform="translate(${256 + ICON_SHIFT[spec.kind][0]} ${256 + ICON_SHIFT[spec.kind][1]}) scale(.92) translate(-256 -256)"><path d="${ICON_PATHS[spec.kind]}" fill="none" stroke="#6f4d12" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`
}

/** 512×512 PNG: icon on a gold/ivory disc, transparent outside the circle. */
export async function renderCategoryIcon(spec: CategoryIconSpec): Promise<Buffer> {
  return sharp(Buffer.from(categoryIconSvg(spec)))
    .png({ compressionLevel: 9 })
    .toBuffer()
}
