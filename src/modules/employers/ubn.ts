/**
 * 統一編號 (Unified Business Number): eight digits, weights 1,2,1,2,1,2,4,1, digits of each product
 * summed. Since 2023-04 the Ministry of Finance accepts a sum divisible by 5 (it was 10); when the 7th
 * digit is 7 its product 28 may count as 10 or as 1, so the sum plus one also passes.
 * Source: shared/research/data-formats.md §4.3.
 */
const weights = [1, 2, 1, 2, 1, 2, 4, 1];

export function isUnifiedBusinessNumber(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index += 1) {
    const product = Number(value[index]) * (weights[index] ?? 0);
    sum += Math.floor(product / 10) + (product % 10);
  }
  if (sum % 5 === 0) return true;
  return value[6] === '7' && (sum + 1) % 5 === 0;
}
