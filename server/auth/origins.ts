/** The browser origins allowed to mutate and to open WebSockets. */
export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(origins: readonly string[]) {
    this.allowed = new Set(origins);
  }

  /**
   * Browsers always send Origin on cross-site mutations and WebSocket upgrades; a request
   * without one comes from a non-browser client, which cookies alone cannot be forged from.
   */
  permits(origin: string | undefined): boolean {
    return origin === undefined || this.allowed.has(origin);
  }
}
