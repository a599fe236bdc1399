import { createServices } from '../services.ts';
import { createInMemoryPorts } from './in-memory-ports.ts';

/**
 * Every service on the in-memory ports, with the limits service tests share (an hour's sessions,
 * 5 failed sign-ins per 15 minutes, small match instances). `ports.mailer` keeps what was sent
 * and `ports.clock` can be advanced.
 */
export function createInMemoryServices(start?: string) {
  const ports = createInMemoryPorts(start);
  const services = createServices({
    ...ports,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
  });
  return { ports, services };
}
