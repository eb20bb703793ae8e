import type { GlobalConfig } from 'payload'

import { anyone, hiddenUnlessAdmin, isAdmin } from '@/access/checks'
import { recordGlobalAudit } from '@/hooks/recordAudit'
import { refreshMediaAfterGlobalChange } from '@/hooks/refreshMediaVisibility'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateStorefront'
import { defaultGstRate, gstRateProblem, maxGstRate } from '@/lib/gst'
import { gstinProblem } from '@/lib/gstin'
import { defaultTimeZone, isValidTimeZone } from '@/lib/orderId'
import { defaultSiteName } from '@/lib/shop'

/**
 * Branding, contact details, the business's time zone (which decides an order's day) and the GST
 * rates new orders are charged (one for the whole order, optionally one per price component).
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { group: 'Settings', hidden: hiddenUnlessAdmin },
  access: { read: anyone, update: isAdmin },
  hooks: {
    afterChange: [
      revalidateGlobalAfterChange('site-settings'),
      recordGlobalAudit('site-settings'),
      refreshMediaAfterGlobalChange(['logo', 'hero.image']),
    ],
  },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: defaultSiteName,
      maxLength: 80,
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'hero',
      type: 'group',
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media' },
        { name: 'headline', type: 'text', maxLength: 140 },
        { name: 'subheadline', type: 'textarea', maxLength: 300 },
        { name: 'ctaLabel', label: 'Call to action label', type: 'text', maxLength: 40 },
        { name: 'ctaHref', label: 'Call to action link', type: 'text', maxLength: 300 },
      ],
    },
    { name: 'about', type: 'textarea', maxLength: 2000 },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 30 },
        { name: 'address', type: 'textarea', maxLength: 500 },
      ],
    },
    { name: 'footerText', type: 'textarea', maxLength: 500 },
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 10,
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['instagram', 'facebook', 'youtube', 'whatsapp', 'x', 'pinterest'].map((p) => ({
            label: p,
            value: p,
          })),
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            !value || /^https:\/\/\S+$/.test(value) ? true : 'Use a full https:// link',
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: defaultTimeZone,
      validate: (value: unknown) =>
        typeof value === 'string' && isValidTimeZone(value)
          ? true
          : 'Use an IANA time zone such as Asia/Kolkata',
      admin: {
        description: 'Decides the business day in order IDs (DDMMYY). Default Asia/Kolkata',
      },
    },
    {
      name: 'gstRate',
      label: 'GST rate (%)',
      type: 'number',
      // Not `required`: that would make it a required argument of every GraphQL update.
      defaultValue: defaultGstRate,
      min: 0,
      max: maxGstRate,
      validate: (value: number | null | undefined) =>
        value == null ? true : (gstRateProblem(value) ?? true),
      admin: {
        step: 0.01,
        description: `Charged on each new order's subtotal (0–${maxGstRate} %). Placed orders keep the rate they were placed at`,
      },
    },
    {
      // Per component of a piece's price (lib/ratePricing.ts); an empty one is charged at gstRate.
      name: 'gstRates',
      label: 'GST rate per component (%)',
      type: 'group',
      admin: {
        description: 'Leave a component empty to charge it at the GST rate above',
      },
      fields: [
        {
          type: 'row',
          fields: (['metal', 'making', 'stones'] as const).map((name) => ({
            name,
            label: { metal: 'Metal value', making: 'Making charges', stones: 'Stones' }[name],
            type: 'number' as const,
            min: 0,
            max: maxGstRate,
            validate: (value: number | null | undefined) =>
              value == null ? true : (gstRateProblem(value) ?? true),
            admin: { step: 0.01 },
          })),
        },
      ],
    },
    {
      // Printed on every tax invoice as it is when the invoice is issued (operations/issueInvoice.ts).
      name: 'invoiceDetails',
      label: 'Tax invoice details',
      type: 'group',
      admin: {
        description:
          "The seller on vendors' tax invoices; a vendor's order is dispatched only once the GSTIN is set",
      },
      fields: [
        { name: 'legalName', label: 'Legal name', type: 'text', maxLength: 120 },
        {
          name: 'gstin',
          label: 'GSTIN',
          type: 'text',
          maxLength: 15,
          validate: (value: string | null | undefined) =>
            !value ? true : (gstinProblem(value) ?? true),
        },
        { name: 'address', type: 'textarea', maxLength: 500 },
      ],
    },
  ],
}
