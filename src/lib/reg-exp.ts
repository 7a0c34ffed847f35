/** Text to be matched as written inside a pattern: every character a pattern gives a meaning to is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
}
