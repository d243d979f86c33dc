package evalcorpus_test

// The scorer runs the shipped rules over a generated corpus and measures
// the decisions against the generator's labels, for the tuned and the
// held-out shapes apart. It reports (go test -v) and does not fail on the
// figures: they are a baseline to raise. It fails when the generator is
// broken (an event that is not JSON, a leaf without a label).

import (
	"bytes"
	"flag"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/evalcorpus"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

var (
	flagN    = flag.Int("evalcorpus.n", 2000, "events to generate for the scorer")
	flagSeed = flag.Uint64("evalcorpus.seed", 1, "generator seed")
)

// What the rule packs say, restated for the scorer (it sees decisions
// only through the public API): the jurisdictions whose law follows
// citizenship and those that localize. Minor ages are read from the packs
// themselves (minorAges), so a new pack needs no edit here.
var (
	citizenshipLaws = []string{"RU", "EG", "ID", "VN"}
	localizing      = []string{"RU", "KZ", "VN", "CN", "RW"}
	weakBases       = []string{"phone", "locale", "timezone"}
	minorAge        map[string]int // set by TestEvalCorpusScore from the packs
	euMembers       = []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"}
)

// minorAges is every jurisdiction's minor age as the shipped packs state
// it: a pack's own age for its code and its members, then member-state
// overrides (EU).
func minorAges(t *testing.T) map[string]int {
	t.Helper()
	set, ps := rules.Load(configs.Rules())
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatalf("rules: %v", errs)
	}
	ages := map[string]int{}
	for _, p := range set.Packs {
		ages[p.Code.V] = p.Minor.Age
		for _, m := range p.Members {
			ages[m.V] = p.Minor.Age
		}
		for cc, ms := range p.MemberStates {
			if ms.MinorAge > 0 {
				ages[cc] = ms.MinorAge
			}
		}
	}
	return ages
}

func loadRules(t *testing.T) *classifier.Ruleset {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("0123456789abcdef0123")))
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// tally is one row of the report.
type tally struct {
	events, routed                 int
	evidenceN, evidenceRouted      int // events with strong or weak evidence, and those routed
	countryN, countryOK            int
	weakLocalized                  int
	personalN, personalHit         int
	nonpersonalN, nonpersonalFlag  int
	sensitiveN, sensitiveHit       int
	credN, credHit                 int
	minorN, minorOK                int
	leakEvents, credOut, credQuar  int
	strong, weak, none, quarantine int
}

func (a *tally) add(b tally) {
	a.events += b.events
	a.routed += b.routed
	a.evidenceN += b.evidenceN
	a.evidenceRouted += b.evidenceRouted
	a.countryN += b.countryN
	a.countryOK += b.countryOK
	a.weakLocalized += b.weakLocalized
	a.personalN += b.personalN
	a.personalHit += b.personalHit
	a.nonpersonalN += b.nonpersonalN
	a.nonpersonalFlag += b.nonpersonalFlag
	a.sensitiveN += b.sensitiveN
	a.sensitiveHit += b.sensitiveHit
	a.credN += b.credN
	a.credHit += b.credHit
	a.minorN += b.minorN
	a.minorOK += b.minorOK
	a.leakEvents += b.leakEvents
	a.credOut += b.credOut
	a.credQuar += b.credQuar
}

func pct(a, b int) string {
	if b == 0 {
		return "    -"
	}
	return fmt.Sprintf("%5.1f", 100*float64(a)/float64(b))
}

// failures groups what went wrong, by kind, shape and generic path.
type failures map[string]map[string]int

func (f failures) note(kind, what string) {
	if f[kind] == nil {
		f[kind] = map[string]int{}
	}
	f[kind][what]++
}

func genericPath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		if s != "" && strings.Trim(s, "0123456789") == "" {
			parts[i] = "*"
		}
	}
	return strings.Join(parts, "/")
}

