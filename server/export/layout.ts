/**
 * The page and type of an administrative document under Decree 30/2020/NĐ-CP (Appendix I): A4,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, body 14 pt justified
 * with a first-line indent of 1.27 cm and 6 pt before, Part and Chapter headings centred and bold.
 * Every export (the plan, one section, the comment summary) takes its page from here.
 */
import {
  AlignmentType,
  LevelFormat,
  PageOrientation,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/** Twentieths of a point: 1 mm = 56.7 twips. */
const mm = (value: number): number => Math.round(value * 56.6929);

export const FONT = 'Times New Roman';
/** docx sizes are in half-points. */
export const BODY_SIZE = 28;
export const SMALL_SIZE = 26;
/** 1.27 cm. */
export const FIRST_LINE_INDENT = 720;
/** 6 pt before each paragraph. */
export const SPACE_BEFORE = 120;
/** Line spacing 1.2 (in 240ths of a line). */
export const LINE_SPACING = 288;

export const A4 = { width: 11906, height: 16838 } as const;

export const PAGE_MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

export const portraitPage = {
  size: { ...A4, orientation: PageOrientation.PORTRAIT },
  margin: PAGE_MARGINS,
};

/** Landscape A4 for wide tables (the comment summary); docx turns the sizes round itself. */
export const landscapePage = {
  size: { ...A4, orientation: PageOrientation.LANDSCAPE },
  margin: PAGE_MARGINS,
};

const heading = (id: string, name: string, level: number, centred: boolean) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size: BODY_SIZE, bold: true, italics: level >= 4, color: '000000' },
  paragraph: {
    alignment: centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: 240, after: 120 },
    indent: { firstLine: centred ? 0 : FIRST_LINE_INDENT },
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
  },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, color: '000000' },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: { before: SPACE_BEFORE, after: 0, line: LINE_SPACING },
      },
    },
    // Parts and chapters: centred, bold, the title in capitals on its own line.
    heading1: heading('Heading1', 'Heading 1', 1, true),
    heading2: heading('Heading2', 'Heading 2', 2, false),
    heading3: heading('Heading3', 'Heading 3', 3, false),
    heading4: heading('Heading4', 'Heading 4', 4, false),
    heading5: heading('Heading5', 'Heading 5', 5, false),
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SMALL_SIZE },
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { firstLine: 0 },
        spacing: { before: 40, after: 40, line: 240 },
      },
    },
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: SMALL_SIZE, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
    },
    {
      // A figure's picture: centred, on the page of the caption below it.
      id: 'Figure',
      name: 'Figure',
      basedOn: 'Normal',
      next: 'Caption',
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true },
    },
    {
      id: 'CoverLine',
      name: 'Cover Line',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
    },
  ],
};

export const BULLETS = 'pf-bullets';
export const ORDERED = 'pf-ordered';
export const LIST_LEVELS = 9;

const listLevels = (ordered: boolean) =>
  Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : level % 2 === 0 ? '-' : '+',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360, firstLine: 0 } } },
  }));

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: listLevels(false) },
    { reference: ORDERED, levels: listLevels(true) },
  ],
};
