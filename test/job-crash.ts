import type { WorkOptions } from '../src/shared/jobs/jobs.service.ts';

/** The queue of the kill -9 test: a try that is not settled in 2 s is expired and tried again a second later. */
export const crashQueue = 'crash-test';
export const crashQueueOptions: WorkOptions = { expireInSeconds: 2, retryDelaySeconds: 1, retryBackoff: false, retryLimit: 3, pollingIntervalSeconds: 0.5 };
