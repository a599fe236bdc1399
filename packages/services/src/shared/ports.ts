/** Ports every module uses; the apps implement them (system clock, random UUIDs). */

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new random UUID (text). */
  newId(): string;
}
