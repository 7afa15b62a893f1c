/** The export workflow: inputs → graph document → property-graph model → Cypher, CSV or GraphML. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadProblem } from '../read/index.js';
import { toGraphModel } from '../load/model.js';
import { renderCypherScript } from '../export/cypher.js';
import { renderCsv } from '../export/csv.js';
import { renderGraphml } from '../export/graphml.js';
import type { ExtractOptions } from './extract.js';
import { graphFromInputs } from './load.js';

export const EXPORT_FORMATS = ['cypher', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  problems: ReadProblem[];
  /** Paths written (empty when the output went to standard output). */
  written: string[];
}

export async function exportInputs(inputs: string[], format: ExportFormat, out: string | undefined, options: ExtractOptions = {}): Promise<ExportResult> {
  const { graph, problems } = await graphFromInputs(inputs, options);
  const model = toGraphModel(graph);
  if (format === 'csv') {
    const dir = out ?? join('out', 'csv');
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const f of renderCsv(model)) {
      const path = join(dir, f.name);
      await writeFile(path, f.content, f.name.endsWith('.sh') ? { mode: 0o755 } : {});
      written.push(path);
    }
    return { problems, written };
  }
  const text = format === 'cypher' ? renderCypherScript(model) : renderGraphml(model);
  if (!out) {
    process.stdout.write(text);
    return { problems, written: [] };
  }
  await writeFile(out, text);
  return { problems, written: [out] };
}
