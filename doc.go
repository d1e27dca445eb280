// Package partnermatch is the domain language of partnermatch: the
// organization profiles that community organizations publish (mission,
// values, goals, what they offer, what they need, where they are), the
// suggestions the engine makes from them, and the errors that name what is
// wrong with bad input.
//
// Profiles travel as JSON Lines in the interchange format described in
// DATA-FORMAT.md. [NewReader] reads such a file one line at a time and
// refuses bad lines with messages that name the file, the line and the field;
// [WriteDirectory] writes profiles back out so that reading them again gives
// the same profiles.
//
// The engine that ranks partners lives in package match; the scoring model in
// package scoring; storage in package index; the HTTP API in package server.
// This package depends on none of them.
package partnermatch