func TestEvalCorpusScore(t *testing.T) {
	rs := loadRules(t)
	minorAge = minorAges(t)
	covered := map[string]bool{}
	for code := range rs.Laws() {
		covered[code] = true
	}
	for _, m := range euMembers {
		covered[m] = true
	}
	for _, c := range localizing {
		if !covered[c] {
			t.Fatalf("the scorer's localizing jurisdiction %s has no rule pack", c)
		}
	}
	// Each later wave is generated as a corpus of its own, as many events
	// a shape as the first corpus gives each of its shapes: the first
	// corpus is then the one it was before the waves, and adding a wave
	// moves no earlier figure.
	waves := evalcorpus.Waves()
	waveOf := map[string]int{} // shape -> index in waves + 1; 0: the first corpus
	for i, w := range waves {
		for _, s := range w.Shapes {
			waveOf[s] = i + 1
		}
	}
	var first []string
	for _, s := range evalcorpus.Shapes() {
		if waveOf[s.Name] == 0 {
			first = append(first, s.Name)
		}
	}
	evs, err := evalcorpus.Generate(*flagSeed, *flagN, first)
	if err != nil {
		t.Fatal(err)
	}
	waveN := make([]int, len(waves))
	for i, w := range waves {
		we, err := evalcorpus.Generate(*flagSeed, *flagN*len(w.Shapes)/len(first), w.Shapes)
		if err != nil {
			t.Fatal(err)
		}
		waveN[i] = len(we)
		evs = append(evs, we...)
	}
	held := map[string]bool{}
	for _, h := range evalcorpus.HeldOut() {
		held[h] = true
	}
	perShape := map[string]*tally{}
	fails := make([]failures, len(waves)+1) // the first corpus, then each wave
	for i := range fails {
		fails[i] = failures{}
	}
	var d classifier.Decision
	var recs []classifier.Record
	var buf []byte
	for _, e := range evs {
		if err := evalcorpus.Check(e); err != nil {
			t.Fatalf("generator: %s #%d: %v", e.Shape, e.Index, err)
		}
		in := classifier.Input{Value: e.JSON, Source: fmt.Sprintf("evalcorpus/%s/%d", e.Shape, e.Index), Time: e.Label.Time, IDFromValue: true}
		recs, buf = rs.ProcessAppend(&d, in, recs[:0], buf[:0])
		tl := perShape[e.Shape]
		if tl == nil {
			tl = &tally{}
			perShape[e.Shape] = tl
		}
		// Held-out shapes count in the totals only: their misses are
		// not listed, so that nobody tunes on them by reading this report.
		f := fails[waveOf[e.Shape]]
		if held[e.Shape] {
			f = failures{}
		}
		score(tl, f, e, &d, recs, covered)
	}

	var shapes []string
	for s := range perShape {
		shapes = append(shapes, s)
	}
	// Rows: the first corpus, each wave, then the held-out shapes.
	group := func(s string) int {
		if held[s] {
			return len(waves) + 1
		}
		return waveOf[s]
	}
	sort.Slice(shapes, func(i, j int) bool {
		if gi, gj := group(shapes[i]), group(shapes[j]); gi != gj {
			return gi < gj
		}
		return shapes[i] < shapes[j]
	})
	var counts []string
	for i, w := range waves {
		counts = append(counts, fmt.Sprintf("%d wave %s", waveN[i], w.Tag))
	}
	t.Logf("evalcorpus: %d events (%s, each wave generated apart), seed %d; %% figures (n in parentheses where useful)", len(evs), strings.Join(counts, ", "), *flagSeed)
	t.Logf("%-22s %5s %6s %6s %7s %6s %7s %6s %6s %6s %6s %5s %5s %5s", "shape", "n", "routed", "rtdEv", "country", "weakLc", "persRc", "npFP", "sensRc", "credRc", "minor", "leakE", "credO", "credQ")
	row := func(name string, x tally) {
		t.Logf("%-22s %5d %6s %6s %7s %6d %7s %6s %6s %6s %6s %5d %5d %5d", name, x.events, pct(x.routed, x.events), pct(x.evidenceRouted, x.evidenceN), pct(x.countryOK, x.countryN), x.weakLocalized,
			pct(x.personalHit, x.personalN), pct(x.nonpersonalFlag, x.nonpersonalN), pct(x.sensitiveHit, x.sensitiveN), pct(x.credHit, x.credN), pct(x.minorOK, x.minorN), x.leakEvents, x.credOut, x.credQuar)
	}
	var tuned, added, heldOut tally
	perWave := make([]tally, len(waves))
	for _, s := range shapes {
		name := s
		if held[s] {
			name += " (H)"
			heldOut.add(*perShape[s])
		}
		if w := waveOf[s]; w > 0 {
			if !held[s] {
				name += " (" + waves[w-1].Tag + ")"
			}
			perWave[w-1].add(*perShape[s])
		} else if !held[s] {
			tuned.add(*perShape[s])
		}
		if slices.Contains(evalcorpus.Added(), s) {
			added.add(*perShape[s])
		}
		row(name, *perShape[s])
	}
	row("== tuned", tuned)
	row("== tuned, added", added)
	for i, w := range waves {
		row("== wave "+w.Tag, perWave[i])
	}
	row("== held out", heldOut)
	t.Log("== tuned and == tuned, added count the first corpus (less its held-out shapes); == wave N counts the corpus of that wave (tuned shapes, and held-out ones when the wave is held out); == held out counts every held-out shape")
	t.Log("columns: routed = not quarantined; rtdEv = routed among events with some evidence (strong or weak): the goal is that only events with none are quarantined; country = jurisdictions equal the stated residence/citizenship (strong evidence only; quarantine when no pack covers them);")
	t.Log("  weakLc = events localized (RU KZ VN CN RW) on phone/locale/time zone alone against the labels; persRc = personal+sensitive leaves decided personal;")
	t.Log("  npFP = non-personal leaves decided personal; sensRc = special categories found (their category detected, or decided sensitive); credRc = credentials decided credentials.*;")
	t.Log("  minor = minor flag right for the decision's own jurisdictions' ages; leakE = events with a personal value in a non-full record, key, header or audit;")
	t.Log("  credO = events with a credential in a non-quarantine output; credQ = in the quarantine record (raw by contract, less the credentials found)")
	logFailures(t, fails[0])
	for i, w := range waves {
		t.Logf("wave %s:", w.Tag)
		logFailures(t, fails[i+1])
	}
}

