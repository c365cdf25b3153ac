/**
 * Mentions in a comment: `@Sở Giao thông vận tải`, `@SGTVT`, `@<person name>`, `@<username>`.
 * Run against the real agency list of the demo plan, so that names which contain one another
 * ("UBND" and "UBND huyện Cao Lộc") are exercised.
 */
import { describe, expect, it } from 'vitest';
import type { Agency, AgencyKind } from '../../shared/model.js';
import { findMentions, type Mentionable, type Mention } from '../../server/threads/mentions.js';
import outline from '../../server/seed/lang-son-plan.json' with { type: 'json' };

const AGENCIES: Agency[] = outline.agencies.map((a) => ({
  code: a.code,
  nameVi: a.name_vi,
  nameEn: a.name_en,
  kind: a.kind as AgencyKind,
}));

const PEOPLE: Mentionable['people'] = [
  { id: 'u-sgtvt', name: 'Lương Văn Phúc', username: 'sgtvt', agency: 'SGTVT' },
  { id: 'u-sgtvt2', name: 'Triệu Thị Ngọc', username: 'sgtvt2', agency: 'SGTVT' },
  { id: 'u-sct', name: 'Hoàng Văn Đức', username: 'sct', agency: 'SCT' },
  { id: 'u-tv', name: 'Nông Thị Mai', username: 'tv', agency: 'TV' },
];

const KNOWN: Mentionable = { agencies: AGENCIES, people: PEOPLE };

/** The agencies whose inbox the body lands in, sorted. */
const agencies = (body: string): string[] =>
  [...new Set(findMentions(body, KNOWN).map((m: Mention) => m.agency))].sort();

/** The people mentioned by name or username, sorted. */
const people = (body: string): string[] =>
  findMentions(body, KNOWN)
    .flatMap((m) => (m.userId ? [m.userId] : []))
    .sort();

describe('findMentions', () => {
  it.each([
    { body: 'Đề nghị @Sở Giao thông vận tải bổ sung số liệu.', inbox: ['SGTVT'], who: [] },
    { body: 'Đề nghị @sở giao thông vận tải bổ sung.', inbox: ['SGTVT'], who: [] },
    { body: 'Đề nghị @SỞ GIAO THÔNG VẬN TẢI bổ sung.', inbox: ['SGTVT'], who: [] },
    // The first account of an agency has the agency code as its username: both are meant.
    { body: '@SGTVT xem lại bảng 3', inbox: ['SGTVT'], who: ['u-sgtvt'] },
    { body: 'Nhờ @sgtvt2 kiểm tra', inbox: ['SGTVT'], who: ['u-sgtvt2'] },
    { body: 'Nhờ @Triệu Thị Ngọc kiểm tra', inbox: ['SGTVT'], who: ['u-sgtvt2'] },
    { body: 'Ý kiến của @Nông Thị Mai', inbox: ['TV'], who: ['u-tv'] },
    {
      body: '@Sở Công Thương và @Sở Giao thông vận tải thống nhất số liệu',
      inbox: ['SCT', 'SGTVT'],
      who: [],
    },
    { body: 'Sở Giao thông vận tải cần bổ sung (không có @)', inbox: [], who: [] },
    { body: 'Không nhắc ai cả', inbox: [], who: [] },
    { body: '@ một mình', inbox: [], who: [] },
    { body: '@Sở Không Tồn Tại', inbox: [], who: [] },
  ])('$body', ({ body, inbox, who }) => {
    expect(agencies(body)).toEqual(inbox);
    expect(people(body)).toEqual(who);
  });

  it('matches text typed with decomposed diacritics (NFD), as some keyboards send it', () => {
    expect(agencies('Đề nghị @Sở Giao thông vận tải bổ sung'.normalize('NFD'))).toEqual(['SGTVT']);
  });

  it('names one agency once however often it is mentioned', () => {
    const mentions = findMentions('@SGTVT @Sở Giao thông vận tải @sgtvt', KNOWN);
    expect(mentions.filter((m) => m.userId === null)).toEqual([{ agency: 'SGTVT', userId: null }]);
  });

  describe('every agency of the plan, by its name, mentions that agency only', () => {
    it.each(AGENCIES.map((a) => ({ code: a.code, name: a.nameVi })))('@$name', ({ code, name }) => {
      expect(agencies(`Đề nghị @${name} bổ sung số liệu.`)).toEqual([code]);
    });
  });

  describe('every agency of the plan, by its code, mentions that agency only', () => {
    it.each(AGENCIES.map((a) => a.code))('@%s', (code) => {
      expect(agencies(`Đề nghị @${code} bổ sung.`)).toEqual([code]);
    });
  });
});
