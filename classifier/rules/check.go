package rules

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// Env is what the checks need from outside the rule files.
type Env struct {
	// Regions are the region names the service config maps to topics.
	Regions map[string]bool
	// Detector reports whether a value detector of that name exists.
	Detector func(name string) bool
}

// Enumerations shared with the classifier.
var (
	Bases        = []string{"citizenship", "residence", "phone", "locale", "timezone", "ip", "subdivision", "location", "address", "identifier", "city", "card"}
	Scopes       = []string{"fields", "record"}
	Protects     = []string{"citizens", "residents", "located"}
	Modes        = []string{"none", "primary_in_country", "in_country_only", "sectoral"}
	Projections  = []string{"full", "pseudonymized", "redacted", "none"}
	Confidences  = []string{"high", "medium", "low"}
	Kinds        = []string{"baseline"}
	Pseudonymize = []string{"token", "year", "remove", "keep"}
	LeafTypes    = []string{"string", "number", "bool"}
)

var (
	categoryRe = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$`)
	lawIDRe    = regexp.MustCompile(`^[A-Z]{2}(-[A-Z]{2})?-[A-Za-z0-9-]+$`)
	codeRe     = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)
	regionRe   = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
)

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// IsCountry reports whether code is an officially assigned ISO 3166-1
// alpha-2 code.
func IsCountry(code string) bool { return isoCountries[code] }

// IsTerritoryCode reports whether code is a user-assigned code in general
// use for a territory ISO 3166-1 does not list: XK, Kosovo, as the EU,
// the IMF, SWIFT and CLDR write it. A pack may claim one; the baseline
// need not cover it.
func IsTerritoryCode(code string) bool { return code == "XK" }

// GlobMatch reports whether a category glob ("gov_id.*", "sensitive.health")
// names category c.
func GlobMatch(glob, c string) bool {
	if strings.HasSuffix(glob, ".*") {
		return strings.HasPrefix(c, glob[:len(glob)-1])
	}
	if glob == "*" {
		return true
	}
	return glob == c
}

// Check validates the whole set and returns every problem, warnings
// included, sorted by position.
func Check(set *Set, env Env) Problems {
	c := checker{set: set, env: env, cats: map[string]*Category{}}
	c.taxonomy()
	c.packs()
	c.terms()
	c.tests()
	c.ps.sort()
	return c.ps
}

type checker struct {
	set  *Set
	env  Env
	cats map[string]*Category
	ps   Problems
	cur  string // the file being checked: positions of missing values fall back to it
}

func (c *checker) at(p Pos) Pos {
	if p.File == "" {
		return Pos{File: c.cur}
	}
	return p
}

func (c *checker) errAt(p Pos, format string, args ...any) {
	c.ps = append(c.ps, Problem{Pos: c.at(p), Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) warnAt(p Pos, format string, args ...any) {
	c.ps = append(c.ps, Problem{Pos: c.at(p), Msg: fmt.Sprintf(format, args...), Warning: true})
}

func (c *checker) enum(s Str, allowed []string, what string, required bool, fallback Pos) {
	if s.V == "" {
		if required {
			c.errAt(fallback, "%s is required (one of %s)", what, strings.Join(allowed, ", "))
		}
		return
	}
	if !in(allowed, s.V) {
		c.errAt(s.Pos, "%s %q is not one of %s", what, s.V, strings.Join(allowed, ", "))
	}
}

func (c *checker) taxonomy() {
	t := &c.set.Taxonomy
	c.cur = "fields.yaml"
	if len(t.Categories) == 0 {
		c.errAt(t.Pos, "fields.yaml defines no categories")
	}
	for _, ec := range t.EvidenceContexts {
		// A misspelt base would read as no evidence at all: an
		// evidence context fails loudly instead.
		c.enum(ec.Evidence, append(append([]string{"none", "other_person"}, Bases...), "other_people", "past"), "evidence context", true, t.Pos)
	}
	seenProvider := map[string]bool{}
	for _, pc := range t.ProviderCountries {
		// A provider's word is looked for inside member names, hosts
		// and paths: a short one would be found inside other words.
		if len(pc.Provider.V) < 4 || strings.ToLower(pc.Provider.V) != pc.Provider.V || strings.ContainsAny(pc.Provider.V, " ./_-") {
			c.errAt(pc.Provider.Pos, "provider %q must be one lower-case word of four letters or more", pc.Provider.V)
		}
		if seenProvider[pc.Provider.V] {
			c.errAt(pc.Provider.Pos, "provider %q is listed twice", pc.Provider.V)
		}
		seenProvider[pc.Provider.V] = true
		if !IsCountry(pc.Country.V) {
			c.errAt(pc.Country.Pos, "provider %q: %q is not an assigned ISO 3166-1 alpha-2 code", pc.Provider.V, pc.Country.V)
		}
	}
	names := map[string]Str{} // normalised name -> category that claims it
	for i := range t.Categories {
		cat := &t.Categories[i]
		if !categoryRe.MatchString(cat.Name.V) {
			c.errAt(cat.Name.Pos, "category name %q must look like group.name (lower case)", cat.Name.V)
			continue
		}
		if prev, dup := c.cats[cat.Name.V]; dup {
			c.errAt(cat.Name.Pos, "category %q is defined twice (first at %s)", cat.Name.V, prev.Name.Pos)
			continue
		}
		c.cats[cat.Name.V] = cat
		c.enum(cat.Evidence, Bases, "evidence", false, cat.Name.Pos)
		c.enum(cat.Pseudonymize, Pseudonymize, "pseudonymize", false, cat.Name.Pos)
		for _, ty := range cat.Types {
			c.enum(ty, LeafTypes, "type", false, ty.Pos)
		}
		for _, d := range cat.Detectors {
			if c.env.Detector != nil && !c.env.Detector(d.V) {
				c.errAt(d.Pos, "unknown detector %q", d.V)
			}
		}
		for _, cc := range cat.Countries {
			if !IsCountry(cc.V) {
				c.errAt(cc.Pos, "%q is not an ISO 3166-1 alpha-2 country code", cc.V)
			}
		}
		if strings.HasPrefix(cat.Name.V, "credentials.") && cat.Pseudonymize.V != "" && cat.Pseudonymize.V != "remove" {
			c.errAt(cat.Pseudonymize.Pos, "credentials never leave the pipeline: pseudonymize must be remove")
		}
		for _, cx := range cat.Context {
			if len(cx.Parents) == 0 && len(cx.Types) == 0 {
				c.errAt(cat.Name.Pos, "a context rule of %s needs parents or types", cat.Name.V)
			}
			for _, list := range [][]Str{cx.Parents, cx.Names, cx.Types} {
				for _, n := range list {
					if k := NormalizeName(n.V); k == "" || strings.Contains(k, "*") {
						c.errAt(n.Pos, "context name %q must be a plain name", n.V)
					}
				}
			}
		}
		for _, n := range cat.Names {
			key := NormalizeName(n.V)
			if key == "" || strings.Trim(key, "*") == "" {
				c.errAt(n.Pos, "empty field name")
				continue
			}
			if prev, dup := names[key]; dup {
				if prev.V == cat.Name.V {
					c.warnAt(n.Pos, "name %q is listed twice for %s", n.V, cat.Name.V)
				} else {
					c.errAt(n.Pos, "name %q is claimed by %s and by %s (at %s): a name has one category", n.V, cat.Name.V, prev.V, prev.Pos)
				}
				continue
			}
			names[key] = Str{V: cat.Name.V, Pos: n.Pos}
		}
	}
	for _, g := range t.GenericNames {
		if _, claimed := names[NormalizeName(g)]; claimed {
			c.errAt(t.Pos, "generic name %q is also a category name", g)
		}
	}
	c.metadataWords(names)
}

// metadataWords checks the metadata word list against the words that must
// never be metadata and against the names of personal categories: a word
// that names personal data by itself ("age", "first", "email") would make
// every name built of it non-personal.
func (c *checker) metadataWords(names map[string]Str) {
	t := &c.set.Taxonomy
	never := map[string]bool{}
	for _, w := range t.NeverMetadata {
		if !wordRe.MatchString(w.V) {
			c.errAt(w.Pos, "never_metadata word %q must be one lower-case ASCII word", w.V)
		}
		never[w.V] = true
	}
	// The personal categories' names, and the fixed part of their *
	// patterns ("*email" -> email).
	personal := map[string]string{}
	for key, cat := range names {
		if cc := c.cats[cat.V]; cc != nil && cc.IsPersonal() {
			personal[strings.Trim(key, "*")] = cat.V
		}
	}
	seen := map[string]bool{}
	for _, w := range t.MetadataWords {
		switch {
		case !wordRe.MatchString(w.V):
			c.errAt(w.Pos, "metadata word %q must be one lower-case ASCII word (names are split into words before they are matched)", w.V)
		case never[w.V]:
			c.errAt(w.Pos, "metadata word %q is in never_metadata: it says something about a person", w.V)
		case personal[w.V] != "":
			c.errAt(w.Pos, "metadata word %q is a name of the personal category %s", w.V, personal[w.V])
		case seen[w.V]:
			c.warnAt(w.Pos, "metadata word %q is listed twice", w.V)
		}
		seen[w.V] = true
	}
	given := map[string]bool{}
	for _, g := range t.GivenNames {
		given[NormalizeName(g)] = true
	}
	for _, w := range t.LabelValues {
		switch f := NormalizeName(w.V); {
		case !wordRe.MatchString(w.V):
			c.errAt(w.Pos, "label value %q must be one lower-case ASCII word", w.V)
		case given[f]:
			c.errAt(w.Pos, "label value %q is a given name: under a label's name it may be a person's", w.V)
		}
	}
	for _, w := range t.LabelNames {
		if NormalizeName(w.V) != w.V {
			c.errAt(w.Pos, "label name %q must be written folded (lower case, no separators)", w.V)
		}
	}
	if len(t.MetadataWords) > 0 || len(t.LabelValues) > 0 {
		cat := c.cats[MetadataCategory]
		if cat == nil || cat.IsPersonal() {
			c.errAt(t.Pos, "metadata_words needs the category %s, with personal: false (label_values too)", MetadataCategory)
		}
	}
}

// MetadataCategory is the category of members named in metadata words
// only (see Taxonomy.MetadataWords).
const MetadataCategory = "meta.technical"

var wordRe = regexp.MustCompile(`^[a-z]+$`)

func (c *checker) globs(list []Str, what string) {
	for _, g := range list {
		if g.V == "" {
			continue
		}
		found := false
		for name := range c.cats {
			if GlobMatch(g.V, name) {
				found = true
				break
			}
		}
		if !found {
			c.errAt(g.Pos, "%s %q matches no category in fields.yaml", what, g.V)
		}
	}
}

func (c *checker) lowConfidence(s Str, what string) {
	if s.V == "low" {
		c.warnAt(s.Pos, "%s rests on low-confidence research: review before relying on it", what)
	}
}

// packIndex is what the pack checks carry from one pack to the next: the
// codes and law ids seen so far (to report duplicates at their second
// use), the country each group or country pack covers, and the baseline.
type packIndex struct {
	codes     map[string]*Pack
	laws      map[string]Pos
	countries map[string]string // member country -> group code
	baseline  *Pack
}

func (c *checker) packs() {
	ix := &packIndex{codes: map[string]*Pack{}, laws: map[string]Pos{}, countries: map[string]string{}}
	for _, p := range c.set.Packs {
		c.cur = p.Pos.File
		// A pack without a usable, unique code cannot be told apart from
		// the others: its remaining checks would only add noise.
		if !c.packCode(ix, p) {
			continue
		}
		c.packHeader(p)
		c.packLaws(ix, p)
		c.packBases(p)
		c.packKind(ix, p)
		c.packOutputs(p)
	}
	if ix.baseline != nil {
		c.coverage(ix)
	}
	c.cur = "classifier.yaml"
	if len(c.set.Packs) > 0 && c.env.Regions != nil && !c.env.Regions["global"] {
		c.errAt(Pos{File: "classifier.yaml"}, `the service config has no "global" region for pseudonymized analytics`)
	}
}

// packCode checks a pack's code, the file it lives in and that no other
// pack has the same code, and records it; false when the pack is not to
// be checked further.
func (c *checker) packCode(ix *packIndex, p *Pack) bool {
	code := p.Code.V
	if !codeRe.MatchString(code) {
		c.errAt(orPos(p.Code.Pos, p.Pos), "code %q must be an ISO 3166-1 alpha-2 code, EU, or a subdivision like US-CA", code)
		return false
	}
	if want := strings.ToLower(code) + ".yaml"; path.Base(p.Pos.File) != want {
		c.errAt(p.Code.Pos, "pack %s must live in rules/%s", code, want)
	}
	if prev, dup := ix.codes[code]; dup {
		c.errAt(p.Code.Pos, "jurisdiction %s is defined twice (also %s)", code, prev.Pos)
		return false
	}
	ix.codes[code] = p
	return true
}

// packHeader checks the pack's kind, name and confidence.
func (c *checker) packHeader(p *Pack) {
	c.enum(p.Kind, Kinds, "kind", false, p.Code.Pos)
	if p.Name == "" {
		c.errAt(p.Code.Pos, "name is required")
	}
	c.enum(p.Confidence, Confidences, "confidence", true, p.Code.Pos)
	c.lowConfidence(p.Confidence, "pack "+p.Code.V)
}

// packLaws checks the laws a pack cites; law ids are unique across packs.
func (c *checker) packLaws(ix *packIndex, p *Pack) {
	if len(p.Laws) == 0 {
		c.errAt(p.Code.Pos, "a pack must cite at least one law")
	}
	for _, l := range p.Laws {
		if !lawIDRe.MatchString(l.ID.V) {
			c.errAt(orPos(l.ID.Pos, p.Pos), "law id %q must look like %s-SHORT-NAME", l.ID.V, p.Code.V)
		} else if prev, dup := ix.laws[l.ID.V]; dup {
			c.errAt(l.ID.Pos, "law id %q is used twice (first at %s)", l.ID.V, prev)
		} else {
			ix.laws[l.ID.V] = l.ID.Pos
		}
		if len(l.Articles) == 0 {
			c.warnAt(orPos(l.ID.Pos, p.Pos), "law %s cites no articles", l.ID.V)
		}
		c.enum(l.Confidence, Confidences, "confidence", false, l.ID.Pos)
		c.lowConfidence(l.Confidence, "law "+l.ID.V)
	}
}

// packBases checks what a pack protects and the evidence that attributes
// an event to it, its residency scope and its personal fields.
func (c *checker) packBases(p *Pack) {
	for _, s := range p.Protects {
		c.enum(s, Protects, "protects", true, s.Pos)
	}
	if len(p.Evidence) == 0 {
		c.errAt(p.Code.Pos, "evidence is empty: nothing could ever attribute an event to %s", p.Code.V)
	}
	for _, s := range p.Evidence {
		c.enum(s, Bases, "evidence", true, s.Pos)
	}
	for _, s := range p.Proxies {
		c.enum(s, Bases, "proxies", true, s.Pos)
	}
	c.evidenceMatchesProtects(p)
	c.enum(p.Residency.Scope, Scopes, "residency.scope", false, p.Code.Pos)
	c.globs(p.Personal, "personal")
}

// packKind checks what only some kinds of pack have: the one baseline and
// the EU group have members, a subdivision names its parent, and a
// country pack covers one country, and its territories, no other pack
// covers.
func (c *checker) packKind(ix *packIndex, p *Pack) {
	code := p.Code.V
	switch {
	case p.Kind.V == "baseline":
		if ix.baseline != nil {
			c.errAt(p.Kind.Pos, "only one pack may be the baseline (also %s)", ix.baseline.Pos)
		}
		ix.baseline = p
		c.baseline(p)
		c.members(p, ix.countries)
	case code == "EU":
		c.members(p, ix.countries)
		c.memberStates(p)
	case strings.Contains(code, "-"):
		if p.Parent.V != code[:2] {
			c.errAt(orPos(p.Parent.Pos, p.Code.Pos), "subdivision %s must name its parent country %s", code, code[:2])
		}
	default:
		if !IsCountry(code) && !IsTerritoryCode(code) {
			c.errAt(p.Code.Pos, "%q is not an ISO 3166-1 alpha-2 country code", code)
		} else if g, dup := ix.countries[code]; dup {
			c.errAt(p.Code.Pos, "%s is already covered by %s", code, g)
		} else {
			ix.countries[code] = code
		}
		if len(p.MemberStates) > 0 {
			c.errAt(p.Code.Pos, "only group packs (EU) have member_states")
		}
		// A country pack's members are its territories with an ISO code
		// of their own (PR under US), where the country's law applies.
		for _, m := range p.Members {
			if !IsCountry(m.V) {
				c.errAt(m.Pos, "member %q is not an ISO 3166-1 alpha-2 country code", m.V)
			} else if g, dup := ix.countries[m.V]; dup {
				c.errAt(m.Pos, "member %s is already covered by %s", m.V, g)
			} else {
				ix.countries[m.V] = code
			}
		}
	}
}

// memberStates checks a group's per-member-state minor ages.
func (c *checker) memberStates(p *Pack) {
	for ms, st := range p.MemberStates {
		if !memberOf(p, ms) {
			c.errAt(p.Code.Pos, "member_states names %s, which is not a member", ms)
		}
		c.minorAge(st.MinorAge, p.Code.Pos, "member_states."+ms)
		c.enum(st.Confidence, Confidences, "confidence", false, p.Code.Pos)
		c.lowConfidence(st.Confidence, p.Code.V+" member state "+ms+" minor age")
	}
}

// packOutputs checks where a pack's events go and how they are
// projected: region, residency, exports, field lists, minor age, sources.
func (c *checker) packOutputs(p *Pack) {
	code := p.Code.V
	if !regionRe.MatchString(p.Region.V) {
		c.errAt(orPos(p.Region.Pos, p.Code.Pos), "region %q must be a lower-case name", p.Region.V)
	} else if c.env.Regions != nil && !c.env.Regions[p.Region.V] {
		c.errAt(p.Region.Pos, "region %q has no topic in the service config", p.Region.V)
	}
	c.residency(p)
	c.exports(p)
	c.globs(p.NotPersonal, "not_personal")
	c.globs(p.Sensitive, "sensitive")
	c.minorAge(p.Minor.Age, orPos(p.Minor.Confidence.Pos, p.Code.Pos), "minor.age")
	c.enum(p.Minor.Confidence, Confidences, "confidence", false, p.Code.Pos)
	c.lowConfidence(p.Minor.Confidence, code+" minor age")
	if len(p.Sources) == 0 {
		c.warnAt(p.Code.Pos, "pack %s cites no sources", code)
	}
}

// coverage reports the countries no pack covers. With a baseline, every
// country resolves to a pack: one that none covers is an omission, not a
// quarantine to discover in production.
func (c *checker) coverage(ix *packIndex) {
	c.cur = ix.baseline.Pos.File
	var missing []string
	for _, cc := range Countries() {
		if _, ok := ix.countries[cc]; !ok {
			missing = append(missing, cc)
		}
	}
	if len(missing) > 0 {
		c.errAt(ix.baseline.Code.Pos, "no pack covers %s: add them to the baseline's members or write their packs", strings.Join(missing, ", "))
	}
}

// members checks a group's or the baseline's member list: ISO codes,
// none covered twice.
func (c *checker) members(p *Pack, countries map[string]string) {
	if len(p.Members) == 0 {
		c.errAt(p.Code.Pos, "a group pack must list its members")
	}
	for _, m := range p.Members {
		if !IsCountry(m.V) {
			c.errAt(m.Pos, "member %q is not an ISO 3166-1 alpha-2 country code", m.V)
		} else if g, dup := countries[m.V]; dup {
			c.errAt(m.Pos, "member %s is already covered by %s", m.V, g)
		} else {
			countries[m.V] = p.Code.V
		}
	}
}

// baseline checks the pack for countries with no comprehensive
// data-protection law known to the reference: it is a fallback, so it
// must be conservative, never a law of its own. Its code is a
// user-assigned one (XB), not a country; it localizes nothing, exports
// nothing in full, and has no member-state settings.
func (c *checker) baseline(p *Pack) {
	code := p.Code.V
	if IsCountry(code) || strings.Contains(code, "-") || code == "EU" {
		c.errAt(p.Code.Pos, "the baseline's code %q must be a user-assigned code (XA..XZ), not a country, group or subdivision", code)
	}
	if p.Residency.Mode.V != "" && p.Residency.Mode.V != "none" {
		c.errAt(p.Residency.Mode.Pos, "the baseline demands no in-country storage: residency.mode must be none")
	}
	for _, e := range p.Exports {
		if e.Projection.V == "full" {
			c.errAt(e.Projection.Pos, "the baseline exports pseudonymized records at most (no transfer basis is known for its countries)")
		}
	}
	if len(p.MemberStates) > 0 || len(p.Aliases) > 0 || p.Parent.V != "" {
		c.errAt(p.Code.Pos, "the baseline has no member_states, aliases or parent")
	}
	if len(p.NotPersonal) > 0 {
		c.errAt(p.Code.Pos, "the baseline treats everything personal as personal: not_personal must be empty")
	}
}

func memberOf(p *Pack, cc string) bool {
	for _, m := range p.Members {
		if m.V == cc {
			return true
		}
	}
	return false
}

func (c *checker) minorAge(age int, pos Pos, what string) {
	if age < 0 || age > 21 {
		c.errAt(pos, "%s %d is not a plausible age of a minor (0..21)", what, age)
	} else if age > 0 && age < 10 {
		c.warnAt(pos, "%s %d is unusually low", what, age)
	}
}

func (c *checker) residency(p *Pack) {
	r := p.Residency
	c.enum(r.Mode, Modes, "residency.mode", true, p.Code.Pos)
	c.enum(r.Confidence, Confidences, "confidence", false, r.Mode.Pos)
	c.lowConfidence(r.Confidence, p.Code.V+" residency rule")
	if r.Mode.V == "sectoral" && len(r.Categories) == 0 {
		c.warnAt(r.Mode.Pos, "sectoral residency lists no categories, so it localizes nothing: routing treats it like none")
	}
	if r.Mode.V != "sectoral" && len(r.Categories) > 0 {
		c.errAt(r.Mode.Pos, "residency.categories only applies to mode sectoral")
	}
	c.globs(r.Categories, "residency category")
}

func (c *checker) exports(p *Pack) {
	seen := map[string]bool{}
	hasGlobal := false
	for _, e := range p.Exports {
		to := e.To.V
		switch {
		case to == "*" || to == "global":
		case !regionRe.MatchString(to):
			c.errAt(orPos(e.To.Pos, p.Code.Pos), "export destination %q must be a region, global or *", to)
		case c.env.Regions != nil && !c.env.Regions[to]:
			c.errAt(e.To.Pos, "export destination %q is not a region of the service config", to)
		}
		if to == "global" {
			hasGlobal = true
		}
		if seen[to] {
			c.errAt(e.To.Pos, "export to %q is listed twice", to)
		}
		seen[to] = true
		c.enum(e.Projection, Projections, "projection", true, orPos(e.To.Pos, p.Code.Pos))
		c.enum(e.Confidence, Confidences, "confidence", false, e.To.Pos)
		c.lowConfidence(e.Confidence, p.Code.V+" export to "+to)
		if p.Residency.Mode.V == "in_country_only" && e.Projection.V == "full" {
			c.errAt(e.Projection.Pos, "%s keeps data in-country only, so it cannot export full records to %q", p.Code.V, to)
		}
		if to == p.Region.V {
			c.errAt(e.To.Pos, "export to the pack's own region %q is implied (full)", to)
		}
	}
	if !hasGlobal {
		c.errAt(p.Code.Pos, "exports must say what %s allows on the global analytics topic (projection none to send nothing)", p.Code.V)
	}
}

func (c *checker) terms() {
	if len(c.set.Terms) == 0 {
		// Without terms, special categories in free text ("living with
		// HIV", "Catholic") are found by no rule: they would be tokenized
		// in pseudonymized copies instead of removed. A directory copied
		// or synced part way (terms/ not there yet) looks exactly so.
		c.errAt(Pos{File: "terms/"}, "no term files (terms/<language>.yaml): special categories in free text would go undetected")
	}
	langs := map[string]Pos{}
	for _, t := range c.set.Terms {
		c.cur = t.Pos.File
		if _, err := language.ParseBase(t.Language.V); err != nil || t.Language.V == "" {
			c.errAt(orPos(t.Language.Pos, t.Pos), "language %q is not an ISO 639 code", t.Language.V)
		} else if want := t.Language.V + ".yaml"; path.Base(t.Pos.File) != want {
			c.errAt(t.Language.Pos, "terms for %s must live in terms/%s", t.Language.V, want)
		}
		if prev, dup := langs[t.Language.V]; dup {
			c.errAt(t.Language.Pos, "terms for %s are defined twice (also %s)", t.Language.V, prev)
		}
		langs[t.Language.V] = t.Language.Pos
		for cat, list := range t.Terms {
			if _, ok := c.cats[cat]; !ok {
				c.errAt(t.Pos, "terms name category %q, which fields.yaml does not define", cat)
			}
			for _, term := range list {
				if len([]rune(strings.TrimSpace(term.V))) < 3 && !symbolTerm(term.V) {
					c.errAt(term.Pos, "term %q is too short to match safely", term.V)
				}
			}
		}
		for cat, list := range t.Exact {
			if _, ok := c.cats[cat]; !ok {
				c.errAt(t.Pos, "exact terms name category %q, which fields.yaml does not define", cat)
			}
			for _, term := range list {
				if len([]rune(strings.TrimSpace(term.V))) < 2 {
					c.errAt(term.Pos, "exact term %q is too short", term.V)
				}
			}
		}
		for _, m := range []struct {
			what string
			list map[string][]Str
		}{{"flag", t.Flags}, {"code", t.Codes}} {
			for cat, list := range m.list {
				if _, ok := c.cats[cat]; !ok {
					c.errAt(t.Pos, "%s terms name category %q, which fields.yaml does not define", m.what, cat)
				}
				for _, term := range list {
					if len([]rune(strings.TrimSpace(term.V))) < 3 {
						c.errAt(term.Pos, "%s term %q is too short to match safely", m.what, term.V)
					}
				}
			}
		}
		for _, w := range t.Joins {
			if strings.ContainsAny(strings.TrimSpace(w.V), " \t") || len([]rune(w.V)) < 2 {
				c.errAt(w.Pos, "join word %q must be one word of two runes or more", w.V)
			}
		}
		for _, w := range t.Not {
			if strings.ContainsAny(strings.TrimSpace(w.V), " \t") || len([]rune(w.V)) < 6 {
				c.errAt(w.Pos, "not-word %q must be one word of six runes or more: it excepts a longer word from a term's prefix", w.V)
			}
		}
	}
}

func (c *checker) tests() {
	for _, tf := range c.set.Tests {
		c.cur = tf.Pos.File
		if len(tf.Cases) == 0 {
			c.errAt(tf.Pos, "test file has no cases")
		}
		for i := range tf.Cases {
			tc := &tf.Cases[i]
			if tc.Name == "" {
				c.errAt(tc.Pos, "test case needs a name")
			}
			if tc.Event.Kind == 0 {
				c.errAt(tc.Pos, "test case %q has no event", tc.Name)
			}
			for _, proj := range tc.Expect.Routes {
				if !in(Projections, proj) && proj != "quarantine" {
					c.errAt(tc.Pos, "test case %q expects projection %q, not one of %s, quarantine", tc.Name, proj, strings.Join(Projections, ", "))
				}
			}
			for ptr, f := range tc.Expect.Fields {
				if !strings.HasPrefix(ptr, "/") {
					c.errAt(tc.Pos, "test case %q: field %q must be a JSON Pointer (start with /)", tc.Name, ptr)
				}
				if f.Category != "" {
					if _, ok := c.cats[f.Category]; !ok {
						c.errAt(tc.Pos, "test case %q: category %q is not in fields.yaml", tc.Name, f.Category)
					}
				}
			}
		}
	}
}

func orPos(p, fallback Pos) Pos {
	if p.Line == 0 {
		return fallback
	}
	return p
}

// evidenceMatchesProtects checks that a pack's evidence is what its law
// keys on: a law that protects citizens is triggered by citizenship, one
// that protects residents by residence, one that protects people located
// in the country by residence, location or IP; and evidence of a kind the
// law does not key on is listed as a proxy, not as a trigger (RU lists
// residence as a proxy for citizenship).
func (c *checker) evidenceMatchesProtects(p *Pack) {
	if len(p.Protects) == 0 {
		return
	}
	code := p.Code.V
	protects := map[string]bool{}
	for _, s := range p.Protects {
		protects[s.V] = true
	}
	has := map[string]bool{}
	for _, e := range p.Evidence {
		has[e.V] = true
	}
	if protects["citizens"] && !has["citizenship"] {
		c.errAt(p.Code.Pos, "%s protects citizens, but citizenship is not in its evidence", code)
	}
	if protects["residents"] && !has["residence"] {
		c.errAt(p.Code.Pos, "%s protects residents, but residence is not in its evidence", code)
	}
	if protects["located"] && !has["residence"] && !has["location"] && !has["ip"] {
		c.errAt(p.Code.Pos, "%s protects people located in it, but none of residence, location, ip is in its evidence", code)
	}
	for _, e := range p.Evidence {
		switch e.V {
		case "citizenship":
			if !protects["citizens"] {
				c.errAt(e.Pos, "%s lists citizenship as evidence, but protects no citizens (list it under proxies if it stands for something else)", code)
			}
		case "residence":
			if !protects["residents"] && !protects["located"] {
				c.errAt(e.Pos, "%s lists residence as evidence, but protects neither residents nor people located in it: list it under proxies", code)
			}
		case "location", "ip":
			if !protects["located"] {
				c.errAt(e.Pos, "%s lists %s as evidence, but protects no one located in it: list it under proxies", code, e.V)
			}
		}
	}
}

// symbolTerm reports whether term is one symbol (☪, ⚧, ✡): a sign people
// put in a bio or a status for what they are, matched inside text as a
// Chinese term is, so its length says nothing of its safety.
func symbolTerm(term string) bool {
	r := []rune(strings.TrimSpace(term))
	return len(r) == 1 && unicode.Is(unicode.So, r[0])
}
