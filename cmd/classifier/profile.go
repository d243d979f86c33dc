package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/segmentio/kafka-go"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/settings"
)

// cmdProfile reports, for data engineers extending the rules, every path
// of a sample of events with its count, the shapes of its values, how the
// rules classify it, and rule entries for what fell to the default. It
// never prints a value: shapes are words (string:email, number, ...).
func cmdProfile(ctx context.Context, env *cliEnv, args []string) error {
	var c commonFlags
	fl := newFlags("profile", "profile [--rules DIR] [--format text|yaml] [FILE|- | --brokers LIST --topic T --sample N]", env)
	c.register(fl)
	format := fl.String("format", "text", "text: a table of every path; yaml: suggested fields.yaml categories for the paths that fell to default")
	brokers := fl.String("brokers", "", "read a sample of a topic instead of a file (comma-separated bootstrap brokers; nothing is committed)")
	topic := fl.String("topic", "", "the topic to sample (with --brokers; default: the config's input topic)")
	sample := fl.Int("sample", 1000, "events to read from the topic (spread over its partitions, from the oldest)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *format != "text" && *format != "yaml" {
		return usageErr("--format %q: want text or yaml", *format)
	}
	now, err := parseNow(c.now)
	if err != nil {
		return err
	}
	rs, cfg, err := loadRuleset(c, env, true)
	if err != nil {
		return err
	}
	set, _ := rules.Load(rulesFS(c.rules))
	p := newProfile(rs, now, set)
	var name string
	if *brokers != "" {
		if fl.NArg() > 0 {
			return usageErr("profile: give a FILE or --brokers, not both")
		}
		t := *topic
		if t == "" {
			t = cfg.Input.Topic
		}
		if *sample <= 0 {
			return usageErr("--sample %d: want 1 or more", *sample)
		}
		name = "topic " + t
		if err := sampleTopic(ctx, env, cfg, strings.Split(*brokers, ","), t, *sample, p.add); err != nil {
			return workErr(err)
		}
	} else {
		in, n, closeIn, err := openInput(fl.Args(), env)
		if err != nil {
			return err
		}
		defer closeIn()
		name = n
		prog := newProgress(env, in, "profiling "+n)
		err = eachLine(prog.reader(), func(_ int, line []byte) error {
			p.add(line)
			prog.event()
			return nil
		})
		prog.done()
		if err != nil {
			return err
		}
	}
	out := bufio.NewWriter(env.stdout)
	if *format == "yaml" {
		p.writeYAML(out, name)
	} else {
		p.writeText(out, name)
	}
	if err := out.Flush(); err != nil {
		return workErr(err)
	}
	fmt.Fprintf(env.stderr, "profiled %d event(s) from %s: %d path(s), %d not a JSON object, %d path(s) fell to default\n",
		p.events, name, len(p.paths), p.unparsed, p.defaulted())
	return nil
}

// sampleTopic reads up to n records of topic, from the oldest, spread over
// its partitions, with partition readers: no group, nothing committed.
func sampleTopic(ctx context.Context, env *cliEnv, cfg *settings.Config, brokers []string, topic string, n int, fn func([]byte)) error {
	dialer, parts, err := topicPartitions(ctx, env, cfg, brokers, topic)
	if err != nil {
		return err
	}
	per := (n + len(parts) - 1) / len(parts)
	read := 0
	for _, part := range parts {
		if read >= n {
			break
		}
		pc, err := dialer.DialLeader(ctx, "tcp", brokers[0], topic, part.ID)
		if err != nil {
			return fmt.Errorf("partition %d: %w", part.ID, err)
		}
		first, last, err := pc.ReadOffsets()
		pc.Close()
		if err != nil {
			return fmt.Errorf("partition %d offsets: %w", part.ID, err)
		}
		want := min(int64(per), last-first, int64(n-read))
		if want <= 0 {
			continue
		}
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: brokers, Topic: topic, Partition: part.ID, Dialer: dialer, MaxWait: time.Second})
		if err := r.SetOffset(first); err != nil {
			r.Close()
			return err
		}
		for i := int64(0); i < want; i++ {
			rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			m, err := r.ReadMessage(rctx)
			cancel()
			if err != nil {
				r.Close()
				return fmt.Errorf("partition %d: %w", part.ID, err)
			}
			fn(m.Value)
			read++
		}
		r.Close()
	}
	return nil
}

