/**
 * The report keeps up while it is open (lib/db.ts `watch`): gestures stored by the background, from another tab,
 * appear on the open report without a reload, within its one-second window, and a burst of them ends on the exact
 * total. The report reads the database again after changes at most once a second, not at every commit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, extensionUrl, launch, storedCount, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so that a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => s?.close());

describe('open report', () => {
  it('shows gestures made in another tab without a reload, and ends on the exact total after a burst', async () => {
    const report = await s.context.newPage();
    await report.goto(extensionUrl(s, 'report.html'));
    const count = () => report.locator('[data-testid="report-count"]').innerText({ timeout: 500 }).catch(() => 'none');
    await report.locator('[data-testid="report-empty"]').waitFor({ timeout: 15_000 }); // an empty week
    await report.locator('[data-testid="report-health"]').waitFor({ timeout: 15_000 }); // the live sections are there

    // One rating on ChatGPT (no feed on that page, so no views): the open report shows it.
    const gpt = await s.context.newPage();
    await gpt.goto('https://chatgpt.com/?hl=en');
    await armed(s, gpt);
    const turn = (n: number) => gpt.locator(`[data-testid="conversation-turn-${n}"]`);
    await turn(2).locator('[data-testid="good-response-turn-action-button"]').click();
    await turn(2).locator('[aria-pressed="true"]').waitFor();
    await expect.poll(count, { timeout: 5000 }).toBe('1 gesture');

    // Two more, one right after the other: the report ends on 3, read from the database, never a reload.
    await turn(3).locator('[data-testid="bad-response-turn-action-button"]').click();
    await turn(3).locator('[aria-pressed="true"]').waitFor();
    await gpt.locator('[data-fixture="prefer-2"]').click(); // one of two answers picked
    await gpt.locator('[data-fixture^="prefer-"]').first().waitFor({ state: 'detached' });
    await expect.poll(count, { timeout: 5000 }).toBe('3 gestures');
    expect(await storedCount(report)).toBe(3);
    expect(await report.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await gpt.close();
    await report.close();
  });
});
