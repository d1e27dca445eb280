package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/partnermatch/partnermatch/match"
	"github.com/partnermatch/partnermatch/server"
)

const serveAbout = `Serves the JSON HTTP API (docs/HTTP-API.md; GET /v1/openapi.json) over the
index at DIR until SIGINT or SIGTERM, then stops accepting connections,
finishes the requests in flight within --shutdown-timeout and closes the index.

Writes (PUT, DELETE, POST /v1/import) need "Authorization: Bearer TOKEN" with
the token of the environment variable PARTNERMATCH_TOKEN or of --token-file
(which wins when both are set). With neither, serve refuses to start unless
--insecure-open-writes is given. Reads are open unless --read-token is set.
Sizes take a unit: 512KiB, 1MiB, 64MiB (or plain bytes).`

// serveConfig is what the flags of serve say.
type serveConfig struct {
	index, addr        string
	create             bool
	tokenFile          string
	readToken          string
	insecureOpenWrites bool
	cfg                server.Config
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "--index DIR [--addr HOST:PORT] [flags]", serveAbout, stderr)
	var sc serveConfig
	fs.StringVar(&sc.index, "index", "", "index directory (required)")
	fs.BoolVar(&sc.create, "create", false, "create an empty index at --index when there is none")
	fs.StringVar(&sc.addr, "addr", "127.0.0.1:8080", "address to listen on; port 0 picks a free one")
	fs.StringVar(&sc.tokenFile, "token-file", "", "file holding the write token (default: $PARTNERMATCH_TOKEN)")
	fs.StringVar(&sc.readToken, "read-token", "", "token that reads need: @FILE reads it from FILE (preferred: a value is visible in ps); default: $PARTNERMATCH_READ_TOKEN, or reads are open")
	fs.BoolVar(&sc.insecureOpenWrites, "insecure-open-writes", false, "let anyone write when no write token is configured")
	maxBody, maxImport := byteSize(server.DefaultMaxBody), byteSize(server.DefaultMaxImportBody)
	fs.Var(&maxBody, "max-body", "largest body of one organization (PUT, POST /v1/suggestions)")
	fs.Var(&maxImport, "max-import-body", "largest body of POST /v1/import")
	c := &sc.cfg
	fs.DurationVar(&c.RequestTimeout, "request-timeout", server.DefaultRequestTimeout, "bound on the work of one request but an import")
	fs.DurationVar(&c.ImportTimeout, "import-timeout", server.DefaultImportTimeout, "bound on one import, its upload included")
	fs.DurationVar(&c.ReadHeaderTimeout, "read-header-timeout", server.DefaultReadHeaderTimeout, "time to read a request's headers")
	fs.DurationVar(&c.ReadTimeout, "read-timeout", server.DefaultReadTimeout, "time to read a whole request (imports get --import-timeout)")
	fs.DurationVar(&c.WriteTimeout, "write-timeout", server.DefaultWriteTimeout, "time to answer a request (imports get --import-timeout)")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", server.DefaultIdleTimeout, "how long an idle keep-alive connection stays open")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", server.DefaultShutdownTimeout, "on SIGINT or SIGTERM, how long requests in flight may take to finish")
	rest, code, done := parse(fs, args, stdout)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(fs, "takes no arguments (got %q)", rest)
	}
	if sc.index == "" {
		return usageError(fs, "--index is required")
	}
	c.MaxBody, c.MaxImportBody = int64(maxBody), int64(maxImport)
	for _, d := range []struct {
		flag string
		v    time.Duration
	}{{"request-timeout", c.RequestTimeout}, {"import-timeout", c.ImportTimeout}, {"read-header-timeout", c.ReadHeaderTimeout},
		{"read-timeout", c.ReadTimeout}, {"write-timeout", c.WriteTimeout}, {"idle-timeout", c.IdleTimeout}, {"shutdown-timeout", c.ShutdownTimeout}} {
		if d.v <= 0 {
			return usageError(fs, "--%s %s must be positive", d.flag, d.v)
		}
	}
	if err := sc.loadTokens(); err != nil {
		return usageError(fs, "%v", err)
	}
	if c.WriteToken == "" && !sc.insecureOpenWrites {
		return usageError(fs, "no write token: set PARTNERMATCH_TOKEN or --token-file, or give --insecure-open-writes to let anyone write")
	}
	c.InsecureOpenWrites = sc.insecureOpenWrites
	c.Version = version()
	c.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	return serve(sc, stdout)
}