func logFailures(t *testing.T, fails failures) {
	t.Helper()
	kinds := make([]string, 0, len(fails))
	for k := range fails {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		type kv struct {
			k string
			n int
		}
		var list []kv
		total := 0
		for w, n := range fails[k] {
			list = append(list, kv{w, n})
			total += n
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].n != list[j].n {
				return list[i].n > list[j].n
			}
			return list[i].k < list[j].k
		})
		t.Logf("%s: %d in %d kinds", k, total, len(list))
		for i, x := range list {
			if i == 400 {
				t.Logf("  ... %d more kinds", len(list)-40)
				break
			}
			t.Logf("  %4d  %s", x.n, x.k)
		}
	}
}

func expectedCountries(l evalcorpus.Label, covered map[string]bool) []string {
	var out []string
	for _, c := range l.Residence {
		if covered[c] && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, c := range l.Citizenship {
		if covered[c] && slices.Contains(citizenshipLaws, c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 && len(l.Residence) == 0 {
		// Citizenship alone, of countries whose laws key on residence:
		// it stands for residence as weak evidence (docs/rules.md,
		// "Citizenship alone").
		for _, c := range l.Citizenship {
			if covered[c] && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	sort.Strings(out)
	return out
}

func score(tl *tally, fails failures, e evalcorpus.Event, d *classifier.Decision, recs []classifier.Record, covered map[string]bool) {
	tl.events++
	l := e.Label
	switch l.Evidence {
	case evalcorpus.EvidenceStrong:
		tl.strong++
	case evalcorpus.EvidenceWeak:
		tl.weak++
	default:
		tl.none++
	}
	quarantined := d.Failed()
	for _, r := range d.Routes {
		if r.Projection == "quarantine" {
			quarantined = true
		}
	}
	reason := string(d.Reason)
	if reason == "" && quarantined {
		for _, r := range d.Routes {
			if r.Reason != "" {
				reason = string(r.Reason)
			}
		}
	}
	if l.Evidence != evalcorpus.EvidenceNone {
		tl.evidenceN++
		if !quarantined {
			tl.evidenceRouted++
		}
	}
	if !quarantined {
		tl.routed++
	} else {
		fails.note("quarantined (shape: evidence / reason)", e.Shape+": "+l.Evidence+" / "+reason)
	}
	var got []string
	for _, j := range d.Jurisdictions {
		if !strings.Contains(j.Country, "-") {
			got = append(got, j.Country)
		}
	}
	sort.Strings(got)
	want := expectedCountries(l, covered)
	if l.Evidence == evalcorpus.EvidenceStrong {
		tl.countryN++
		ok := slices.Equal(got, want) && (len(want) > 0 || quarantined)
		if len(want) > 0 && quarantined {
			ok = false
		}
		if ok {
			tl.countryOK++
		} else {
			fails.note("country wrong (shape: want -> got [reason])", fmt.Sprintf("%s: %v -> %v [%s]", e.Shape, want, got, reason))
		}
	}
	for _, j := range d.Jurisdictions {
		if !slices.Contains(localizing, j.Country) || slices.Contains(want, j.Country) {
			continue
		}
		weakOnly := len(j.Basis) > 0
		for _, b := range j.Basis {
			if !slices.Contains(weakBases, b) {
				weakOnly = false
			}
		}
		if weakOnly {
			tl.weakLocalized++
			fails.note("localized on weak evidence (shape: country by basis)", fmt.Sprintf("%s: %s by %v (evidence %s)", e.Shape, j.Country, j.Basis, l.Evidence))
			break
		}
	}
	if !quarantined && l.BirthDate != "" && len(d.Jurisdictions) > 0 {
		bd, _ := time.Parse("2006-01-02", l.BirthDate)
		age := l.Time.Year() - bd.Year()
		if l.Time.YearDay() < bd.YearDay() {
			age--
		}
		limit := 0
		for _, j := range d.Jurisdictions {
			limit = max(limit, minorAge[j.Country])
		}
		tl.minorN++
		if (age < limit) == d.Minor {
			tl.minorOK++
		} else {
			fails.note("minor wrong (shape: want)", fmt.Sprintf("%s: want %v (age %d, limit %d, in %v)", e.Shape, age < limit, age, limit, got))
		}
	}
	if !quarantined {
		fields := map[string]*classifier.Field{}
		for i := range d.Fields {
			fields[d.Fields[i].Path] = &d.Fields[i]
		}
		var tokened []*classifier.Field
		for i := range d.Fields {
			if strings.Contains(d.Fields[i].Path, "/tok_") || strings.Contains(d.Fields[i].Path, "/key_") {
				tokened = append(tokened, &d.Fields[i])
			}
		}
		for p, lf := range l.Leaves {
			f := fields[p]
			if f == nil {
				// A member name the classifier took for data (a login
				// keying a map of users) is named by its token.
				f = tokenedField(tokened, p)
			}
			cat, by := "none", ""
			if f != nil {
				cat, by = f.Category, f.DetectedBy
			}
			where := fmt.Sprintf("%s %s [%s by %s]", e.Shape, genericPath(p), cat, by)
			switch lf.Kind {
			case evalcorpus.Personal, evalcorpus.Sensitive:
				tl.personalN++
				if f != nil && (f.Personal || f.Sensitive) {
					tl.personalHit++
				} else {
					fails.note("personal leaf missed", where)
				}
				if lf.Kind == evalcorpus.Sensitive {
					tl.sensitiveN++
					// Found is what the figure measures: the category
					// detected, or a sensitive verdict. Whether a law treats
					// the category as sensitive is the rule packs' call
					// (US federal law has no special categories).
					if f != nil && (f.Category == "sensitive."+lf.Category || f.Sensitive && !strings.HasPrefix(f.Category, "credentials.")) {
						tl.sensitiveHit++
					} else {
						fails.note("special category missed", where+" "+lf.Category)
					}
				}
			case evalcorpus.NonPersonal:
				tl.nonpersonalN++
				if f != nil && f.Personal {
					tl.nonpersonalFlag++
					fails.note("non-personal leaf flagged personal", where)
				}
			case evalcorpus.Credential:
				tl.credN++
				if f != nil && strings.HasPrefix(f.Category, "credentials.") {
					tl.credHit++
				} else {
					fails.note("credential not recognised", where)
				}
			}
		}
	}
	// Leaks: personal values in what is not a full copy.
	public := publicText(e)
	leaked, credOut, credQuar := false, false, false
	for _, v := range l.PersonalValues {
		if utf8.RuneCountInString(v) < 4 || v == "true" || v == "false" || strings.Contains(public, v) {
			continue
		}
		for _, r := range recs {
			if r.Projection == "full" || r.Projection == "quarantine" {
				continue
			}
			if r.Projection == "pseudonymized" && birthYearLike(v) {
				// The rules generalize a date of birth to its year in the
				// pseudonymized projection (docs/contract.md, Projections):
				// a documented policy, not a leak. Redacted records and
				// the audit record must still not carry it.
				continue
			}
			if where := findIn(r, v); where != "" {
				leaked = true
				// Values are synthetic: naming the leaf that leaked is safe.
				fails.note("personal value leaked (shape: record part: leaf)", fmt.Sprintf("%s: %s %s: %s", e.Shape, r.Projection, where, leafOf(e, v)))
				break
			}
		}
	}
	for _, v := range l.Credentials {
		if utf8.RuneCountInString(v) < 4 {
			continue
		}
		for _, r := range recs {
			if findIn(r, v) == "" {
				continue
			}
			if r.Projection == "quarantine" {
				credQuar = true
			} else {
				credOut = true
				fails.note("credential in an output (shape: projection)", e.Shape+": "+r.Projection)
			}
		}
	}
	if leaked {
		tl.leakEvents++
	}
	if credOut {
		tl.credOut++
	}
	if credQuar {
		tl.credQuar++
	}
}

// publicText joins the event's non-personal values and member names: a
// personal value that also occurs there may appear in any projection.
func publicText(e evalcorpus.Event) string {
	vals, _ := evalcorpus.LeafValues(e.JSON) // Check has parsed it already
	var b strings.Builder
	for p, lf := range e.Label.Leaves {
		b.WriteString(p) // member names
		b.WriteByte(0)
		if lf.Kind == evalcorpus.NonPersonal {
			b.WriteString(vals[p])
			b.WriteByte(0)
		}
	}
	return b.String()
}

// leafOf names the generic path of the first personal leaf holding v.
func leafOf(e evalcorpus.Event, v string) string {
	vals, _ := evalcorpus.LeafValues(e.JSON)
	var ps []string
	for p, lf := range e.Label.Leaves {
		if lf.Kind != evalcorpus.NonPersonal && lf.Kind != evalcorpus.Credential && vals[p] == v {
			ps = append(ps, genericPath(p))
		}
	}
	sort.Strings(ps)
	if len(ps) == 0 {
		return "?"
	}
	return ps[0]
}

// findIn names where v occurs in a record: value, key or header.
func findIn(r classifier.Record, v string) string {
	forms := [][]byte{[]byte(v)}
	if enc := jsonText(v); enc != v {
		forms = append(forms, []byte(enc))
	}
	value, key := maskIDs(r.Value), maskIDs(r.Key)
	for _, f := range forms {
		if containsValue(value, f) {
			return "value"
		}
		if containsValue(key, f) {
			return "key"
		}
		for _, h := range r.Headers {
			if containsValue(maskIDs(h.Value), f) {
				return "header " + h.Key
			}
		}
	}
	return ""
}

// idRE matches what the service itself derives: event ids (UUIDs),
// template and rule-set ids, and keyed tokens. A four-digit postal code
// that happens to be one of a UUID's groups ("…-5094-…") is not a leak.
// dataKeySegRE matches a path segment that names a data key by its
// token (or, without a key, by its node number).
var dataKeySegRE = regexp.MustCompile(`^(?:tok_[A-Za-z0-9_-]{24}|key_[0-9]+)$`)

// tokenedField is the field whose path is p with some member names
// replaced by their tokens, or nil.
func tokenedField(fs []*classifier.Field, p string) *classifier.Field {
	want := strings.Split(p, "/")
	for _, f := range fs {
		got := strings.Split(f.Path, "/")
		if len(got) != len(want) {
			continue
		}
		match := true
		for j := range got {
			if got[j] != want[j] && !dataKeySegRE.MatchString(got[j]) {
				match = false
				break
			}
		}
		if match {
			return f
		}
	}
	return nil
}

var idRE = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[fc]-[0-9a-f]{16}\b|\brs-[0-9a-f]{12}\b|tok_[A-Za-z0-9_-]{24}`)

// maskIDs blanks the service's own ids in b (see idRE).
func maskIDs(b []byte) []byte {
	return idRE.ReplaceAllFunc(b, func(m []byte) []byte { return bytes.Repeat([]byte{'#'}, len(m)) })
}

// containsValue reports whether v occurs in b other than inside a longer
// ASCII word or number: the nickname "siti" is not leaked by the audit record's
// member "sensitive". A value that starts or ends with a letter or digit
// must not touch another of its kind there; other occurrences (inside a path, a
// sentence, an e-mail address, a CJK text) count.
func containsValue(b, v []byte) bool {
	if len(v) == 0 {
		return false
	}
	for off := 0; ; {
		i := bytes.Index(b[off:], v)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(v)
		if !(i > 0 && sameWord(b[i-1], v[0])) && !(end < len(b) && sameWord(b[end], v[len(v)-1])) {
			return true
		}
		off = i + 1
	}
}

// sameWord reports whether a and b continue one ASCII run of letters, or
// one of digits ("1990-05-17" then "T" is a date and its time).
func sameWord(a, b byte) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return letter(a) && letter(b) || digit(a) && digit(b)
}

func jsonText(v string) string {
	b := classifier.AppendJSONString(nil, v)
	return string(b[1 : len(b)-1])
}

// The leak check must not take a value for leaked when it is only part of
// a longer word of the record (the audit record's "sensitive" holds the
// nickname "siti"), and must still find it wherever it stands apart.
func TestContainsValue(t *testing.T) {
	cases := []struct {
		b, v string
		want bool
	}{
		{`{"sensitive":false}`, "siti", false},
		{`{"name":"siti"}`, "siti", true},
		{`{"path":"/friends/siti"}`, "siti", true},
		{`{"email":"siti_santoso@proton.me"}`, "siti", true},
		{`{"v":"Siti Santoso"}`, "Siti Santoso", true},
		{`{"v":"xSiti Santosox"}`, "Siti Santoso", false},
		{`{"v":"1990-05-17T00:00:00Z"}`, "1990-05-17", true},
		{`{"v":"李明华"}`, "李明", true},
		{`{"a":"annabelle","b":"anna"}`, "anna", true},
	}
	for _, c := range cases {
		if got := containsValue([]byte(c.b), []byte(c.v)); got != c.want {
			t.Errorf("containsValue(%s, %q) = %v, want %v", c.b, c.v, got, c.want)
		}
	}
}

// birthYearLike is a value that is only a year, as the pseudonymized
// projection keeps of a date of birth.
func birthYearLike(v string) bool {
	if len(v) != 4 {
		return false
	}
	y, err := strconv.Atoi(v)
	return err == nil && y >= 1900 && y <= 2100
}
