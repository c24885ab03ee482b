import { describe, expect, test } from 'vitest';
import { inAppBrowser, inAppDownloadMessage } from '../../../src/lib/in-app-browser';
import { userAgents } from '../../support/user-agents';

describe('inAppBrowser', () => {
  test.each([
    ['wechatAndroid', '微信'],
    ['wechatIos', '微信'],
    ['wechatWindows', '微信'],
    ['wecom', '企业微信'],
    ['qqApp', 'QQ'],
    ['qqBrowser', null],
    ['dingtalk', '钉钉'],
    ['weibo', '微博'],
    ['alipay', '支付宝'],
    ['chromeWindows7', null],
    ['androidChrome', null],
    ['seewoPanel', null],
  ] as const)('%s → %s', (name, app) => expect(inAppBrowser(userAgents[name])).toBe(app));
  test.each(['', 'QQ', 'MicroMessenger', '<script>'])('%j → null', (ua) =>
    expect(inAppBrowser(ua)).toBeNull(),
  );
});

test('the message names the app and the way out', () => {
  expect(inAppDownloadMessage('微信')).toBe(
    '在微信里打开的网页不能下载文件。请点右上角 ··· → 在浏览器打开，再下载；或者改用分享链接、二维码。',
  );
});