func serve(sc serveConfig, stdout io.Writer) int {
	log := sc.cfg.Logger
	fail := func(err error) int {
		log.Error("partnermatch serve: " + err.Error())
		return exitSome
	}
	if _, err := os.Stat(sc.index + "/index_meta.json"); err != nil && !sc.create {
		return fail(fmt.Errorf("%s is not a partnermatch index (give --create to start an empty one, or run 'partnermatch import --index %s FILE')", sc.index, sc.index))
	}
	eng, err := match.Open(sc.index)
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err := eng.Close(); err != nil {
			log.Error("closing the index", "err", err)
			return
		}
		log.Info("index closed", "index", sc.index)
	}()
	sc.cfg.Engine = eng
	srv, err := server.New(sc.cfg)
	if err != nil {
		return fail(err)
	}
	if sc.cfg.WriteToken == "" {
		log.Warn("writes are open to anyone (--insecure-open-writes)")
	}
	ln, err := net.Listen("tcp", sc.addr)
	if err != nil {
		return fail(err)
	}
	n, _ := eng.Count()
	log.Info("serving", "addr", ln.Addr().String(), "index", sc.index, "organizations", n, "version", sc.cfg.Version)
	fmt.Fprintf(stdout, "partnermatch serve: listening on http://%s\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := srv.Serve(ctx, ln); err != nil {
		return fail(err)
	}
	log.Info("stopped: requests in flight finished")
	return exitOK
}

// loadTokens reads the write token (--token-file, else $PARTNERMATCH_TOKEN)
// and the read token (--read-token VALUE or @FILE, else
// $PARTNERMATCH_READ_TOKEN).
func (sc *serveConfig) loadTokens() error {
	var err error
	sc.cfg.WriteToken = os.Getenv("PARTNERMATCH_TOKEN")
	if sc.tokenFile != "" {
		if sc.cfg.WriteToken, err = readTokenFile("--token-file", sc.tokenFile); err != nil {
			return err
		}
	}
	sc.cfg.ReadToken = os.Getenv("PARTNERMATCH_READ_TOKEN")
	if file, ok := strings.CutPrefix(sc.readToken, "@"); ok {
		if sc.cfg.ReadToken, err = readTokenFile("--read-token", file); err != nil {
			return err
		}
	} else if sc.readToken != "" {
		sc.cfg.ReadToken = sc.readToken
	}
	for name, t := range map[string]string{"write": sc.cfg.WriteToken, "read": sc.cfg.ReadToken} {
		if t != strings.TrimSpace(t) || strings.ContainsAny(t, " \t\r\n") {
			return fmt.Errorf("the %s token contains white space", name)
		}
	}
	if sc.cfg.ReadToken != "" && sc.cfg.ReadToken == sc.cfg.WriteToken {
		return errors.New("the read token is the write token: readers could write")
	}
	return nil
}

func readTokenFile(flagName, path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s: %v", flagName, err)
	}
	t := strings.TrimSpace(string(b))
	if t == "" {
		return "", fmt.Errorf("%s: %s is empty", flagName, path)
	}
	return t, nil
}

// version names the build: the module version, or the VCS revision of a
// development build.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += "+dirty"
		}
	}
	return v
}

// byteSize is a flag of a number of bytes with an optional unit: B, KB,
// KiB, MB, MiB, GB, GiB (KB and KiB both mean 1024).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	units := []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"GB", 1 << 30}, {"MiB", 1 << 20}, {"MB", 1 << 20}, {"KiB", 1 << 10}, {"KB", 1 << 10}, {"B", 1}}
	num, mult := strings.TrimSpace(s), int64(1)
	for _, u := range units {
		if n, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(n), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<50)/mult {
		return fmt.Errorf("%q is not a size (such as 1048576, 512KiB, 64MiB)", s)
	}
	*b = byteSize(n * mult)
	return nil
}
