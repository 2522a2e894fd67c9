/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
/** Runs axe-core in the page for WCAG 2.1 A and AA and returns readable violations. */
import type { Page } from 'playwright-core';

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
};

export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return (result as AxeResult).violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${JSON.stringify(node.target)}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
}
