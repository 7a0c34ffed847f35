/**
 * "Tỷ đồng" → "tỷ đồng", "Công nghiệp" → "công nghiệp"; "USD", "GRDP" as they are: a capital that only opens a cell
 * or a name is read as the word's own.
 */
export const uncapitalised = (words: string) =>
  /^\p{Lu}\p{Ll}/u.test(words) ? `${words.charAt(0).toLocaleLowerCase('vi')}${words.slice(1)}` : words
