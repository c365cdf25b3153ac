import { DEMO_PASSWORD } from './seed/demoPlan.js';
import type { Config } from './config.js';

/**
 * What the log tells whoever just started PlanFold: the address browsers must use (the first
 * allowed origin: another one is refused) and how to get in.
 */
export function startupHints(config: Config, accounts: number): string[] {
  const lines = [`Open PlanFold at ${config.publicOrigins[0]}`];
  if (accounts === 0) {
    lines.push(
      'No account exists yet. Create the first administrator with:',
      '  npm run admin -- create-admin --username admin',
    );
  } else if (config.seedDemo) {
    lines.push(
      `Demo accounts: sct, tv, skhdt, bcd, admin, … — password "${DEMO_PASSWORD}" (README, "Demo accounts").`,
    );
  }
  return lines;
}
