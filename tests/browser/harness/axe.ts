/** axe-core run inside a page: the list of violations, as "rule (count): first node". */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `include`: CSS selectors of the parts to check; the whole document when omitted. */
export async function axeViolations(page: TestPage, include?: string[]): Promise<string[]> {
  await page.addScript(AXE_SOURCE);
  return page.evaluate(async (selectors) => {
    type Result = { violations: { id: string; nodes: { html: string; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].html.slice(0, 60)} ${v.nodes[0].failureSummary?.slice(0, 160) ?? ''}`);
  }, include);
}
