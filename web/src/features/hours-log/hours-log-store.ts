/**
 * The hours log lives only in this browser's localStorage: nothing is sent to the server. A worker may
 * need it as evidence against an employer, so it is never uploaded unless they export it themselves.
 */
import { useCallback, useEffect, useState } from 'react';
import { type Arrangement, arrangementDefaults } from '../calculators/arrangement-fields.tsx';
import { isLogEntry, type LogEntry } from './hours-log.ts';

const storageKey = 'hours-log.v1';

export type WageSetting = { basis: 'monthly' | 'hourly'; amount: string };
/** `arrangement` holds the working-arrangement inputs as typed (strings), as the overtime calculator does. */
export type HoursLog = { entries: LogEntry[]; wage: WageSetting; arrangement: Arrangement };

const empty: HoursLog = { entries: [], wage: { basis: 'monthly', amount: '' }, arrangement: arrangementDefaults };

function readArrangement(value: unknown): Arrangement {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const arrangement = { ...arrangementDefaults };
  for (const key of Object.keys(arrangement) as (keyof Arrangement)[]) {
    const field = stored[key];
    if (typeof field === 'string') arrangement[key] = field.slice(0, 20);
  }
  return arrangement;
}

export function loadLog(): HoursLog {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<HoursLog> | null;
    if (!parsed || typeof parsed !== 'object') return empty;
    const entries = Array.isArray(parsed.entries) ? parsed.entries.filter(isLogEntry) : [];
    const wage = parsed.wage && (parsed.wage.basis === 'hourly' || parsed.wage.basis === 'monthly') && typeof parsed.wage.amount === 'string' ? parsed.wage : empty.wage;
    return { entries, wage, arrangement: readArrangement(parsed.arrangement) };
  } catch {
    return empty;
  }
}

/** The log and its setters; every change is written to the device at once. */
export function useHoursLog() {
  const [log, setLog] = useState<HoursLog>(loadLog);
  const [isSaved, setSaved] = useState(true);
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(log));
      setSaved(true);
    } catch {
      setSaved(false); // storage full or blocked: the page says so
    }
  }, [log]);
  // Another tab changed the log: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey) setLog(loadLog());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const saveEntry = useCallback((entry: LogEntry) => {
    setLog((current) => {
      const others = current.entries.filter((item) => item.id !== entry.id);
      return { ...current, entries: [...others, entry] };
    });
  }, []);
  const removeEntry = useCallback((id: string) => setLog((current) => ({ ...current, entries: current.entries.filter((item) => item.id !== id) })), []);
  const setWage = useCallback((wage: WageSetting) => setLog((current) => ({ ...current, wage })), []);
  const setArrangement = useCallback((name: string, value: string) => setLog((current) => ({ ...current, arrangement: { ...current.arrangement, [name]: value } })), []);
  return { log, isSaved, saveEntry, removeEntry, setWage, setArrangement };
}
