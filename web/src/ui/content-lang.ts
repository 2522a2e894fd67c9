/**
 * The language of a piece of content the bureau's staff or an employer typed (a vacancy's title, a venue,
 * a project's name): Chinese when it is written in Han characters only, so that a screen reader on a
 * Vietnamese or Thai page reads it with a Chinese voice (issue 15 §2). Text with letters of another script
 * is left to the page's language. Use as `lang={contentLang(text)}`.
 */
export function contentLang(text: string | null | undefined): 'zh-Hant-TW' | undefined {
  if (!text || !/\p{Script=Han}/u.test(text)) return undefined;
  return /\p{L}/u.test(text.replace(/\p{Script=Han}/gu, '')) ? undefined : 'zh-Hant-TW';
}