// profile is what was learnt of the sample's paths.
type profile struct {
	rs       *classifier.Ruleset
	now      time.Time
	claimed  map[string]bool // normalized names some category, generic or context name holds
	paths    map[string]*pathStats
	events   int
	unparsed int
}

type pathStats struct {
	path    string // JSON Pointer with array indices collapsed to []
	name    string // the last key on the path
	count   int
	shapes  map[string]int
	classes map[string]int // "category (detected_by)"
	byDef   int            // leaves that fell to default
}

func newProfile(rs *classifier.Ruleset, now time.Time, set *rules.Set) *profile {
	p := &profile{rs: rs, now: now, claimed: map[string]bool{}, paths: map[string]*pathStats{}}
	if set != nil {
		for _, c := range set.Taxonomy.Categories {
			for _, n := range c.Names {
				p.claimed[rules.NormalizeName(n.V)] = true
			}
		}
		for _, g := range set.Taxonomy.GenericNames {
			p.claimed[rules.NormalizeName(g)] = true
		}
		for _, g := range set.Taxonomy.ContextNames {
			p.claimed[rules.NormalizeName(g)] = true
		}
	}
	return p
}

func (p *profile) add(line []byte) {
	p.events++
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		p.unparsed++
		return
	}
	obj, ok := v.(map[string]any)
	if !ok {
		p.unparsed++
		return
	}
	// The decision names a member whose name is data ({"friends": {"Ivan
	// Petrov": ...}}, {"interests": {"Catholic": true}}) by a token, never
	// by the name: such members are printed as <key>, so the profile shows
	// no more of an event than the audit record does. A raw member name is
	// printed only where the decision's paths carry it too.
	d := p.rs.Classify(classifier.Input{Value: line, Time: p.now})
	kept := map[string]bool{}
	for _, f := range d.Fields {
		for seg := range strings.SplitSeq(f.Path, "/") {
			kept[seg] = true
		}
	}
	raw := map[string]bool{}
	p.walk(obj, "", "", kept, raw)
	for _, f := range d.Fields {
		st := p.paths[collapsePath(f.Path, raw)]
		if st == nil {
			continue
		}
		st.classes[f.Category+" ("+f.DetectedBy+")"]++
		if f.DetectedBy == "default" {
			st.byDef++
		}
	}
}

// dataKey is how the profile prints a member name that is data.
const dataKey = "<key>"

// collapsePath turns a decision's path into the profile's: array indices
// become [], and a segment that is no member name of the event (a token
// standing for a data key) becomes <key>.
func collapsePath(path string, raw map[string]bool) string {
	var b strings.Builder
	for seg := range strings.SplitSeq(strings.TrimPrefix(path, "/"), "/") {
		b.WriteByte('/')
		switch {
		case seg != "" && strings.Trim(seg, "0123456789") == "":
			b.WriteString("[]")
		case raw[seg]:
			b.WriteString(seg)
		default:
			b.WriteString(dataKey)
		}
	}
	return b.String()
}

func (p *profile) walk(v any, path, name string, kept, raw map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			esc := strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
			raw[esc] = true
			seg, segName := esc, k
			if !kept[esc] {
				seg, segName = dataKey, dataKey
			}
			p.walk(c, path+"/"+seg, segName, kept, raw)
		}
		return
	case []any:
		for _, c := range x {
			p.walk(c, path+"/[]", name, kept, raw)
		}
		return
	}
	st := p.paths[path]
	if st == nil {
		st = &pathStats{path: path, name: name, shapes: map[string]int{}, classes: map[string]int{}}
		p.paths[path] = st
	}
	st.count++
	st.shapes[shapeOf(v)]++
}

