/**
 * The shape of a language's messages and what the type system reads from them: a message's
 * `{name}` placeholders become the parameters `t` requires, and a translation must use exactly
 * the placeholders of the Vietnamese message it translates.
 */

/** One form per `Intl.PluralRules` category the language has, chosen by the `count` parameter. */
export type PluralMessage = { readonly other: string } & {
  readonly [Form in Exclude<Intl.LDMLPluralRule, 'other'>]?: string
}

export type Message = string | PluralMessage

export type Catalog = { readonly [key: string]: Message }

type PlaceholdersIn<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never

/** The parameter names a message needs: its placeholders, and `count` for a plural message. */
export type Placeholders<M> = M extends string
  ? PlaceholdersIn<M>
  : M extends PluralMessage
    ? 'count' | PlaceholdersIn<M[keyof M]>
    : never

type Value<M, Name> = Name extends 'count'
  ? M extends PluralMessage
    ? number
    : string | number
  : string | number

export type Params<M> = { readonly [Name in Placeholders<M>]: Value<M, Name> }

/** `t(key)` for a message without placeholders, `t(key, params)` with exactly its parameters otherwise. */
export type ParamsArgs<M> = [Placeholders<M>] extends [never] ? [] : [params: Params<M>]

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** What each translated message must be: the same kind (text or plural) with the same placeholders. */
export type Translation<Source extends Catalog, Target> = {
  readonly [Key in keyof Source]: Key extends keyof Target
    ? Same<Placeholders<Source[Key]>, Placeholders<Target[Key]>> extends true
      ? Source[Key] extends string
        ? string
        : PluralMessage
      : { readonly placeholdersMustBe: Placeholders<Source[Key]> }
    : Source[Key]
}

/** Checks a translation against its Vietnamese source: every key, no other key, same placeholders. */
export function translationOf<Source extends Catalog>() {
  return <const Target extends Translation<Source, Target>>(
    messages: Target & { readonly [Extra in Exclude<keyof Target, keyof Source>]: never },
  ): Target => messages
}
