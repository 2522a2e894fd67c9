import type { z } from 'zod';
import type {
  myTrainingApplication,
  placementPrompt,
  publicTrainingClass,
  trainingClass,
  trainingClassDetail,
  trainingClassInput,
  trainingTransitionRequest,
} from '../../../../src/modules/programs/vocational-training.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type TrainingClass = z.infer<typeof trainingClass>;
export type TrainingClassDetail = z.infer<typeof trainingClassDetail>;
export type TrainingClassInput = z.input<typeof trainingClassInput>;
export type TrainingTransition = z.input<typeof trainingTransitionRequest>;
export type PlacementPrompt = z.infer<typeof placementPrompt>;
export type PublicTrainingClass = z.infer<typeof publicTrainingClass>;
export type MyTrainingApplication = z.infer<typeof myTrainingApplication>;

const staffBase = '/api/v1/staff/training';
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listTrainingClasses = (signal?: AbortSignal) => apiRequest<TrainingClass[]>(`${staffBase}/classes`, opts(signal));
export const addTrainingClass = (body: TrainingClassInput, csrfToken: string) => apiRequest<{ id: string }>(`${staffBase}/classes`, { method: 'POST', body, csrfToken });
export const getTrainingClass = (id: string, signal?: AbortSignal) => apiRequest<TrainingClassDetail>(`${staffBase}/classes/${encodeURIComponent(id)}`, opts(signal));
export const applyForJobSeeker = (classId: string, jobSeekerId: string, csrfToken: string) =>
  apiRequest<{ id: string }>(`${staffBase}/classes/${encodeURIComponent(classId)}/applications`, { method: 'POST', body: { jobSeekerId }, csrfToken });
export const moveEnrolment = (id: string, body: TrainingTransition, csrfToken: string) =>
  apiRequest<{ id: string; status: string }>(`${staffBase}/enrolments/${encodeURIComponent(id)}/transition`, { method: 'POST', body, csrfToken });
export const listPlacementPrompts = (signal?: AbortSignal) => apiRequest<PlacementPrompt[]>(`${staffBase}/placement-prompts`, opts(signal));
export const listOpenTrainingClasses = (signal?: AbortSignal) => apiRequest<PublicTrainingClass[]>('/api/v1/training/classes', opts(signal));
export const applyForTraining = (classId: string, csrfToken: string) =>
  apiRequest<{ id: string }>('/api/v1/me/training/applications', { method: 'POST', body: { classId }, csrfToken });
export const listMyTraining = (signal?: AbortSignal) => apiRequest<{ items: MyTrainingApplication[] }>('/api/v1/me/training/applications', opts(signal));