var (
	emailShape = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$`)
	phoneShape = regexp.MustCompile(`^\+?[\d\s().-]{7,20}$`)
	dateShape  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$`)
	uuidShape  = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	idShape    = regexp.MustCompile(`^[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$`)
	urlShape   = regexp.MustCompile(`^[a-z][a-z0-9+.-]*://`)
	ipShape    = regexp.MustCompile(`^\d{1,3}(\.\d{1,3}){3}$|^[0-9a-fA-F:]+:[0-9a-fA-F:]+$`)
	codeShape  = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?$`)
)

// shapeOf names the shape of a leaf value: a word, never the value.
func shapeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "number:integer"
		}
		return "number:decimal"
	case string:
		s := strings.TrimSpace(x)
		n := utf8.RuneCountInString(s)
		switch {
		case s == "":
			return "string:empty"
		case emailShape.MatchString(s):
			return "string:email-like"
		case dateShape.MatchString(s):
			return "string:date-like"
		case uuidShape.MatchString(s):
			return "string:uuid"
		case ipShape.MatchString(s):
			return "string:ip-like"
		case urlShape.MatchString(s):
			return "string:url"
		case phoneShape.MatchString(s) && strings.Count(s, "")-1 >= 7:
			return "string:phone-like"
		case idShape.MatchString(s) && n >= 6 && !strings.Contains(s, " "):
			return "string:id-like"
		case codeShape.MatchString(s):
			return "string:code"
		case n > 80 && strings.Contains(s, " "):
			return "string:long text"
		case strings.Contains(s, " "):
			return "string:text"
		}
		return "string:word"
	}
	return "other"
}

func (p *profile) sorted() []*pathStats {
	out := make([]*pathStats, 0, len(p.paths))
	for _, st := range p.paths {
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

func (p *profile) defaulted() int {
	n := 0
	for _, st := range p.paths {
		if st.byDef > 0 {
			n++
		}
	}
	return n
}

// counts renders a count map as "a 12, b 3", largest first.
func shapeCounts(m map[string]int, limit int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	var parts []string
	for i, e := range kvs {
		if i == limit {
			parts = append(parts, fmt.Sprintf("+%d more", len(kvs)-limit))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", e.k, e.v))
	}
	return strings.Join(parts, ", ")
}

func (p *profile) writeText(w io.Writer, name string) {
	fmt.Fprintf(w, "# profile of %s: %d event(s), %d not a JSON object; values are never shown, only their shapes\n", name, p.events, p.unparsed)
	fmt.Fprintf(w, "%-40s %7s  %-44s %s\n", "PATH", "COUNT", "SHAPES", "CLASSIFIED AS (BY)")
	for _, st := range p.sorted() {
		fmt.Fprintf(w, "%-40s %7d  %-44s %s\n", st.path, st.count, shapeCounts(st.shapes, 3), shapeCounts(st.classes, 2))
	}
	if n := p.defaulted(); n > 0 {
		fmt.Fprintf(w, "\n%d path(s) fell to default (personal, unnamed): `classifier profile --format yaml` suggests fields.yaml entries for them.\n", n)
	}
}

// suggestion is one category suggested for the names that fell to default.
type suggestion struct {
	name   string // normalized field name
	spell  string // as the events spell it
	paths  []string
	count  int
	shapes map[string]int
}

func (p *profile) suggestions() (sugs []*suggestion, skipped []string) {
	byName := map[string]*suggestion{}
	skip := map[string]bool{}
	for _, st := range p.sorted() {
		if st.byDef == 0 || st.name == "" || st.name == dataKey {
			continue
		}
		key := rules.NormalizeName(st.name)
		if key == "" || p.claimed[key] || !categoryPart.MatchString(categorySlug(key)) {
			if !skip[st.name] {
				skip[st.name] = true
				skipped = append(skipped, st.name)
			}
			continue
		}
		s := byName[key]
		if s == nil {
			s = &suggestion{name: key, spell: st.name, shapes: map[string]int{}}
			byName[key] = s
		}
		s.paths = append(s.paths, st.path)
		s.count += st.byDef
		for k, v := range st.shapes {
			s.shapes[k] += v
		}
	}
	out := make([]*suggestion, 0, len(byName))
	for _, s := range byName {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	sort.Strings(skipped)
	return out, skipped
}

var categoryPart = regexp.MustCompile(`^[a-z0-9_]+$`)

// categorySlug makes a category name's second part from a normalized name.
func categorySlug(key string) string {
	var b strings.Builder
	for _, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// writeYAML writes the suggestions as entries of fields.yaml's categories
// list: append them to its end (categories is its last key), review the
// comments, then `classifier rules lint`.
func (p *profile) writeYAML(w io.Writer, name string) {
	sugs, skipped := p.suggestions()
	fmt.Fprintf(w, "# Suggested by `classifier profile` from %d event(s) of %s.\n", p.events, name)
	fmt.Fprintf(w, "# %d field name(s) fell to default (personal, unnamed). Append these entries to the\n", len(sugs))
	fmt.Fprintln(w, "# categories list at the end of fields.yaml, rename each category into a real group")
	fmt.Fprintln(w, "# (or move its names to an existing category), and run `classifier rules lint`.")
	fmt.Fprintln(w, "# They stay personal (the fail-closed default): set personal: false only for fields")
	fmt.Fprintln(w, "# that are truly not about a person.")
	if len(skipped) > 0 {
		fmt.Fprintf(w, "# not suggested (generic or context names, or names a category already holds,\n# decided by their container or value): %s\n", strings.Join(skipped, ", "))
	}
	for _, s := range sugs {
		fmt.Fprintf(w, "  # %s: %d leaf value(s); shapes: %s\n", strings.Join(s.paths, ", "), s.count, shapeCounts(s.shapes, 4))
		if hint := shapeHint(s.shapes); hint != "" {
			fmt.Fprintf(w, "  # %s\n", hint)
		}
		fmt.Fprintf(w, "  - name: review.%s\n", categorySlug(s.name))
		fmt.Fprintf(w, "    names: [%s]\n", strconv.Quote(s.spell))
		if ty := leafTypes(s.shapes); ty != "" {
			fmt.Fprintf(w, "    types: [%s]\n", ty)
		}
		fmt.Fprintf(w, "    note: %s\n", strconv.Quote(fmt.Sprintf("suggested by classifier profile from %d value(s); review", s.count)))
	}
}

// shapeHint points at the existing category a shape suggests.
func shapeHint(shapes map[string]int) string {
	switch top := topShape(shapes); top {
	case "string:email-like":
		return "mostly e-mail-like: perhaps a name of contact.email"
	case "string:phone-like":
		return "mostly phone-like: perhaps a name of contact.phone"
	case "string:date-like":
		return "mostly date-like: a date of birth (identity.dob) or a timestamp?"
	case "string:uuid", "string:id-like":
		return "mostly id-like: a user or device identifier?"
	case "string:long text", "string:text":
		return "free text: may carry anything a person writes"
	}
	return ""
}

func topShape(shapes map[string]int) string {
	best, n := "", 0
	for k, v := range shapes {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// leafTypes lists the rule types (string, number, bool) of the shapes.
func leafTypes(shapes map[string]int) string {
	seen := map[string]bool{}
	for k := range shapes {
		t, _, _ := strings.Cut(k, ":")
		switch t {
		case "string", "number", "bool":
			seen[t] = true
		}
	}
	var out []string
	for _, t := range []string{"string", "number", "bool"} {
		if seen[t] {
			out = append(out, t)
		}
	}
	return strings.Join(out, ", ")
}
