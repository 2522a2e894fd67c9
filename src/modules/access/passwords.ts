import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is a const enum, which type stripping cannot read: 2 is Algorithm.Argon2id.
const argon2id = 2;

// OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): slow enough for stored hashes, quick enough
// (about 30 ms here) that a login is not a denial-of-service lever.
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username does not exist, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}
