/** Field messages and a general message from a Payload error response body. */
export const readPayloadErrors = (
  body: unknown,
): { fields: Record<string, string>; message: string | null } => {
  const fields: Record<string, string> = {}
  let message: string | null = null
  const errors = (body as { errors?: unknown })?.errors
  if (Array.isArray(errors)) {
    for (const error of errors as {
      message?: string
      data?: { errors?: { path?: string; message?: string }[] }
    }[]) {
      const fieldErrors = error.data?.errors ?? []
      for (const fe of fieldErrors)
        if (fe.path && fe.message && !fields[fe.path]) fields[fe.path] = fe.message
      if (!fieldErrors.length && error.message) message ??= error.message
    }
  }
  return { fields, message }
}
