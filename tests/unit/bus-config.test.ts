import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from '../../server/config.js';
import { MAX_PAYLOAD, memoryBus } from '../../server/core/bus.js';

describe('TRUST_PROXY', () => {
  it('is off unless set, and takes the forms Fastify allows', () => {
    for (const off of [undefined, '', 'false', '0', 'off', 'no']) expect(parseTrustProxy(off)).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,loopback')).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback']);
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});

describe('LOG_FILE', () => {
  it('defaults to server.log in the data directory; "-" means stdout', () => {
    expect(loadConfig({ DATA_DIR: '/srv/qt' }).logFile).toBe(path.resolve('/srv/qt/server.log'));
    expect(loadConfig({ LOG_FILE: '/var/log/qt.log' }).logFile).toBe('/var/log/qt.log');
    expect(loadConfig({ LOG_FILE: '-' }).logFile).toBeNull();
  });
});

describe('memory bus', () => {
  it('delivers to the subscribers of a channel until they unsubscribe', () => {
    const bus = memoryBus();
    const got: string[] = [];
    const off = bus.subscribe('qt_test', (p) => got.push(p));
    bus.subscribe('qt_other', () => got.push('wrong channel'));
    bus.publish('qt_test', 'a');
    off();
    bus.publish('qt_test', 'b');
    expect(got).toEqual(['a']);
    expect(bus.connected).toBe(true);
  });

  it('refuses payloads PostgreSQL would refuse and channel names that are not plain identifiers', () => {
    const bus = memoryBus();
    expect(() => bus.publish('qt_test', 'x'.repeat(MAX_PAYLOAD + 1))).toThrow(/too large/);
    expect(() => bus.publish('qt-test; DROP', 'x')).toThrow(/bad channel/);
  });
});
