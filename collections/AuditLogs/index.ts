import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access/checks'
import { adminCells, jsonViewField, timestampFields } from '@/fields/adminCells'
import { peopleCollections } from '@/lib/accounts'
import { auditedTargets } from '@/lib/auditDiff'

import { refuseAuditEdit } from './hooks/refuseAuditEdit'

/**
 * Who changed what, and when: one append-only row per write to an audited collection or global,
 * written by hooks/recordAudit.ts in the transaction of the write. Admins read it; nobody edits or
 * deletes it through any API, and the hooks refuse even a trusted Local API call.
 */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'actorCollection', 'actorId', 'createdAt'],
    group: 'Settings',
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseAuditEdit], beforeDelete: [refuseAuditEdit] },
  fields: [
    {
      name: 'actorCollection',
      type: 'select',
      options: [...peopleCollections],
      index: true,
      admin: { description: 'Empty for the system (seed, scheduled jobs)' },
    },
    {
      name: 'actorId',
      type: 'text',
      index: true,
      admin: { components: { Cell: adminCells.text } },
    },
    { name: 'target', type: 'select', required: true, index: true, options: [...auditedTargets] },
    {
      name: 'targetId',
      type: 'text',
      index: true,
      admin: { description: 'The document id; empty for a global' },
    },
    {
      name: 'operation',
      type: 'select',
      required: true,
      options: ['create', 'update', 'delete'],
    },
    {
      name: 'changedFields',
      type: 'json',
      admin: {
        description: 'Names of the changed fields',
        components: { Field: jsonViewField },
      },
    },
    {
      name: 'changes',
      type: 'json',
      admin: {
        description: '[{ field, before, after }]; secrets are never recorded',
        components: { Field: jsonViewField },
      },
    },
    { name: 'summary', type: 'text' },
    {
      // The id in the change's server log lines and its response's X-Request-Id header.
      name: 'requestId',
      type: 'text',
      index: true,
      admin: { description: 'Find this change in the server log by this id.' },
    },
    ...timestampFields(),
  ],
}
