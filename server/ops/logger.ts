import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerSettings {
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON: for development only. */
  pretty: boolean;
}

/**
 * Whatever a log call is handed, these never reach the output: a request's headers carry the
 * session cookie, a login body carries the password. Document text is never passed to the logger
 * at all (callers log sizes and names, not content).
 */
const REDACTED = [
  'password',
  '*.password',
  'token',
  '*.token',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  '*.headers.cookie',
  '*.headers.authorization',
  'body',
  '*.body',
  'text',
  '*.text',
];

/**
 * The process's structured logger. `destination` lets a test (or an embedding program) read the
 * JSON lines; without it they go to stdout, or through pino-pretty when `pretty` is set.
 */
export function createLogger(settings: LoggerSettings, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { service: 'planfold' },
    redact: { paths: REDACTED, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  if (destination) return pino(options, destination);
  if (settings.pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(options);
}
