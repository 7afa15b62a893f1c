/**
 * One palette for every view of the graph: the HTML view (cytoscape styles)
 * and Neo4j Browser (cypher/style.grass) are both generated from here, so
 * the colours and captions never drift. `npm run style` rewrites the .grass
 * file; a test fails when it is stale.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../schema/graph.js';

export interface LabelStyle {
  /** Fill colour of the node circle. */
  fill: string;
  /** Ring around the node. */
  border: string;
  /** Caption colour inside the circle (Neo4j Browser draws captions inside). */
  text: string;
  /** Diameter in Neo4j Browser, px; the HTML view scales from it by degree. */
  diameter: number;
  /** Property shown as the caption, Neo4j Browser syntax. */
  caption: string;
}

/** Tableau 10 colours: distinct for the six labels and readable on white. */
export const LABEL_STYLES: Record<NodeLabel, LabelStyle> = {
  Event: { fill: '#E15759', border: '#B8393B', text: '#FFFFFF', diameter: 65, caption: '{name}' },
  Person: { fill: '#4E79A7', border: '#365A80', text: '#FFFFFF', diameter: 50, caption: '{name}' },
  Organization: { fill: '#F28E2B', border: '#C46E17', text: '#FFFFFF', diameter: 50, caption: '{name}' },
  Policy: { fill: '#59A14F', border: '#3F7B37', text: '#FFFFFF', diameter: 45, caption: '{name}' },
  Location: { fill: '#76B7B2', border: '#4E8E89', text: '#000000', diameter: 45, caption: '{name}' },
  Target: { fill: '#B07AA1', border: '#86587A', text: '#FFFFFF', diameter: 45, caption: '{name}' },
};

/** Nodes whose label is not in the schema (e.g. returned by an ad-hoc query). */
export const OTHER_STYLE: LabelStyle = { fill: '#A5ABB6', border: '#9AA1AC', text: '#FFFFFF', diameter: 40, caption: '{name}' };

/** Edge colours: people's roles at events in blues/greys, event facts in the colour of their target label. */
export const RELATIONSHIP_COLORS: Record<RelationshipType, string> = {
  PRESIDED: '#2F4B7C',
  SPOKE_AT: '#5C7FB0',
  ATTENDED: '#9DB4D3',
  MANDATES: '#59A14F',
  HELD_IN: '#76B7B2',
  ORGANIZED_BY: '#F28E2B',
  HOLDS_POSITION: '#C9A66B',
  PART_OF: '#B4C7C5',
};
export const OTHER_RELATIONSHIP_COLOR = '#A5ABB6';

/**
 * Persons coloured by community in the HTML view: the twelve largest
 * communities get these (largest first), the rest COMMUNITY_OTHER; nodes that
 * are not persons go pale so the groups stand out.
 */
export const COMMUNITY_COLORS = ['#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#E377C2', '#BCBD22', '#17BECF', '#393B79', '#637939', '#843C39'];
export const COMMUNITY_OTHER = '#9E9E9E';
export const COMMUNITY_BACKGROUND = { fill: '#E4E4E4', border: '#CFCFCF' };

export function labelStyle(label: string): LabelStyle {
  return (LABEL_STYLES as Record<string, LabelStyle>)[label] ?? OTHER_STYLE;
}

export function relationshipColor(type: string): string {
  return (RELATIONSHIP_COLORS as Record<string, string>)[type] ?? OTHER_RELATIONSHIP_COLOR;
}

/** What the browser script needs: the same numbers, as plain JSON. */
export function paletteForView() {
  return {
    labels: Object.fromEntries(NODE_LABELS.map((l) => [l, LABEL_STYLES[l]])) as Record<string, LabelStyle>,
    other: OTHER_STYLE,
    relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIP_COLORS[t]])) as Record<string, string>,
    otherRelationship: OTHER_RELATIONSHIP_COLOR,
    communities: COMMUNITY_COLORS,
    communityOther: COMMUNITY_OTHER,
    communityBackground: COMMUNITY_BACKGROUND,
  };
}

/**
 * The Neo4j Browser stylesheet (GraSS). Drag the file onto Browser's
 * `:style` view, or paste it there, to get the same colours and captions.
 * No comments in the output: Browser's GraSS parser does not skip them.
 */
export function grassStylesheet(): string {
  const lines: string[] = [
    'node {',
    '  diameter: 50px;',
    `  color: ${OTHER_STYLE.fill};`,
    `  border-color: ${OTHER_STYLE.border};`,
    '  border-width: 2px;',
    `  text-color-internal: ${OTHER_STYLE.text};`,
    '  font-size: 10px;',
    '  caption: "{name}";',
    '}',
    'relationship {',
    `  color: ${OTHER_RELATIONSHIP_COLOR};`,
    '  shaft-width: 1px;',
    '  font-size: 8px;',
    '  padding: 3px;',
    '  text-color-external: #000000;',
    '  text-color-internal: #FFFFFF;',
    '  caption: "<type>";',
    '}',
  ];
  for (const label of NODE_LABELS) {
    const s = LABEL_STYLES[label];
    lines.push(
      `node.${label} {`,
      `  color: ${s.fill};`,
      `  border-color: ${s.border};`,
      `  text-color-internal: ${s.text};`,
      `  diameter: ${s.diameter}px;`,
      `  defaultCaption: "<id>";`,
      `  caption: "${s.caption}";`,
      '}',
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    lines.push(`relationship.${type} {`, `  color: ${RELATIONSHIP_COLORS[type]};`, '  caption: "<type>";', '}');
  }
  return lines.join('\n') + '\n';
}
