import { APIError } from 'payload'

/** The refusal a goldsmith still on its temporary password gets from orders and notifications. */
export class PasswordChangeRequired extends APIError {
  constructor() {
    super(
      'Please set a new password first: PATCH your own goldsmith account with a new password.',
      403,
      { field: 'password' },
      true,
    )
  }
}
