/** The QR code of the referral card (推介卡): an SVG of the answer link, made on the server (no web bundle cost). */
import QRCode from 'qrcode';

export async function referralCardSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
