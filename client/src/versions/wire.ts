/** Network shapes of the version endpoints (docs/api.md "Versions and comparison"). */
import * as z from 'zod/mini';
import { STATUS_CODES } from '../../../shared/statuses.js';
import { VERSION_KINDS } from '../../../shared/versions/model.js';

export const VersionWire = z.object({
  id: z.string(),
  sectionId: z.string(),
  seq: z.number(),
  kind: z.enum(VERSION_KINDS),
  name: z.string(),
  status: z.enum(STATUS_CODES),
  createdBy: z.nullable(z.string()),
  createdByName: z.nullable(z.string()),
  createdAt: z.string(),
  editionId: z.nullable(z.string()),
  wordsAdded: z.number(),
  wordsRemoved: z.number(),
});
export const VersionsWire = z.object({ versions: z.array(VersionWire) });
export const VersionAnswerWire = z.object({ version: VersionWire });
export const RestoreAnswerWire = z.object({ before: VersionWire });

const BlockWire = z.object({
  kind: z.string(),
  cell: z.nullable(z.object({ row: z.number(), column: z.number() })),
  runs: z.array(z.object({ text: z.string(), marks: z.string() })),
  text: z.string(),
});
const PieceWire = z.object({
  op: z.enum(['equal', 'insert', 'delete', 'format']),
  text: z.string(),
  marks: z.string(),
  oldMarks: z.optional(z.string()),
});
const BlockChangeWire = z.union([
  z.object({
    op: z.enum(['equal', 'insert', 'delete', 'moved-from', 'moved-to']),
    block: BlockWire,
  }),
  z.object({
    op: z.enum(['changed', 'format']),
    before: BlockWire,
    block: BlockWire,
    pieces: z.array(PieceWire),
  }),
]);
export const ComparisonWire = z.object({
  comparison: z.object({
    blocks: z.array(BlockChangeWire),
    changes: z.array(z.number()),
    wordsAdded: z.number(),
    wordsRemoved: z.number(),
  }),
  authors: z.object({
    passages: z.array(
      z.object({ block: z.number(), piece: z.nullable(z.number()), authors: z.array(z.string()) }),
    ),
    users: z.record(z.string(), z.object({ name: z.string(), agency: z.string() })),
  }),
});

const EditionWire = z.object({
  id: z.string(),
  planId: z.string(),
  name: z.string(),
  createdBy: z.string(),
  createdByName: z.nullable(z.string()),
  createdAt: z.string(),
  sections: z.number(),
});
export const EditionsWire = z.object({ editions: z.array(EditionWire) });
export const EditionAnswerWire = z.object({ edition: EditionWire });
export const EditionComparisonWire = z.object({
  sections: z.array(
    z.object({
      sectionId: z.string(),
      from: z.nullable(z.string()),
      to: z.nullable(z.string()),
      wordsAdded: z.number(),
      wordsRemoved: z.number(),
      changes: z.number(),
    }),
  ),
});

export type Version = z.infer<typeof VersionWire>;
export type Edition = z.infer<typeof EditionWire>;
export type EditionSectionChange = z.infer<typeof EditionComparisonWire>['sections'][number];
export type Comparison = z.infer<typeof ComparisonWire>['comparison'];
export type Authorship = z.infer<typeof ComparisonWire>['authors'];
export type BlockChange = Comparison['blocks'][number];
export type Piece = z.infer<typeof PieceWire>;
