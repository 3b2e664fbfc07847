// Each upload is held in memory while it is read, unpacked and checked: one user sending many at once
// could fill the server's memory on their own. A user gets a few uploads at a time, the rest 429.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error';

/** Uploads one user may have in progress at once. */
export const UPLOADS_PER_USER = 2;

/** Counts of uploads in progress per user, in this process (the memory they hold is this process's). */
export function createUploadSlots(perUser = UPLOADS_PER_USER) {
  const inUse = new Map<number, number>();
  return {
    perUser,
    /** Takes a slot for the user; false when they already hold all of theirs. */
    tryAcquire(userId: number): boolean {
      const held = inUse.get(userId) ?? 0;
      if (held >= perUser) return false;
      inUse.set(userId, held + 1);
      return true;
    },
    release(userId: number): void {
      const held = inUse.get(userId) ?? 0;
      if (held <= 1) inUse.delete(userId);
      else inUse.set(userId, held - 1);
    },
    held: (userId: number): number => inUse.get(userId) ?? 0,
  };
}

export type UploadSlots = ReturnType<typeof createUploadSlots>;

declare module 'fastify' {
  interface FastifyInstance {
    uploadSlots: UploadSlots;
  }
}

/** Every multipart request of a signed-in user holds a slot from before its body is read until it is answered. */
export function installUploadSlots(app: FastifyInstance, slots: UploadSlots = createUploadSlots()): void {
  app.decorate('uploadSlots', slots);
  const holders = new WeakMap<FastifyRequest, number>();
  app.addHook('preHandler', async (request) => {
    if (!request.auth || !request.isMultipart()) return;
    const userId = request.auth.user.id;
    if (!slots.tryAcquire(userId)) {
      throw new ApiError(
        429,
        'too_many_uploads',
        `Bạn đang tải lên ${slots.perUser} tệp cùng lúc; hãy chờ các tệp đó xử lý xong rồi tải tiếp`,
      );
    }
    holders.set(request, userId);
  });
  const release = async (request: FastifyRequest) => {
    const userId = holders.get(request);
    if (userId === undefined) return;
    holders.delete(request);
    slots.release(userId);
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
}
