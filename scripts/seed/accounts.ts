import { randomBytes } from 'crypto'

/** Demo people: every role, with passwords printed at the end of a demo seed. */
export const demoPassword = 'Demo-pass-2026'

export const demoAccounts = {
  staff: { email: 'staff@demo.local', name: 'Meera (staff)' },
  goldsmiths: [
    { email: 'ramesh.karigar@demo.local', name: 'Ramesh Soni', phone: '9829012345' },
    { email: 'suresh.karigar@demo.local', name: 'Suresh Verma', phone: '9829054321' },
  ],
  vendors: [
    {
      email: 'approved.vendor@demo.local',
      businessName: 'Shree Ganesh Jewellers',
      ownerName: 'Anil Mehta',
      phone: '9876501234',
      gstNumber: '27AAPFU0939F1ZV',
      city: 'Mumbai',
      status: 'approved' as const,
    },
    {
      email: 'pending.vendor@demo.local',
      businessName: 'Lakshmi Gold House',
      ownerName: 'Kavya Iyer',
      phone: '9845012345',
      gstNumber: '29AAGCB7383J1Z4',
      city: 'Bengaluru',
      status: 'pending' as const,
    },
  ],
  customers: [
    { email: 'priya@demo.local', name: 'Priya Sharma', phone: '9811122233' },
    { email: 'arjun@demo.local', name: 'Arjun Nair', phone: '9900011122' },
  ],
}

/** The admin login: from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, else a demo default or, in production, a generated one. */
export const adminCredentials = (production: boolean) => ({
  email: process.env.SEED_ADMIN_EMAIL || 'admin@demo.local',
  password:
    process.env.SEED_ADMIN_PASSWORD ||
    (production ? `${randomBytes(12).toString('base64url')}9a` : demoPassword),
  generated: !process.env.SEED_ADMIN_PASSWORD && production,
})
