package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

type cliEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// commonFlags are the flags every offline command takes.
type commonFlags struct {
	rules  string
	config string
	now    string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.rules, "rules", "", "rules directory (default: the rules built into the binary)")
	fs.StringVar(&c.config, "config", "", "service config file (default: the built-in configs/classifier.yaml)")
	fs.StringVar(&c.now, "now", "", "judge events at this RFC 3339 time when they carry no timestamp (default: now)")
}

func newFlags(name, synopsis string, env *cliEnv) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "Usage: classifier %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &exitError{0, errors.New("")}
		}
		return &exitError{2, errors.New("")}
	}
	return nil
}

// loadConfig reads the service config and applies the environment.
func loadConfig(path string, env *cliEnv) (*settings.Config, error) {
	cfg, err := settings.Load(path, env.getenv)
	var ps settings.Problems
	switch {
	case errors.As(err, &ps):
		return nil, usageErr("config:\n%w", err)
	case err != nil:
		return nil, usageErr("%w", err)
	}
	return cfg, nil
}

func rulesFS(dir string) fs.FS {
	if dir == "" {
		return configs.Rules()
	}
	return os.DirFS(dir)
}

// loadRuleset loads config and rules, printing rule problems to stderr.
func loadRuleset(c commonFlags, env *cliEnv, quiet bool) (*classifier.Ruleset, *settings.Config, error) {
	cfg, err := loadConfig(c.config, env)
	if err != nil {
		return nil, nil, err
	}
	key, err := cfg.Key(env.getenv)
	if err != nil {
		return nil, nil, usageErr("%w", err)
	}
	if len(key) == 0 && !quiet {
		fmt.Fprintln(env.stderr, "classifier: warning: no pseudonymization key (CLASSIFIER_PSEUDONYM_KEY): routes that need one go to quarantine")
	}
	rs, ps, err := classifier.LoadFS(rulesFS(c.rules), cfg.ClassifierConfig(key))
	if err != nil {
		var probs rules.Problems
		if errors.As(err, &probs) {
			printProblems(env.stderr, ps, rulesLabel(c.rules))
			return nil, nil, usageErr("rules do not load: %d error(s)", len(ps.Errors()))
		}
		return nil, nil, usageErr("%w", err)
	}
	return rs, cfg, nil
}

func rulesLabel(dir string) string {
	if dir == "" {
		return "configs/"
	}
	return dir + "/"
}

func printProblems(w io.Writer, ps rules.Problems, prefix string) {
	for _, p := range ps {
		p.Pos.File = prefix + p.Pos.File
		fmt.Fprintln(w, p.String())
	}
}

func parseNow(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return t, usageErr("--now: %w", err)
	}
	return t, nil
}

// offline is what classify and explain work with.
type offline struct {
	rs    *classifier.Ruleset
	now   time.Time
	in    io.Reader
	name  string
	close func()
}

// openOffline loads the rules and opens the input of an offline command.
func openOffline(c commonFlags, env *cliEnv, args []string, quiet bool) (*offline, error) {
	now, err := parseNow(c.now)
	if err != nil {
		return nil, err
	}
	rs, _, err := loadRuleset(c, env, quiet)
	if err != nil {
		return nil, err
	}
	in, name, closeIn, err := openInput(args, env)
	if err != nil {
		return nil, err
	}
	return &offline{rs: rs, now: now, in: in, name: name, close: closeIn}, nil
}

// openInput opens FILE, or standard input for "-" or nothing.
func openInput(args []string, env *cliEnv) (io.Reader, string, func(), error) {
	if len(args) > 1 {
		return nil, "", nil, usageErr("want at most one input file, got %d", len(args))
	}
	if len(args) == 0 || args[0] == "-" {
		return env.stdin, "stdin", func() {}, nil
	}
	if a := strings.TrimSpace(args[0]); strings.HasPrefix(a, "{") || strings.HasPrefix(a, "[") {
		// The event itself rather than its file's name (explain
		// '{"email": …}'): read as given. An error must not quote it,
		// since it is an event's values.
		return strings.NewReader(a), "argument", func() {}, nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, "", nil, usageErr("%w", err)
	}
	return f, args[0], func() { f.Close() }, nil
}

// eachLine calls fn for every non-blank line. Lines may be as long as an
// event may be (and longer: those are quarantined as too large, not cut).
// The line passed to fn is valid only until fn returns.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var long []byte // a line longer than the reader's buffer, assembled
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if len(line) > 0 {
			line = bytes.TrimRight(line, "\r\n")
			if len(bytes.TrimSpace(line)) > 0 {
				if ferr := fn(n, line); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return workErr(fmt.Errorf("read input: %w", err))
		}
	}
}
