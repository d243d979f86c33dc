// Package yamlstrict decodes one YAML document into Go structs strictly:
// every key must name a field (by its yaml tag) and appear once, every
// value must fit its field's type, aliases and further documents are
// refused, and every problem is kept with its file:line:col instead of
// stopping at the first. yaml.v3's own decoding ignores unknown keys and
// later documents without a word, which lets a misspelt setting or rule
// silently take its default.
//
// Problems are structured (Kind, Path, Key, Want, Found, Known) so each
// caller words them in its own voice; Problem.Message is a neutral
// wording. It is a leaf: the standard library and yaml.v3 only, so the
// pure classifier may use it.
package yamlstrict
