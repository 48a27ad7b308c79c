import { describe, expect, it } from 'vitest';
import { readDoc } from './doc-blocks.js';
import { validateText } from './helpers.js';

describe('the guide’s field-by-field page', () => {
  it('its examples, put together, are a plan that passes ip validate', async () => {
    const doc = readDoc('docs/veiledning/planfilen.md');
    const snippets = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(snippets.length).toBeGreaterThan(10);
    const { code, diagnostics } = await validateText(`---\n${snippets.join('')}---\n\n# Plan\n`);
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});
