import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderWebEndpoints, WEB_ENDPOINTS_DIR } from './lib/web-endpoints.ts';

const dir = fileURLToPath(new URL(`../${WEB_ENDPOINTS_DIR}/`, import.meta.url));

describe('web route modules', () => {
  it('are exactly what the endpoint registry renders (else run npm run generate:endpoints)', () => {
    const expected = renderWebEndpoints();
    const onDisk = readdirSync(dir).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(onDisk.sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(readFileSync(`${dir}${name}`, 'utf8'), `${WEB_ENDPOINTS_DIR}/${name}`).toBe(text);
    }
  });

  it('groups routes by first tag, keeps registry order and marks file downloads', () => {
    const files = renderWebEndpoints({
      b: { id: 'b', method: 'GET', path: '/api/b/:id', tags: ['zeta'] },
      a: { id: 'a', method: 'POST', path: '/api/a', tags: ['alpha', 'zeta'] },
      c: { id: 'c', method: 'GET', path: '/api/c.ics', tags: ['zeta'], download: true },
    });
    expect([...files.keys()]).toEqual(['alpha.ts', 'zeta.ts', 'index.ts']);
    const zeta = files.get('zeta.ts') ?? '';
    expect(zeta.indexOf("id: 'b'")).toBeLessThan(zeta.indexOf("id: 'c'"));
    expect(zeta).toContain(
      "export const c: EndpointRoute<'c'> = {\n  id: 'c',\n  method: 'GET',\n  path: '/api/c.ics',\n  download: true,\n};",
    );
    expect(zeta).not.toContain("id: 'a'");
    expect(files.get('index.ts')).toContain(
      "export * from './alpha.ts';\nexport * from './zeta.ts';",
    );
  });

  it('refuses an endpoint whose first tag cannot name a module, or a path it cannot quote', () => {
    expect(() =>
      renderWebEndpoints({ x: { id: 'x', method: 'GET', path: '/api/x', tags: [] } }),
    ).toThrow('endpoint x needs a lower-case first tag');
    expect(() =>
      renderWebEndpoints({ x: { id: 'x', method: 'GET', path: "/api/x'y", tags: ['x'] } }),
    ).toThrow('cannot quote');
  });
});
