/**
 * A photo taken at a visit, made ready to keep on the device and to send: JPEG, PNG and WebP are taken;
 * anything larger than `scaleAbove` is drawn again at most `maxSide` pixels wide or high as a JPEG, so a
 * tablet photo of several MB syncs over a poor network. The server reads the type from the bytes again.
 */
import type { FieldPhoto } from './field-store.ts';

const accepted = new Set(['image/jpeg', 'image/png', 'image/webp']);
const scaleAbove = 1024 * 1024;
const maxSide = 1600;
/** The server's limit (migrant-workers.field.ts, maxPhotoBytes). */
export const maxPhotoBytes = 2 * 1024 * 1024;
export const maxPhotos = 6;
export const acceptedPhotoTypes = [...accepted].join(',');

async function scaled(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const ratio = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * ratio);
  canvas.height = Math.round(bitmap.height * ratio);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the photo could not be drawn'))), 'image/jpeg', 0.85));
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export type PhotoProblem = 'type' | 'too_large';

/** The photo ready to store, or why it is refused. */
export async function readPhoto(file: File): Promise<{ photo: FieldPhoto } | { problem: PhotoProblem }> {
  if (!accepted.has(file.type)) return { problem: 'type' };
  const blob = file.size > scaleAbove ? await scaled(file) : file;
  if (blob.size > maxPhotoBytes) return { problem: 'too_large' };
  return { photo: { clientId: crypto.randomUUID(), mediaType: blob.type || file.type, data: toBase64(new Uint8Array(await blob.arrayBuffer())) } };
}
