/**
 * @module work-queue
 * Each staff member's work waiting, with counts, on their dashboard (issue 15 §8a): new, unassigned, due soon
 * and overdue. A module that hands out work registers one provider; the provider decides, from the caller's
 * permissions and home unit, whether it has a queue for them and counts only what they may see. The counts
 * link to the module's own lists, so the dashboard never holds records, only numbers.
 */
import { z } from '@hono/zod-openapi';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, StaffPrincipal } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyStaff, defineRoute, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';

export const queueCountKinds = ['new', 'unassigned', 'dueSoon', 'overdue'] as const;
export type QueueCountKind = (typeof queueCountKinds)[number];

export type WorkQueue = {
  /** The queue's name in the web catalog (`staff-auth.queues.<key>`). */
  key: string;
  /** Whether the counts are the caller's own work (an inspector's) or the unit's (a supervisor's). */
  mine: boolean;
  counts: Record<QueueCountKind, number>;
  /** Where each count's records are listed (a staff path with its filter); absent when no list shows them. */
  links: Partial<Record<QueueCountKind, string>>;
};

export type WorkQueueProvider = (staff: StaffPrincipal) => Promise<WorkQueue | null>;

const workQueue = z
  .object({
    key: z.string(),
    mine: z.boolean(),
    counts: z.object({ new: z.number().int(), unassigned: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int() }),
    links: z.object({ new: z.string().optional(), unassigned: z.string().optional(), dueSoon: z.string().optional(), overdue: z.string().optional() }),
  })
  .openapi('WorkQueue');

const getQueues = defineRoute(anyStaff, {
  method: 'get',
  path: '/api/v1/staff/work-queue',
  tags: ['staff'],
  summary: "The caller's work waiting: new, unassigned, due soon and overdue, per area they work in",
  responses: { 200: jsonContent(z.object({ queues: z.array(workQueue) }), 'The queues, in menu order'), ...problemResponses(401) },
});

export function createWorkQueues() {
  const providers: WorkQueueProvider[] = [];
  return {
    register(provider: WorkQueueProvider) {
      providers.push(provider);
    },
    async of(staff: StaffPrincipal): Promise<WorkQueue[]> {
      const queues: WorkQueue[] = [];
      // One after another: on the embedded engine the counts share one connection anyway.
      for (const provider of providers) {
        const queue = await provider(staff);
        if (queue) queues.push(queue);
      }
      return queues;
    },
  };
}

export type WorkQueues = ReturnType<typeof createWorkQueues>;

export function workQueueRoutes({ queues }: { queues: WorkQueues }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getQueues, async (c) => {
    return c.json({ queues: await queues.of(signedInStaff(c)) }, 200);
  });
  return app;
}
