import config from '@payload-config'
import { getPayload } from 'payload'

/** Payload on this test file's fresh database (see freshDatabase.ts), schema pushed on first use. */
export const getTestPayload = () => getPayload({ config })
