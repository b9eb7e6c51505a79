/**
 * The build step that empties anchors' citations in the detector chunks (modules/strip-anchor-sources.ts): only the
 * `src` of an object with a `sel`, whatever strings, templates, regular expressions and comments surround it.
 */
import { describe, expect, it } from 'vitest';
import { stripAnchorSources } from '../../modules/strip-anchor-sources';

describe('stripAnchorSources', () => {
  it("empties an anchor's citation, written as a string, a template or a name", () => {
    const code = [
      "const CPFT = 'insin/control-panel-for-twitter (checked 2026-11-30)';",
      "export const A = { like: { role: 'action', anchors: [{ sel: '[data-testid=\"like\"]', src: `${CPFT}; GMT` }, { sel: 'b', src: CPFT }, { src: \"it's\", sel: 'c' }] } };",
    ].join('\n');
    const out = stripAnchorSources(code);
    expect(out).toContain(`anchors: [{ sel: '[data-testid="like"]', src: "" }, { sel: 'b', src: "" }, { src: "", sel: 'c' }]`);
    expect(out).toContain("const CPFT = 'insin/control-panel-for-twitter (checked 2026-11-30)';"); // left to the minifier
    // The result still runs, with the same anchors.
    const A = new Function(`${out.replace('export const A', 'const A')}\nreturn A;`)();
    expect(A.like.anchors.map((a: { sel: string }) => a.sel)).toEqual(['[data-testid="like"]', 'b', 'c']);
  });

  it('leaves alone a `src` without a `sel`, a `src` read from an object, and code that looks like one', () => {
    const code = [
      "const img = { src: 'a.png', alt: 'x' };",
      'const url = img.src;',
      "const re = /src: 'not a key\"/g;",
      "const text = `src: ${'x'}`; // src: 'comment'",
      "const anchor = { sel: 'a', role: 'item' };",
    ].join('\n');
    expect(stripAnchorSources(code)).toBe(code);
  });

  it('keeps the code around a citation with a quote in a regular expression before it (what broke the old scanner)', () => {
    const code = "const strip = (s) => s.replace(/['\"]/g, '');\nconst T = { sel: 'x', src: 'quoted \"source\"' };\nconst after = strip('\"ok\"');";
    const out = stripAnchorSources(code);
    expect(out).toBe("const strip = (s) => s.replace(/['\"]/g, '');\nconst T = { sel: 'x', src: \"\" };\nconst after = strip('\"ok\"');");
  });

  it('empties a shorthand `src` too', () => {
    expect(stripAnchorSources("const src = 'x';\nconst a = { sel: 'y', src };")).toBe("const src = 'x';\nconst a = { sel: 'y', src: \"\" };");
  });
});
