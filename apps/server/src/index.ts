export { type AppDeps, createApp } from './app.ts';
export { composeServices, SIGN_IN_LIMIT } from './compose.ts';
export { type Config, loadConfig } from './config.ts';
export { createLogger, type Logger, silentLogger } from './logger.ts';
export { createArgon2Hasher, sessionTokens } from './security.adapter.ts';
