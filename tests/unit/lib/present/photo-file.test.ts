import { describe, expect, test } from 'vitest';
import { maxPhotoBytes, photoFileError, photoKey } from '../../../../src/lib/present/photo-file';

describe('photoFileError', () => {
  test.each([
    { name: 'haze.jpg', type: 'image/jpeg', size: 2_000_000 },
    { name: 'glacier.PNG', type: 'image/png', size: 10 },
    { name: 'heat.webp', type: '', size: 10 },
    { name: 'a.gif', type: 'image/gif', size: maxPhotoBytes },
  ])('$name ($type) is accepted', (file) => expect(photoFileError(file)).toBeNull());

  test.each([
    [{ name: 'plan.pdf', type: 'application/pdf', size: 10 }, '不是照片'],
    [{ name: 'draw.svg', type: 'image/svg+xml', size: 10 }, '不是照片'],
    [{ name: 'noext', type: '', size: 10 }, '不是照片'],
    [{ name: 'big.jpg', type: 'image/jpeg', size: maxPhotoBytes + 1 }, '太大（20.0 MB）'],
    [{ name: 'empty.png', type: 'image/png', size: 0 }, '空文件'],
    [{ name: '<script>.exe', type: '', size: 10 }, '“<script>.exe”不是照片'],
    [{ name: 'a\u0007b.txt', type: 'text/plain', size: 10 }, '“ab.txt”'],
    [{ name: `${'长'.repeat(60)}.txt`, type: 'text/plain', size: 10 }, '…”'],
  ])('%j → a message with %s', (file, part) => expect(photoFileError(file)).toContain(part));
});

test('photoKey keeps lessons and slots apart', () => {
  expect(photoKey('low-carbon-living', 'haze')).toBe('low-carbon-living/haze');
  expect(photoKey('a', 'b')).not.toBe(photoKey('b', 'a'));
});
