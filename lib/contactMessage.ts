import { z } from 'zod'

/** What the contact form may send; anything else is ignored. */
export const contactSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Tell us your name')
    .max(120, 'Keep the name under 120 characters'),
  email: z.string().trim().email('Enter an email address we can reply to').max(200),
  phone: z
    .string()
    .trim()
    .max(30, 'Keep the phone number under 30 characters')
    .regex(/^[+0-9 ()-]*$/, 'Use digits, spaces and + only')
    .optional()
    .default(''),
  message: z
    .string()
    .trim()
    .min(10, 'Write a few words (at least 10 characters)')
    .max(2000, 'Keep the message under 2,000 characters'),
  // A field people never see; bots fill it in.
  website: z.string().optional().default(''),
})

/** A message as staff receive it (without the bots' trap field). */
export type ContactMessage = Omit<z.infer<typeof contactSchema>, 'website'>
