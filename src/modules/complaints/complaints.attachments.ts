/**
 * Evidence a complainant attaches: photos (JPEG, PNG, WebP), PDF documents, and the hours log the
 * labor-rights app exports (CSV or JSON). The type is read from the bytes, never taken from the name
 * or the declared MIME type alone: a program renamed `.pdf` is refused.
 */
import { createHash } from 'node:crypto';

export const maxAttachments = 3;
export const maxBinaryBytes = 5 * 1024 * 1024;
export const maxTextBytes = 1024 * 1024;

export type AttachmentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | 'text/csv' | 'application/json';

const extensions: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/json': 'json',
};

export type CheckedAttachment = {
  /** `evidence-1.pdf`: the uploaded name is dropped, because it often carries the uploader's own name. */
  fileName: string;
  mediaType: AttachmentType;
  bytes: Uint8Array;
  sha256: string;
};

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The binary formats we accept, recognised by their magic numbers. */
export function sniffBinaryType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

/** UTF-8 text (a BOM allowed) without control characters other than tab and line breaks. */
function readText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

const genericTypes = new Set(['', 'application/octet-stream']);
const csvTypes = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel']);

function declaredMatches(declared: string, actual: AttachmentType): boolean {
  if (genericTypes.has(declared) || declared === actual) return true;
  return actual === 'image/jpeg' && (declared === 'image/jpg' || declared === 'image/pjpeg');
}

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

/**
 * Checks one upload. Returns the stored form, or the i18n key of the reason (with its parameters).
 */
export function checkAttachment(
  file: UploadedFile,
): { ok: true; attachment: Omit<CheckedAttachment, 'fileName'> } | { ok: false; message: string; params?: Record<string, number> } {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const binary = sniffBinaryType(file.bytes);
  let mediaType: AttachmentType | undefined;
  if (binary) {
    if (!declaredMatches(declared, binary)) return { ok: false, message: 'validation.attachment_type' };
    if (file.bytes.length > maxBinaryBytes) {
      return { ok: false, message: 'validation.attachment_too_large', params: { maxMb: maxBinaryBytes / 1024 / 1024 } };
    }
    mediaType = binary;
  } else {
    const wantsCsv = csvTypes.has(declared) || ((genericTypes.has(declared) || declared === 'text/plain') && extension === 'csv');
    const wantsJson = declared === 'application/json' || (genericTypes.has(declared) && extension === 'json');
    if (!wantsCsv && !wantsJson) return { ok: false, message: 'validation.attachment_type' };
    if (file.bytes.length > maxTextBytes) {
      return { ok: false, message: 'validation.attachment_too_large', params: { maxMb: maxTextBytes / 1024 / 1024 } };
    }
    const text = file.bytes.length > 0 ? readText(file.bytes) : undefined;
    if (text === undefined || text.trim() === '') return { ok: false, message: 'validation.attachment_type' };
    if (wantsJson) {
      try {
        JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        return { ok: false, message: 'validation.attachment_type' };
      }
    }
    mediaType = wantsJson ? 'application/json' : 'text/csv';
  }
  return {
    ok: true,
    attachment: { mediaType, bytes: file.bytes, sha256: createHash('sha256').update(file.bytes).digest('hex') },
  };
}

/** A refused upload: the field, and the i18n key of the reason with its parameters. */
export type AttachmentIssue = { field: string; message: string; params?: Record<string, number> };

/** Checks every upload; issues name `attachments.<index>`. */
export function checkAttachments(files: UploadedFile[]): { attachments: CheckedAttachment[]; issues: AttachmentIssue[] } {
  const issues: AttachmentIssue[] = [];
  const attachments: CheckedAttachment[] = [];
  if (files.length > maxAttachments) {
    issues.push({ field: 'attachments', message: 'validation.attachment_count', params: { max: maxAttachments } });
    return { attachments, issues };
  }
  files.forEach((file, index) => {
    const checked = checkAttachment(file);
    if (checked.ok) {
      attachments.push({ ...checked.attachment, fileName: `evidence-${index + 1}.${extensions[checked.attachment.mediaType]}` });
    } else {
      issues.push({ field: `attachments.${index}`, message: checked.message, ...(checked.params ? { params: checked.params } : {}) });
    }
  });
  return { attachments, issues };
}
