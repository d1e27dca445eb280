// Package scoring holds the matching model of partnermatch as pure functions
// of profiles: language-aware text analysis, the concept lexicon that lets a
// need meet an offer written in other words or another language,
// complementarity (needs met by offers, both ways), alignment of goals and
// values, proximity against both service radii, the combination into one
// score, and the sentences that explain it.
//
// Nothing here does I/O: the lexicon is compiled in, and every weight and
// threshold is in weights.go with the reason for its value.
package scoring
