import { ErrorCode, FieldIssue } from '@kizuna/shared';
import { resources } from './index';
import { jaAtStart } from './ja-start';
import { jaMore } from './ja-later';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf key as `ns:a.b.c`, with plural suffixes folded (ja has no `_one`). */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k.replace(PLURAL, '')}`] : keysOf(v, `${prefix}${k}.`),
  );
}

function allKeys(lang: 'ja' | 'en'): Set<string> {
  const out = new Set<string>();
  for (const [ns, tree] of Object.entries(resources[lang])) {
    for (const key of keysOf(tree as Tree)) out.add(`${ns}:${key}`);
  }
  return out;
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : leaves(v, `${prefix}${k}.`),
  );
}

describe('locale files', () => {
  const ja = allKeys('ja');
  const en = allKeys('en');

  it('have the same namespaces in ja and en', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.ja).sort());
  });

  it('keep each section of a ja namespace in one file, its start or its -more part', () => {
    for (const [ns, more] of Object.entries(jaMore)) {
      const start = jaAtStart[ns as keyof typeof jaMore];
      expect({ ns, both: Object.keys(more).filter((key) => key in start) }).toEqual({
        ns,
        both: [],
      });
    }
  });

  it('have exactly the same keys in ja and en', () => {
    expect([...ja].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ja.has(k))).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const [ns, tree] of Object.entries(resources[lang])) {
        const empty = leaves(tree as Tree).filter(([, v]) => v.trim() === '');
        expect({ lang, ns, empty }).toEqual({ lang, ns, empty: [] });
      }
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [ns, tree] of Object.entries(resources.ja)) {
      const enTree = resources.en[ns as keyof typeof resources.en] as Tree;
      const enLeaves = new Map(leaves(enTree).map(([k, v]) => [k.replace(PLURAL, ''), v]));
      for (const [key, value] of leaves(tree as Tree)) {
        const other = enLeaves.get(key.replace(PLURAL, ''));
        if (other === undefined) continue; // reported by the key test
        expect({ key: `${ns}:${key}`, vars: vars(other) }).toEqual({
          key: `${ns}:${key}`,
          vars: vars(value),
        });
      }
    }
  });

  it.each(['ja', 'en'] as const)('%s translates every ErrorCode', (lang) => {
    const keys = allKeys(lang);
    for (const code of Object.values(ErrorCode)) expect(keys).toContain(`errors:codes.${code}`);
    expect(keys).toContain('errors:codes.NETWORK');
  });

  it.each(['ja', 'en'] as const)('%s translates every FieldIssue', (lang) => {
    const keys = allKeys(lang);
    for (const issue of Object.values(FieldIssue)) expect(keys).toContain(`errors:issues.${issue}`);
  });

  it('only has field-specific texts for issues that exist', () => {
    const issues = new Set<string>(Object.values(FieldIssue));
    for (const key of ja) {
      const m = /^errors:fieldIssues\.[^.]+\.(\w+)$/.exec(key);
      if (m) expect(issues).toContain(m[1]);
    }
  });
});
