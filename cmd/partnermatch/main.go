// Command partnermatch imports directories of community organizations and
// suggests, for any one of them, the local partners with whom a partnership
// would be mutually beneficial, and why.
//
//	partnermatch demo
//	partnermatch import --index DIR FILE...
//	partnermatch suggest --index DIR [--limit N] --json ID...
//	partnermatch eval --index DIR QUERIES.jsonl
//	partnermatch export --index DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit codes shared by every command (DATA-FORMAT.md).
const (
	exitOK    = 0
	exitSome  = 1 // some input refused, an unknown id, a failed check
	exitUsage = 2
)

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"demo", "run the main job on the embedded example town, leaving no files", runDemo},
		{"import", "import directory files (JSON Lines) into an index", runImport},
		{"suggest", "suggest partners for organizations of an index", runSuggest},
		{"explain", "explain one pair: why B is or is not suggested to A", runExplain},
		{"feedback", "record what an organization made of a suggestion", runFeedback},
		{"mou", "draft a memorandum of understanding for one pair", runMOU},
		{"eval", "measure suggestion quality against judged queries", runEval},
		{"export", "write an index back out as JSON Lines", runExport},
		{"serve", "serve the JSON HTTP API over an index", runServe},
	}
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "partnermatch: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "partnermatch suggests local partners to community organizations.")
	fmt.Fprintln(w, "\nUsage: partnermatch COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'partnermatch COMMAND --help' for a command's flags.")
}

// newFlags returns a FlagSet whose usage names the command and its
// arguments; errors are reported, not fatal.
func newFlags(name, args, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: partnermatch %s %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before, between or after positional
// arguments, and returns the positional ones. It returns done=true with the
// exit code when parsing ended the command (help or a usage error).
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (rest []string, code int, done bool) {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, true
		}
		if a == "--" {
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, true
			}
			return nil, exitUsage, true
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, 0, false
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func usageError(fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(fs.Output(), "partnermatch %s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.Usage()
	return exitUsage
}
