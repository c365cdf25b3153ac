/** A figure keeps its shape in the Word export: its size is read from the picture's header. */
import { describe, expect, it } from 'vitest';
import { pictureSize } from '../../server/export/pictures.js';
import { PIXEL } from '../fixtures/wordFile.js';

describe('pictureSize', () => {
  it('reads a PNG header', () => {
    expect(pictureSize('image/png', PIXEL)).toEqual({ width: 1, height: 1 });
  });

  it('walks a JPEG to its frame header, past other segments', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46];
    const dht = [0xff, 0xc4, 0x00, 0x03, 0x00];
    // SOF0: length 17, precision 8, height 300, width 400.
    const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03];
    const jpeg = new Uint8Array([
      0xff,
      0xd8,
      ...app0,
      ...dht,
      ...sof,
      ...Array<number>(20).fill(0),
    ]);
    expect(pictureSize('image/jpeg', jpeg)).toEqual({ width: 400, height: 300 });
  });

  it('answers null for damaged headers and other formats', () => {
    expect(pictureSize('image/png', PIXEL.subarray(0, 20))).toBeNull();
    expect(
      pictureSize('image/jpeg', new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0])),
    ).toBeNull();
    expect(pictureSize('image/webp', PIXEL)).toBeNull();
  });
});
