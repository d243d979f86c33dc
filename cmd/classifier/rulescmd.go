package main

import (
	"fmt"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/classifier/ruletest"
)

func cmdLint(env *cliEnv, args []string) error {
	fs := newFlags("rules lint", "rules lint [--config FILE] [DIR]", env)
	config := fs.String("config", "", "service config file (default: built in); its regions are checked against the rules")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageErr("rules lint takes at most one directory")
	}
	dir := fs.Arg(0)
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	set, ps := rules.Load(rulesFS(dir))
	ps = append(ps, rules.Check(set, classifier.Env(cfg.ClassifierConfig(nil)))...)
	printProblems(env.stdout, ps, rulesLabel(dir))
	errs, warns := len(ps.Errors()), len(ps)-len(ps.Errors())
	if errs == 0 {
		// Compiling catches what only shows when the pieces meet.
		if _, err := classifier.Compile(set, cfg.ClassifierConfig(nil)); err != nil {
			fmt.Fprintln(env.stdout, err)
			errs++
		}
	}
	fmt.Fprintf(env.stdout, "%d pack(s), %d categories, %d error(s), %d warning(s); ruleset %s\n", len(set.Packs), len(set.Taxonomy.Categories), errs, warns, set.Version)
	if errs > 0 {
		return &exitError{2, fmt.Errorf("rules lint: %d error(s)", errs)}
	}
	return nil
}

func cmdRulesTest(env *cliEnv, args []string) error {
	fs := newFlags("rules test", "rules test [--config FILE] [-update] [-run SUBSTR] [DIR]", env)
	config := fs.String("config", "", "service config file (default: built in)")
	update := fs.Bool("update", false, "rewrite each case's expectations with what the rules decide now")
	run := fs.String("run", "", "only cases whose file or name contains this")
	verbose := fs.Bool("v", false, "print passing cases too")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := fs.Arg(0)
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	suite, ps, err := ruletest.Load(rulesFS(dir), cfg.ClassifierConfig)
	if errs := ps.Errors(); len(errs) > 0 {
		printProblems(env.stderr, errs, rulesLabel(dir))
		return usageErr("rules do not load: %d error(s)", len(errs))
	}
	if err != nil {
		return usageErr("%w", err)
	}
	res := suite.Run(ruletest.Options{Filter: *run, Update: *update, Dir: dir})
	for _, r := range res.Lines {
		if r.OK && !*verbose {
			continue
		}
		fmt.Fprintln(env.stdout, r.Text)
	}
	if *update && res.Rewritten > 0 {
		fmt.Fprintf(env.stdout, "updated %d file(s)\n", res.Rewritten)
	}
	fmt.Fprintf(env.stdout, "%d passed, %d failed\n", res.Pass, res.Fail)
	if res.Fail > 0 && !*update {
		return workErr(fmt.Errorf("rules test: %d case(s) failed", res.Fail))
	}
	return nil
}

func cmdRulesDiff(env *cliEnv, args []string) error {
	fs := newFlags("rules diff", "rules diff --from DIR --to DIR [--config FILE] EVENTS.jsonl", env)
	from := fs.String("from", "", "the rules in force (directory)")
	to := fs.String("to", "", "the candidate rules (directory)")
	config := fs.String("config", "", "service config file (default: built in)")
	examples := fs.Int("examples", 5, "changed fields to list per kind of change")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usageErr("rules diff needs --from and --to")
	}
	cfg, err := loadConfig(*config, env)
	if err != nil {
		return err
	}
	key := []byte(ruletest.TestKey)
	load := func(dir string) (*classifier.Ruleset, error) {
		rs, ps, err := classifier.LoadFS(rulesFS(dir), cfg.ClassifierConfig(key))
		if err != nil {
			printProblems(env.stderr, ps.Errors(), rulesLabel(dir))
			return nil, usageErr("rules in %s do not load", dir)
		}
		return rs, nil
	}
	a, err := load(*from)
	if err != nil {
		return err
	}
	b, err := load(*to)
	if err != nil {
		return err
	}
	in, name, closeIn, err := openInput(fs.Args(), env)
	if err != nil {
		return err
	}
	defer closeIn()
	sum := newDiffSummary()
	prog := newProgress(env, in, "diffing "+name)
	err = eachLine(prog.reader(), func(n int, line []byte) error {
		input := classifier.Input{Value: line, Source: fmt.Sprintf("%s:%d", name, n), IDFromValue: true}
		sum.add(a.Classify(input), b.Classify(input))
		return nil
	})
	prog.done()
	if err != nil {
		return err
	}
	sum.print(env.stdout, a.Version(), b.Version(), *examples)
	return nil
}

type diffSummary struct {
	events, changed int
	byCountry       map[string]*countryDiff
}

type countryDiff struct {
	events                        int
	changedEvents                 int
	categoryChanges, personalFlip int
	sensitiveFlip                 int
	routesAdded, routesRemoved    map[string]int
	examples                      map[string][]string
	errorChanges                  int
}
