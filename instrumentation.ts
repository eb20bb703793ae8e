/**
 * Runs once as the server boots, before any request: a production start whose settings would leave
 * the shop open (no SERVER_URL, so no cross-site request check; a short or published secret) stops
 * here with every problem named, instead of serving errors until someone notices.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeProductionSettings, servesProduction } = await import('@/adapters/production')
  if (!servesProduction()) return
  try {
    refuseUnsafeProductionSettings()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
