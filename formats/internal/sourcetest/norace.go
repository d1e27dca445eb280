//go:build !race

package sourcetest

const raceScale = 1
