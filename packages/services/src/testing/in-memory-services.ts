import { createServices, type ServicesDeps } from '../services.ts';
import { createInMemoryPorts, type InMemoryPorts } from './in-memory-ports.ts';

/**
 * Every service on the given in-memory ports, with the limits service tests share (an hour's
 * sessions, 5 failed sign-ins per 15 minutes, small match instances). Two calls on the same ports
 * are two server processes on one database (decision 051's lease tests).
 */
export function createServicesOn(ports: InMemoryPorts, extra: Partial<ServicesDeps> = {}) {
  return createServices({
    ...ports,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
    ...extra,
  });
}

/**
 * Every service on fresh in-memory ports (see createServicesOn). `ports.mailer` keeps what was
 * sent and `ports.clock` can be advanced.
 */
export function createInMemoryServices(start?: string) {
  const ports = createInMemoryPorts(start);
  return { ports, services: createServicesOn(ports) };
}
