// Package eval scores a model on a held-out chat dataset and decides whether a candidate may be promoted.
//
// Metrics are computed on the model's answer against the reference (the last assistant message of each
// eval example): chrF (character n-gram F-score, the sacreBLEU default: n-grams up to 6, beta 2,
// whitespace removed) and a SQuAD-style token F1. Both work on runes, so Russian and English texts score
// alike. Scores are on a 0–100 scale, as sacreBLEU reports them.
//
// Evaluate runs a Generator (an Ollama-backed one is provided) over the examples with greedy decoding
// and returns a Report; Compare applies a Gate to candidate, base and production reports.
//
// Reports hold scores and counts only, never prompt or answer texts, so they can be stored in the
// registry and shown to auditors.
package eval
