import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { blockWebviews, denyAllPermissions } from './permissions.ts';

describe('denyAllPermissions', () => {
  it('refuses every request, check and device permission', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => void (handlers.request = h),
      setPermissionCheckHandler: (h: never) => void (handlers.check = h),
      setDevicePermissionHandler: (h: never) => void (handlers.device = h),
    };
    denyAllPermissions(session as never);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      (handlers.request as (...a: unknown[]) => void)({}, permission, (answer: boolean) => (granted = answer), {});
      expect(granted, permission).toBe(false);
      expect((handlers.check as (...a: unknown[]) => unknown)({}, permission, 'app://kuva', {}), permission).toBe(false);
    }
    expect((handlers.device as (...a: unknown[]) => unknown)({ deviceType: 'usb' })).toBe(false);
  });
});

describe('blockWebviews', () => {
  it('prevents attaching a webview', () => {
    const contents = new EventEmitter();
    blockWebviews(contents as never);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
