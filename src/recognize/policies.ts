/**
 * Policies: what the genre presents as something to carry out. Quoted names
 * (“四水四定”, “清四乱”行动), book-title names (《黄河保护法》) and names that
 * end in a policy suffix (河湖长制, 母亲河复苏行动, 泉域复流工程).
 */
import type { Article, PolicyMention } from '../document.js';
import type { ArticleContext } from './context.js';
import { alternation, readLexicon } from './lexicons.js';

interface PolicyLexicon {
  suffixes: string[];
  notPolicies: string[];
  reviewOnly: string[];
  maxQuoted: number;
}

let compiled: { quoted: RegExp; book: RegExp; suffixed: RegExp; reviewBefore: RegExp; excluded: Set<string> } | undefined;

function compile() {
  if (compiled) return compiled;
  const lex = readLexicon<PolicyLexicon>('policies.json');
  compiled = {
    quoted: new RegExp(`[“"]([^”"\\n]{2,${lex.maxQuoted}})[”"](${alternation(['工作模式', '行动', '工程', '战略', '计划', '制度', '活动'])})?`, 'g'),
    book: /《([^》\n]{2,60})》/g,
    suffixed: new RegExp(`[\\u4e00-\\u9fff]{2,10}?(?:${alternation(lex.suffixes)})(?![\\u4e00-\\u9fff]{0,2}(?:精神|会议))`, 'g'),
    reviewBefore: new RegExp(`(?:${alternation(lex.reviewOnly)})[^，。；]{0,8}$`),
    excluded: new Set(lex.notPolicies),
  };
  return compiled;
}

export function recognizePolicies(article: Article, ctx: ArticleContext): void {
  const { quoted, book, reviewBefore, excluded } = compile();
  const { text } = article;
  const found: PolicyMention[] = [];
  // Spans taken so far, as a mask: checking each new span against every earlier one was quadratic.
  const taken = new Uint8Array(text.length);
  const push = (name: string, start: number, end: number, kind: PolicyMention['kind'], canonical?: string) => {
    if (ctx.inFurniture(start) || excluded.has(name) || excluded.has(canonical ?? '')) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    const mandated = !reviewBefore.test(text.slice(Math.max(0, start - 12), start));
    found.push({ name, start, end, kind, mandated, ...(canonical && canonical !== name ? { canonical } : {}) });
  };
  for (const m of text.matchAll(book)) {
    const inner = m[1]!;
    const kind = /法$|条例$/.test(inner) ? 'law' : 'plan';
    push(inner, m.index!, m.index! + m[0].length, kind);
  }
  for (const m of text.matchAll(quoted)) {
    const inner = m[1]!;
    if (/[，。]/.test(inner)) continue;
    push(m[2] ? inner + m[2] : inner, m.index!, m.index! + m[0].length, m[2] ? 'campaign' : 'slogan', inner);
  }
  article.policies = found.sort((a, b) => a.start - b.start);
}
