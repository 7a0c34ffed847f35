import { relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { vi } from './languages.ts'

const root = new URL('../../..', import.meta.url).pathname
const isTest = (file: string) => /\.test\.tsx?$/u.test(file)
const isCatalog = (file: string) => /^src\/lib\/messages(\.ts|\/)/u.test(relative(root, file))

/**
 * Every key the app's code names where a message key is expected: `t('key')`, and the literals of key
 * tables (`fieldKeys`, `roleKeys`…) whose type is a message key. The type checker tells them apart from
 * the same word used otherwise ('author' as a view name is not the key `author`).
 */
function keysUsedInSource(): Set<string> {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )
  if (!config) throw new Error('tsconfig.json could not be read')
  const files = config.fileNames.filter((file) => relative(root, file).startsWith('src/') && !isTest(file))
  const program = ts.createProgram(files, config.options)
  const checker = program.getTypeChecker()
  const messagesFile = program.getSourceFile(`${root}src/lib/messages.ts`)
  const keyAlias =
    messagesFile &&
    checker.getSymbolAtLocation(messagesFile)?.exports?.get(ts.escapeLeadingUnderscores('MessageKey'))
  if (!keyAlias) throw new Error('src/lib/messages.ts exports no MessageKey')
  const keyType = checker.getDeclaredTypeOfSymbol(keyAlias)
  const used = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // An optional key field (`labelKey?: PlainMessageKey`) expects `key | undefined`: the key is what counts.
      const expected = checker.getContextualType(node)
      const wanted = expected && checker.getNonNullableType(expected)
      // Or a key among other kinds of value (`label: Localized | PlainMessageKey`): the texts it may be are keys.
      const texts = wanted?.isUnion()
        ? wanted.types.filter((member) => member.flags & ts.TypeFlags.StringLiteral)
        : []
      if (
        wanted &&
        (checker.isTypeAssignableTo(wanted, keyType) ||
          (texts.length > 0 && texts.every((member) => checker.isTypeAssignableTo(member, keyType))))
      )
        used.add(node.text)
    }
    ts.forEachChild(node, visit)
  }
  for (const file of program.getSourceFiles()) {
    if (files.includes(file.fileName) && !isCatalog(file.fileName)) visit(file)
  }
  return used
}

describe('message keys', () => {
  const used = keysUsedInSource()

  it('are each used by the app (tests do not count)', () => {
    expect(Object.keys(vi).filter((key) => !used.has(key))).toEqual([])
  })

  it('are found through tables of keys as well as in calls', () => {
    expect(used).toContain('fieldDefence')
    expect(used).toContain('makerRoleFact')
    expect(used).toContain('sectionResults')
  })
})
