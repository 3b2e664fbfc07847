// Passwords are kept only as argon2id hashes (@node-rs/argon2's default algorithm).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a hash that cannot be read, never a throw. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password to print once when none was given: 16 characters a person can type. */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
