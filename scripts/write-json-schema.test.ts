import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputCellIds } from '../src/template/content-schema';
import { FORMATS } from '../src/template/formats';
import { cellIdTables, DOC_PATH, draftJsonSchema, generatedDocs, SCHEMA_PATH } from './write-json-schema';

describe('docs/draft-format.*', () => {
  let generated: Awaited<ReturnType<typeof generatedDocs>>;
  // Prettier formats a 50 KB page: allow it time on a loaded machine (this is a limit, not a check).
  beforeAll(async () => {
    generated = await generatedDocs();
  }, 60_000);

  it('the committed JSON Schema is what `npm run schema` generates from the zod schema', () => {
    expect(fs.readFileSync(SCHEMA_PATH, 'utf8')).toBe(generated.schema);
  });

  it('the committed cell table of draft-format.md is what `npm run schema` generates', () => {
    expect(fs.readFileSync(DOC_PATH, 'utf8')).toBe(generated.doc);
  });

  it('the schema describes the envelope and, per format, exactly the stored cells', () => {
    const schema = JSON.parse(draftJsonSchema()) as {
      required: string[];
      properties: { kind: { const: string }; report: { oneOf: { properties: Record<string, unknown> }[] } };
    };
    expect(schema.required).toEqual(['kind', 'version', 'exportedAt', 'report']);
    expect(schema.properties.kind.const).toBe('nianbao-draft');
    const variants = schema.properties.report.oneOf.map(
      (v) =>
        v.properties as {
          formatId: { const: string };
          cells: { properties: Record<string, unknown>; additionalProperties: boolean };
        },
    );
    expect(variants.map((v) => v.formatId.const)).toEqual(['format-2019', 'format-2021']);
    for (const v of variants) {
      const format = FORMATS[v.formatId.const as keyof typeof FORMATS];
      expect(Object.keys(v.cells.properties)).toEqual(inputCellIds(format));
      // a cell of the other format, or a stored total, is refused
      expect(v.cells.additionalProperties).toBe(false);
    }
  });

  it('lists every stored cell of both formats in the page', () => {
    const tables = cellIdTables();
    for (const format of Object.values(FORMATS)) {
      for (const id of inputCellIds(format)) expect(tables).toContain(`| \`${id}\` |`);
    }
    expect(tables).toContain(
      '| `t3:withheld-1:business` | count | 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 法人或其他组织 / 商业企业 |',
    );
  });
});
