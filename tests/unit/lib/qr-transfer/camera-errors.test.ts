import { describe, expect, test } from 'vitest';
import {
  cameraErrorMessage,
  cameraUnavailableMessage,
} from '../../../../src/lib/qr-transfer/camera-errors';

describe('cameraErrorMessage', () => {
  test.each([
    ['NotAllowedError', '没有得到使用摄像头的允许'],
    ['PermissionDeniedError', '没有得到使用摄像头的允许'],
    ['SecurityError', '没有得到使用摄像头的允许'],
    ['NotFoundError', '没有找到摄像头'],
    ['DevicesNotFoundError', '没有找到摄像头'],
    ['OverconstrainedError', '没有找到摄像头'],
    ['NotReadableError', '正被别的程序'],
    ['TrackStartError', '正被别的程序'],
    ['WeirdError', '摄像头打不开（WeirdError）'],
  ])('%s', (name, text) => {
    const m = cameraErrorMessage(new DOMException('x', name));
    expect(m).toContain(text);
    expect(m).toContain('选择文件');
  });
  test.each([null, undefined, 'oops', 3, {}])(
    '%j still gets a message with the other ways',
    (e) => {
      expect(cameraErrorMessage(e)).toMatch(/^摄像头打不开。.*选择文件/);
    },
  );
});

test.each([
  [false, 'http'],
  [true, '太旧'],
])('camera unavailable, secure context %s', (secure, text) => {
  const m = cameraUnavailableMessage(secure);
  expect(m).toContain(text);
  expect(m).toContain('分享链接');
});
