//go:build race

package sourcetest

// raceScale shrinks large generated inputs under the race detector, which
// slows reading twenty-fold; the memory checks hold at any size.
const raceScale = 10
