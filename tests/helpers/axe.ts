import { createRequire } from 'module'

import type { Page } from '@playwright/test'

const require = createRequire(import.meta.url)

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[]
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: require.resolve('axe-core') })
  const result = await page.evaluate(() => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }
    ).axe
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    )
}
