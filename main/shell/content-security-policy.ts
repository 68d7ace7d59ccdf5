import { CONTENT_SECURITY_POLICY } from '../../domain/host-protocol.ts';

export { CONTENT_SECURITY_POLICY };

/** Headers sent with every renderer file from app://; the browser host sends the same set. */
export function rendererResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'content-type': mimeType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  };
}
