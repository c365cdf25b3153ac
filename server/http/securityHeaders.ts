import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every response. The Content-Security-Policy fits what Vite builds: module
 * scripts and style sheets from our own origin only, no inline script. Inline styles stay
 * allowed: ProseMirror writes `style` attributes (alignment, column widths) and Tiptap adds its
 * base style sheet as a <style> element. WebSockets go to the configured origins' ws(s)://
 * twins (not every browser counts them as 'self'). No page may frame ours.
 */
export function securityHeaders(publicOrigins: readonly string[]): RequestHandler {
  const https = publicOrigins.every((o) => o.startsWith('https:'));
  const sockets = publicOrigins.map((o) => o.replace(/^http/, 'ws'));
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...sockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Over plain HTTP (a LAN install) upgrading requests would break every fetch.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Figures and exports are our own; isolation headers would only get in their way.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: https ? { maxAge: 15_552_000 } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
