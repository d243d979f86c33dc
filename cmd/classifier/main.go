// Command classifier is the signup residency classifier: the stream
// service (run) and the offline tools data engineers use on files
// (classify, explain, profile, rules lint|test|diff).
//
// Exit status: 0 on success, 1 when the work fails (a failing rule test,
// an unreachable broker), 2 on bad usage or bad config.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const usage = `classifier: keeps personal data of signups in the countries whose laws require it.

Usage:
  classifier run       [--brokers LIST] [--config FILE] [--rules DIR] [--demo] ...   the stream service
  classifier classify  [--rules DIR] [--records] [FILE|-]                           decisions for JSON lines
  classifier explain   [--rules DIR] EVENT|-                                        a readable table for one event
  classifier profile  [--format text|yaml] [FILE|- | --brokers LIST --topic T --sample N]  every path: count, shapes, classification
  classifier audit expand [--templates FILE]... [--brokers LIST] [AUDIT.jsonl|-]     full decisions from compact audit records
  classifier rules lint [DIR]                                                       check rule files
  classifier rules test [DIR] [-update]                                             run rule test cases
  classifier rules diff --from DIR --to DIR EVENTS.jsonl                            what a rule change changes
  classifier version

Run "classifier COMMAND --help" for a command's flags.
`

// exitError carries an exit status through the commands.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func usageErr(format string, args ...any) error {
	return &exitError{2, fmt.Errorf(format, args...)}
}

func workErr(err error) error { return &exitError{1, err} }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := dispatch(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	code := 1
	if e, ok := err.(*exitError); ok {
		code = e.code
	}
	if err.Error() != "" {
		fmt.Fprintln(stderr, "classifier:", err)
	}
	return code
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageErr("no command")
	}
	env := &cliEnv{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	switch args[0] {
	case "run":
		return cmdRun(ctx, env, args[1:])
	case "classify":
		return cmdClassify(env, args[1:])
	case "explain":
		return cmdExplain(env, args[1:])
	case "profile":
		return cmdProfile(ctx, env, args[1:])
	case "audit":
		return cmdAudit(ctx, env, args[1:])
	case "rules":
		if len(args) < 2 {
			return usageErr("rules: want lint, test or diff")
		}
		switch args[1] {
		case "lint":
			return cmdLint(env, args[2:])
		case "test":
			return cmdRulesTest(env, args[2:])
		case "diff":
			return cmdRulesDiff(env, args[2:])
		}
		return usageErr("rules: unknown subcommand %q (want lint, test or diff)", args[1])
	case "version", "--version":
		fmt.Fprintln(stdout, "classifier", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageErr("unknown command %q", args[0])
}
