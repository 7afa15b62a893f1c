/**
 * Organizations: the standalone bodies of data/lexicons/organizations.json
 * and department names formed by a jurisdiction prefix, a body word and a
 * suffix (市水务局, 省工信厅, 太原市规划和自然资源局). An organization printed
 * only inside a person's title (市委|书记) does not count on its own.
 */
import type { Article, NamedMention } from '../document.js';
import type { ArticleContext } from './context.js';
import { alternation, lexicons, readLexicon } from './lexicons.js';

interface OrgLexicon {
  standalone: string[];
  aliases: Record<string, string>;
  jurisdictionPrefixes: string[];
  departmentSuffixes: string[];
}

let patterns: { standalone: RegExp; department: RegExp; titleHead: RegExp; lex: OrgLexicon } | undefined;

function compile() {
  if (patterns) return patterns;
  const lex = readLexicon<OrgLexicon>('organizations.json');
  const heads = lexicons().titles.heads;
  patterns = {
    lex,
    standalone: new RegExp(alternation(lex.standalone), 'g'),
    department: new RegExp(
      `(?:${alternation(lex.jurisdictionPrefixes)})[\\u4e00-\\u9fff]{1,10}?(?:${alternation(lex.departmentSuffixes)})(?![\\u4e00-\\u9fff]{0,1}(?:${alternation(['长', '员', '书记', '主任'])}))`,
      'g',
    ),
    titleHead: new RegExp(`^(?:${alternation(heads)}|副|党组|党委|委员)`),
  };
  return patterns;
}

export function recognizeOrganizations(article: Article, ctx: ArticleContext): void {
  const { standalone, department, titleHead, lex } = compile();
  const { text } = article;
  const found: NamedMention[] = [];
  const taken = new Uint8Array(text.length);
  const personAt = new Uint8Array(text.length);
  for (const p of article.persons) personAt.fill(1, p.start, p.end);
  const take = (start: number, end: number) => {
    if (ctx.inFurniture(start) || personAt[start]) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    // Inside a title: 市委|书记韦韬.
    if (titleHead.test(text.slice(end, end + 6))) return;
    const name = text.slice(start, end);
    taken.fill(1, start, end);
    found.push({ name, start, end, ...(lex.aliases[name] ? { canonical: lex.aliases[name] } : {}) });
  };
  for (const m of text.matchAll(department)) take(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(standalone)) take(m.index!, m.index! + m[0].length);
  article.organizations = found.sort((a, b) => a.start - b.start);
}
