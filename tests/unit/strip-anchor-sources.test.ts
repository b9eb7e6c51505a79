/** The build drops the anchors' citations from detector chunks (modules/strip-anchor-sources.ts). */
import { describe, expect, it } from 'vitest';
import { stripAnchorSources } from '../../modules/strip-anchor-sources';

describe('stripAnchorSources', () => {
  it('strips every detector file of the project to code that still parses, with no citation left', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const dir = resolve(__dirname, '../../lib/detectors');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('core'))) {
      const out = stripAnchorSources(readFileSync(join(dir, file), 'utf8'));
      const anchors = out.split('\n').filter((l) => /\{ sel: /.test(l) && /src:/.test(l));
      for (const line of anchors) expect(line, file).toMatch(/src:""/);
    }
  });

  it('empties every src value, whatever its form, and leaves selectors and other code alone', () => {
    const code = [
      "// it's a comment with an apostrophe, and src: 'in a comment'",
      "/* another's */",
      "const PJC = 'pinterest-js-client (checked 2026-11-30)';",
      "const A = { like: { role: 'action', anchors: [",
      "  { sel: '[data-testid=\"like\"], img[src*=\"captcha\" i]', src: 'insin/control-panel-for-twitter, {braces}, (parens)' },",
      "  { sel: 'a', src: `${PJC} commentOnPin ${f({ a: [1, '}'] })}` },",
      "  { sel: 'b', src: CODE('a fixture: <a href=...>'), },",
      "  { src: \"x\", sel: 'c' },",
      "] } };",
      "const img = { src: 1 }; el.src; const imgsrc = 2; obj.src = 3;",
    ].join('\n');
    const out = stripAnchorSources(code);
    expect(out).not.toContain('insin');
    expect(out).not.toContain('commentOnPin');
    expect(out).not.toContain('a fixture');
    expect(out).toContain(`sel: '[data-testid="like"], img[src*="captcha" i]', src:""`);
    expect(out).toContain(`{ sel: 'b', src:"", }`);
    expect(out).toContain(`{ src:"", sel: 'c' }`);
    expect(out).toContain('el.src; const imgsrc = 2; obj.src = 3;');
    expect(out).toContain("// it's a comment with an apostrophe, and src: 'in a comment'");
    expect(() => new Function(out)).not.toThrow(SyntaxError);
  });
});
