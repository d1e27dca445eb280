package main

import (
	"fmt"
	"io"
)

// runServe is replaced by the HTTP server (issue 5).
func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "partnermatch serve: not built yet")
	return exitUsage
}
