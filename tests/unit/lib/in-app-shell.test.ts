import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inAppBrowser } from '../../../src/lib/in-app-browser';

/** The page shell repeats the app list as one regex (it must stay a few hundred bytes). */
const shell = readFileSync(
  new URL('../../../src/components/OfflineSupport.astro', import.meta.url),
  'utf8',
);
const source = /if \(\s*\/(.+?)\/\.test\(\s*navigator\.userAgent/s.exec(shell)?.[1];

describe('the shell and src/lib/in-app-browser.ts agree on which browsers are in-app', () => {
  test.each([
    'Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/86.0 Mobile MicroMessenger/8.0.1',
    'Mozilla/5.0 (Linux; Android 11) wxwork/4.0.0 MicroMessenger/7.0.1',
    'Mozilla/5.0 (iPhone) Mobile/15E148 QQ/8.9.0.635 V1_IPH_SQ_8.9.0_1_APP_A',
    'Mozilla/5.0 (Linux; Android 9) Chrome/86 DingTalk/6.0.0',
    'Mozilla/5.0 (Linux; Android 9) Chrome/86 AlipayClient/10.2.0',
    'Mozilla/5.0 (iPhone) Weibo (iPhone10,3__weibo__11.1.0__iphone__os14.0)',
    'Mozilla/5.0 (Linux; Android 10) Chrome/86.0 MQQBrowser/11.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 Chrome/86.0.4240.198 Safari/537.36',
  ])('%s', (ua) => {
    expect(source).toBeDefined();
    expect(new RegExp(source ?? '$^').test(ua)).toBe(inAppBrowser(ua) !== null);
  });
});
