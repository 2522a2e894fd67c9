import type { z } from 'zod';
import type {
  booked,
  bookRequest,
  createEventRequest,
  createSlotRequest,
  createSummerJobRequest,
  eventDetail,
  publicBooking,
  publicEvent,
  publicSlot,
  sessionRecord,
  sessionRequest,
  slotDetail,
  staffEvent,
  staffSlot,
  summerJob,
  youthIndicator,
} from '../../../../src/modules/youth/youth.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PublicSlot = z.infer<typeof publicSlot>;
export type PublicEvent = z.infer<typeof publicEvent>;
export type Booked = z.infer<typeof booked>;
export type PublicBooking = z.infer<typeof publicBooking>;
export type BookRequest = z.input<typeof bookRequest>;
export type StaffSlot = z.infer<typeof staffSlot>;
export type SlotDetail = z.infer<typeof slotDetail>;
export type StaffEvent = z.infer<typeof staffEvent>;
export type EventDetail = z.infer<typeof eventDetail>;
export type SummerJob = z.infer<typeof summerJob>;
export type SessionRecord = z.infer<typeof sessionRecord>;
export type YouthIndicator = z.infer<typeof youthIndicator>;

const staffBase = '/api/v1/staff/youth';
export const slotsEndpoint = `${staffBase}/slots`;
export const eventsEndpoint = `${staffBase}/events`;
export const summerJobsEndpoint = `${staffBase}/summer-jobs`;
const id = (value: string) => encodeURIComponent(value);

// The young person's side: no session, no CSRF token (public routes).
export const getOpenSlots = (signal: AbortSignal): Promise<{ items: PublicSlot[] }> => apiRequest('/api/v1/youth/slots', { signal });
export const bookSlot = (slotId: string, body: BookRequest): Promise<Booked> =>
  apiRequest(`/api/v1/youth/slots/${id(slotId)}/bookings`, { method: 'POST', body });
export const lookUpBooking = (code: string): Promise<PublicBooking> => apiRequest('/api/v1/youth/bookings/look-up', { method: 'POST', body: { code } });
export const cancelBooking = (code: string): Promise<PublicBooking> => apiRequest('/api/v1/youth/bookings/cancel', { method: 'POST', body: { code } });
export const getUpcomingEvents = (signal: AbortSignal): Promise<{ items: PublicEvent[] }> => apiRequest('/api/v1/youth/events', { signal });
export const registerForEvent = (eventId: string, body: BookRequest): Promise<{ code: string; title: string; startsAt: string; venue: string }> =>
  apiRequest(`/api/v1/youth/events/${id(eventId)}/registrations`, { method: 'POST', body });

// Staff.
export const createSlot = (body: z.input<typeof createSlotRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(slotsEndpoint, { method: 'POST', body, csrfToken });
export const getSlot = (slotId: string, signal: AbortSignal): Promise<SlotDetail> => apiRequest(`${slotsEndpoint}/${id(slotId)}`, { signal });
export const recordNoShow = (bookingId: string, csrfToken: string): Promise<{ slotId: string }> =>
  apiRequest(`${staffBase}/bookings/${id(bookingId)}/no-show`, { method: 'POST', csrfToken });
export const recordSession = (bookingId: string, body: z.input<typeof sessionRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(`${staffBase}/bookings/${id(bookingId)}/session`, { method: 'POST', body, csrfToken });
export const getSession = (sessionId: string, signal: AbortSignal): Promise<SessionRecord> => apiRequest(`${staffBase}/sessions/${id(sessionId)}`, { signal });
export const createEvent = (body: z.input<typeof createEventRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(eventsEndpoint, { method: 'POST', body, csrfToken });
export const getEvent = (eventId: string, signal: AbortSignal): Promise<EventDetail> => apiRequest(`${eventsEndpoint}/${id(eventId)}`, { signal });
export const recordAttendance = (eventId: string, registrationIds: string[], csrfToken: string): Promise<{ marked: number }> =>
  apiRequest(`${eventsEndpoint}/${id(eventId)}/attendance`, { method: 'POST', body: { registrationIds }, csrfToken });
export const createSummerJob = (body: z.input<typeof createSummerJobRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(summerJobsEndpoint, { method: 'POST', body, csrfToken });
export const getYouthIndicator = (from: string, to: string, signal: AbortSignal): Promise<YouthIndicator> =>
  apiRequest(`${staffBase}/indicator?from=${from}&to=${to}`, { signal });
export const cancelRegistration = (code: string): Promise<{ status: 'cancelled' }> =>
  apiRequest('/api/v1/youth/registrations/cancel', { method: 'POST', body: { code } });
export const giveFeedback = (code: string, rating: number, text: string): Promise<{ status: 'recorded' }> =>
  apiRequest('/api/v1/youth/registrations/feedback', { method: 'POST', body: { code, rating, text } });
