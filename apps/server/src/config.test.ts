import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to loopback port 3000, SQLite under ./data and 7-day sessions', () => {
    const result = loadConfig({}, '/srv/app');
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '127.0.0.1',
        databaseUrl: undefined,
        dataDir: '/srv/app/data',
        sqliteFile: '/srv/app/data/matchready.sqlite',
        sessionTtlMs: 7 * 24 * 60 * 60 * 1000,
        trustProxy: false,
        publicOrigin: undefined,
        secureCookies: false,
        logLevel: 'info',
        demo: false,
        webDistDir: undefined,
        smtpUrl: undefined,
        mailFrom: 'MatchReady <no-reply@localhost>',
        linkOrigin: 'http://localhost:3000',
      },
    });
  });

  it('reads the mail settings; links follow PUBLIC_ORIGIN', () => {
    const result = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.org:465',
      MAIL_FROM: 'MatchReady <no-reply@match.example.org>',
      PUBLIC_ORIGIN: 'https://match.example.org',
    });
    expect(result.ok && result.config).toMatchObject({
      smtpUrl: 'smtps://user:secret@mail.example.org:465',
      mailFrom: 'MatchReady <no-reply@match.example.org>',
      linkOrigin: 'https://match.example.org',
    });
  });

  it('refuses a mail server URL that is not smtp(s) and a From without an address', () => {
    const result = loadConfig({ SMTP_URL: 'http://mail.example.org', MAIL_FROM: 'MatchReady' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('SMTP_URL must be an smtp:// or smtps:// URL');
      expect(result.message).toContain('MAIL_FROM must be an email address');
    }
  });

  it('reads every variable', () => {
    const result = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u@db/matchready',
        DATA_DIR: '/var/lib/matchready',
        SESSION_TTL: '12h',
        TRUST_PROXY: 'true',
        PUBLIC_ORIGIN: 'https://match.example.org/some/path',
        LOG_LEVEL: 'warn',
        MATCHREADY_DEMO: '1',
        WEB_DIST_DIR: 'web',
      },
      '/srv',
    );
    expect(result.ok && result.config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db/matchready',
      sqliteFile: '/var/lib/matchready/matchready.sqlite',
      sessionTtlMs: 12 * 60 * 60 * 1000,
      trustProxy: true,
      publicOrigin: 'https://match.example.org',
      secureCookies: true,
      logLevel: 'warn',
      demo: true,
      webDistDir: '/srv/web',
    });
  });

  it('treats a variable set to the empty string as unset', () => {
    const result = loadConfig({ DATABASE_URL: '', DATA_DIR: '  ', PORT: '' }, '/srv/app');
    expect(result.ok && result.config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      sqliteFile: '/srv/app/data/matchready.sqlite',
    });
  });

  it('names every invalid variable in one line', () => {
    const result = loadConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      SESSION_TTL: '5 weeks',
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^invalid configuration: /);
    for (const name of ['PORT', 'DATABASE_URL', 'SESSION_TTL']) expect(message).toContain(name);
  });
});
