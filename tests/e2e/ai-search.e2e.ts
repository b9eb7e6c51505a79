/**
 * AI assistants and search engines end to end (issue 12): the built extension in real headless Chromium on the
 * fixtures served under the real hostnames (https), clicked as a person does, then the JSON report exported from
 * report.html. AI part: ChatGPT (English UI, and the article layout in Spanish) and Gemini (French UI). Search
 * engines: see the block below (h9).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, exportJson, extensionUrl, launch, waitForStored, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so that a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => s?.close());

interface ExportedEvent {
  kind: string;
  platform: string;
  site: string;
  [k: string]: unknown;
}

describe('AI assistants', () => {
  it('records each answer rated once (thumbs, comparison pick), never an undo, a switch or a page script, and exports it', async () => {
    // --- ChatGPT, English UI.
    const gpt = await s.context.newPage();
    await gpt.goto('https://chatgpt.com/?hl=en');
    await armed(s, gpt);
    const turn = (n: number) => gpt.locator(`[data-testid="conversation-turn-${n}"]`);
    const good = (n: number) => turn(n).locator('[data-testid="good-response-turn-action-button"]');
    const bad = (n: number) => turn(n).locator('[data-testid="bad-response-turn-action-button"]');
    const pressed = (n: number) => turn(n).locator('[aria-pressed="true"]');
    await good(2).click(); // 1: thumbs up
    await pressed(2).waitFor();
    await good(2).click(); // removes it
    await pressed(2).waitFor({ state: 'detached' });
    await bad(2).click(); // down on the same answer: not new
    await turn(2).locator('[data-testid="bad-response-turn-action-button"][aria-pressed="true"]').waitFor();
    // A page script clicking a thumb: the page reacts, nothing is recorded.
    await gpt.evaluate(() => (document.querySelector('[data-testid="conversation-turn-3"] [data-testid="good-response-turn-action-button"]') as HTMLElement).click());
    await pressed(3).waitFor();
    await gpt.locator('[data-fixture="prefer-2"]').click(); // 2: one of two answers picked
    await gpt.locator('[data-fixture^="prefer-"]').first().waitFor({ state: 'detached' });

    // --- Gemini, French UI: thumbs up on the icon, then a switch; thumbs down on the other answer.
    const gem = await s.context.newPage();
    await gem.goto('https://gemini.google.com/?hl=fr');
    await armed(s, gem);
    const answer = (i: number) => gem.locator('model-response').nth(i);
    await answer(0).locator('thumb-up-button button').click(); // 3
    await answer(0).locator('thumb-up-button button[aria-pressed="true"]').waitFor();
    await answer(0).locator('thumb-down-button button').click(); // switch: not new
    await answer(0).locator('thumb-down-button button[aria-pressed="true"]').waitFor();
    await answer(1).locator('button[aria-label="Mauvaise réponse"]').click(); // 4
    await answer(1).locator('.feedback-panel textarea').waitFor();
    // The article layout, Spanish UI (a real 2026 capture): a thumbs up there too, given with the keyboard.
    const es = await s.context.newPage();
    await es.goto('https://chatgpt.com/article?hl=es');
    await armed(s, es);
    // With the keyboard: Tab to the thumb and Enter (the browser's own click, trusted).
    await es.locator('[data-testid="conversation-turn-3"] button[aria-label="Respuesta adecuada"]').focus();
    await es.keyboard.press('Enter'); // 5
    await es.locator('[data-testid="conversation-turn-3"] [aria-pressed="true"]').waitFor();

    await waitForStored(s, 5);
    // Let any late (wrong) signal arrive before exporting.
    await gem.waitForTimeout(1500);
    const report = await exportJson(s);
    const ai = (report.events as ExportedEvent[]).filter((e) => e.kind === 'ai-feedback');
    expect(report.byKind['ai-feedback']).toEqual({ count: 5, seconds: 0 });
    expect(report.byPlatform.chatgpt).toEqual({ count: 3, seconds: 0 });
    expect(report.byPlatform.gemini).toEqual({ count: 2, seconds: 0 });
    expect(report.totals.count).toBe(5);
    expect(ai.map((e) => [e.platform, e.site])).toEqual([
      ['chatgpt', 'chatgpt.com'],
      ['chatgpt', 'chatgpt.com'],
      ['gemini', 'gemini.google.com'],
      ['gemini', 'gemini.google.com'],
      ['chatgpt', 'chatgpt.com'],
    ]);
    // Only kind, platform, hostname and time: no answer text, no conversation id, no path.
    for (const e of ai) expect(Object.keys(e).sort()).toEqual(['at', 'kind', 'platform', 'site']);
    expect(JSON.stringify(report)).not.toMatch(/Réponse|Question|bbb20002|c0ffee|\/c\//);
    // The family and value of a rating: micro-work, automation.
    expect(report.byFamily.micro.count).toBe(5);
    expect(report.byValue.automation.count).toBe(5);
    await gpt.close();
    await gem.close();
    await es.close();
  }, 150_000); // five pages and an export: slow on a loaded machine

  it('counts the practice sandbox’s pretend answer and results page apart from the real report', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'practice.html'));
    await page.locator('[data-testid="good-response-turn-action-button"]').click();
    await page.locator('[data-testid="bad-response-turn-action-button"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="practice-kind-ai-feedback"]').waitFor();
    expect(await page.locator('[data-testid="practice-kind-ai-feedback"]').innerText()).toMatch(/: 1$/);
    // The pretend results page, watched by the real Google detector: a search typed and sent, a result opened.
    await page.locator('form[role="search"] textarea[name="q"]').click();
    await page.keyboard.type('travail du clic');
    await page.keyboard.press('Enter');
    await page.locator('.vt6azd h3').first().click();
    await page.locator('[data-testid="practice-result-opened"]').waitFor();
    await page.locator('[data-testid="practice-kind-result-click"]').waitFor();
    expect(await page.locator('[data-testid="practice-kind-result-click"]').innerText()).toMatch(/: 1$/);
    expect(await page.locator('[data-testid="practice-kind-search"]').innerText()).toMatch(/: 1$/);
    expect(page.url()).toMatch(/practice\.html$/); // opening a result stayed on the page
    const report = await exportJson(s);
    expect(report.byKind['ai-feedback'].count).toBe(0); // the practice is not the person's labor
    expect(report.byKind['result-click'].count).toBe(0);
    await page.close();
  });
});
