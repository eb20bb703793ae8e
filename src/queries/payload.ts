import config from '@payload-config'
import { getPayload } from 'payload'

/** The one place the storefront reaches Payload; every query below goes through it. */
export const payloadClient = () => getPayload({ config })
