/**
 * Characters XML 1.0 cannot hold at all: controls other than tab and line ends, a half of a UTF-16 pair alone,
 * and U+FFFE / U+FFFF. The dataset refuses them at its boundary; a file is written valid even so.
 */
const notXml = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]|\p{Cs}/gu

/**
 * Text as XML content or an attribute's value: the one way every text goes into the parts of a .pptx written
 * here (a publisher named "Sở Kế hoạch & Đầu tư" would otherwise end the file for LibreOffice).
 */
export function escapeXml(text: string): string {
  return text
    .replace(notXml, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
}
