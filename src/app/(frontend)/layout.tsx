import type { Metadata } from 'next'
import React from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Jewellery House', template: '%s · Jewellery House' },
  description: 'Handcrafted gold, silver and platinum jewellery, made to order.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  )
}
