package classifier

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/event"
	"github.com/residency-labs/signup-classifier/classifier/geo"
	"github.com/residency-labs/signup-classifier/classifier/rules"
)

// Topics names the topics every decision can route to, besides the
// region topics.
type Topics struct {
	Global     string // pseudonymized analytics
	Audit      string // decisions without values
	Quarantine string // what cannot be classified or routed safely
	// AuditTemplates is the compacted topic of the compact audit record's
	// templates; "" writes the full decision as the audit record instead.
	AuditTemplates string
}

// Config is what the rule files do not say: where regions live, the
// pseudonymization key, limits.
type Config struct {
	// Regions maps each region (ru, eu, global, ...) to its topic.
	Regions map[string]string
	Topics  Topics
	// Key is the HMAC-SHA-256 pseudonymization key. Without one, routes
	// that need pseudonymization go to quarantine.
	Key   []byte
	KeyID string
	// Limits bound what an event may be.
	Limits event.Limits
	// MaxAuditBytes bounds the audit record (the decision); an event whose
	// decision would be larger is quarantined. Default DefaultMaxAuditBytes.
	MaxAuditBytes int
	// CountryRegions maps a pack's code (RU, MX, US-CA, EU) to the region
	// that stores its subjects, overriding the pack's own region.
	CountryRegions map[string]string
	// DefaultRegion stores the subjects of packs whose region has no topic
	// and no CountryRegions entry; "" makes such a pack an error.
	DefaultRegion string
}

// DefaultMaxAuditBytes is the default bound of an audit record: 900 KiB,
// under Kafka's default 1 MiB message limit.
const DefaultMaxAuditBytes = 900 << 10

// Projection levels, from most to least revealing.
const (
	projNone uint8 = iota
	projRedacted
	projPseudonymized
	projFull
)

var projNames = [...]string{"none", "redacted", "pseudonymized", "full"}

func parseProj(s string) uint8 {
	for i, n := range projNames {
		if n == s {
			return uint8(i)
		}
	}
	return projNone
}

// Evidence bases: what a signal says about the subject. The first seven
// keep their numbers (decisions name them); the order of strength is
// baseRank's, not the constants'.
const (
	baseCitizenship = iota
	baseResidence
	basePhone
	baseIP
	baseSubdivision
	baseLocale
	baseTimezone
	baseLocation   // where the subject was when the data was collected
	baseAddress    // the country of a billing, shipping or delivery address
	baseIdentifier // a national identifier with valid check digits
	baseCity       // a large city named alone ("city": "Москва"): weak
	baseCard       // the country that issued the subject's payment card or bank account: weak
	numBases
)

var baseNames = [numBases]string{"citizenship", "residence", "phone", "ip", "subdivision", "locale", "timezone", "location", "address", "identifier", "city", "card"}

// Strength tiers of evidence. Only the strongest tier present names the
// subject's countries; weaker evidence agreeing with them is shown as a
// basis too.
const (
	tierWeak   = 0 // phone, locale, time zone, a city alone, a card's issuer: a SIM card or a keyboard, not a home
	tierMedium = 1 // address country: where goods or bills go
	tierStrong = 2 // citizenship, residence, location, IP, identifier
)

func baseTier(b int) int {
	switch b {
	case basePhone, baseLocale, baseTimezone, baseCity, baseCard:
		return tierWeak
	case baseAddress:
		return tierMedium
	}
	return tierStrong
}

// baseRank orders bases for the primary jurisdiction, strongest first.
var baseRank = [numBases]int{
	baseCitizenship: 0, baseResidence: 1, baseIdentifier: 2, baseLocation: 3, baseIP: 4,
	baseAddress: 5, basePhone: 6, baseSubdivision: 7, baseCity: 8, baseCard: 9, baseLocale: 10, baseTimezone: 11,
}

// basisNames lists the names of every set of bases, read-only slices that
// decisions share rather than build per event; weakBasisNames the same
// for a jurisdiction only weak evidence found ("phone (weak)"), so the
// decision says its country rests on a guess.
var basisNames, weakBasisNames = func() (t, w [1 << numBases][]string) {
	for set := range t {
		for b := range numBases {
			if set&(1<<b) != 0 {
				t[set] = append(t[set], baseNames[b])
				w[set] = append(w[set], baseNames[b]+" (weak)")
			}
		}
	}
	return t, w
}()

func parseBase(s string) int {
	for i, n := range baseNames {
		if n == s {
			return i
		}
	}
	return -1
}

// weak bases attribute an event only when no stronger evidence names any
// country, and never trigger a localization: a German resident with a +7
// phone or a Russian keyboard is not a Russian subject because of them.
func weakBase(b int) bool { return baseTier(b) == tierWeak }

type action uint8

const (
	actToken action = iota
	actYear
	actRemove
	actKeep
)

type category struct {
	name       string
	personal   bool
	sensitive  bool
	credential bool
	evidence   int // -1 or a base
	act        action
	types      uint8 // bit per event.Kind allowed; 0 = any
	probe      bool
	verify     bool // national identifiers: check the value against the scheme
	// idCountry: a valid value of this national identifier is evidence of
	// this country (the scheme's only issuer); "" for none.
	idCountry string
	inherit   bool // unknown members of a container so named take this category
	scalar    bool // a container so named passes its category to no unknown member
	special   bool // a special category (sensitive.*, biometric.*) whatever the packs say
	// birthProbe: a generic national or tax id, whose value may be of a
	// scheme that carries a birth date but has no category of its own
	// (detect.BirthSchemes): read by the value's check digits or the
	// event's country.
	birthProbe bool
	countries  []string
}

type valueDetector struct {
	name      string
	fn        detect.Func
	shape     func(digits, letters int) bool // nil: no shape test
	cat       int
	countries []string
}

type jurisdiction struct {
	code       string
	laws       []string
	region     string
	mode       string
	bases      uint16 // bit per base
	exports    map[string]uint8
	exportAll  uint8
	personal   []bool // by category id
	sensitive  []bool
	sectoral   []bool
	minorAge   int
	memberAges map[string]int
	minorSens  bool
	parent     string
	subNames   map[string]bool // folded names of a subdivision
	// proxies count only where the event carries no evidence of the bases
	// the law keys on (RU: residence in Russia where citizenship is
	// unknown).
	proxies uint16
	// localUnavailable: the law demands in-country storage but the service
	// config maps its country to another region.
	localUnavailable bool
	// group is the baseline's code (XB) for a country the baseline
	// covers: its region may be mapped per country, for the group, or by
	// the default region, before the baseline's own.
	group string
	// wholeRecord: with sectoral data present, the whole record stays in
	// the law's region (India's payment data: the transaction record, the
	// customer's name, e-mail and phone included).
	wholeRecord bool
}

// Ruleset is a compiled, immutable rule set; safe for concurrent use.
type Ruleset struct {
	version      string
	versionBytes []byte // header values, shared read-only by every record
	keyIDBytes   []byte
	cfg          Config

	cats     []category
	catIndex map[string]int
	exact    map[string]int
	prefixes []glob
	// infixes: "*password*" names password1, user_password_repeat and
	// passwort_wiederholen alike; tried after prefixes and suffixes.
	infixes []glob
	generic map[string]bool
	context map[string]bool // names that mean what their container means
	// Context rules (context.go): by folded container name and folded
	// leaf name; by folded value of a sibling type key.
	ctxParent   map[string]map[string]int
	ctxType     map[string][]typeRule
	ctxValue    map[string]bool // leaf names some type rule reads
	typeKeys    map[string]bool
	subjectKeys map[string]bool
	// subjectRecords: member names that hold the subject's own record
	// (fields.yaml subject_records).
	subjectRecords map[string]bool
	// providers: payment and identity providers of one country, a hint
	// for national-format phones (fields.yaml provider_countries).
	providers []providerCountry
	// evContexts: folded name prefixes that say what a country field
	// below or named by them is evidence of ("billing" -> address,
	// "travel" -> nothing); -1 for nothing.
	evContexts []evContext
	detectors  []valueDetector
	terms      map[string]int // folded word -> category
	// termStems holds the first five runes of every single-word term of
	// five runes or more: a word whose own first five are not here starts
	// with no term, and its prefixes are not looked up at all.
	termStems   map[string]struct{}
	notTerms    map[string]struct{} // words a term's prefix must not match (terms' not:)
	exactTerms  map[string]int      // terms that count as a whole value only (terms' exact:)
	maxExact    int                 // the longest of them, in bytes
	termPhrases map[string][]phrase
	// flagTerms (terms' flags:) count only as a flag's predicate
	// (isBlack); codeTerms (terms' codes:) only as words of a code
	// (bible_plus_yearly), keyed by their words lower-cased and joined by
	// one space; caseTerms are the exact terms written with a capital
	// inside or a digit (PrEP, AfD, T1D), which count inside text too
	// when written so. joinWords and pieceWords read a lower-case joined
	// tag (joinedTag).
	flagTerms   map[string]int
	codeTerms   map[string]int
	maxCode     int // the most words of a code term
	caseTerms   []caseTerm
	joinWords   map[string]struct{}
	pieceWords  map[string]struct{}
	maxPiece    int
	substrTerms []substrTerm // terms of unsegmented scripts, longest first
	// substrFirst indexes substrTerms by their first rune (positions in
	// substrTerms, ascending), so a text is read once whatever the number
	// of terms, rather than searched once per term.
	substrFirst map[rune][]int32

	juris       map[string]*jurisdiction // by code
	byCountry   map[string][]*jurisdiction
	subdivs     []*jurisdiction
	geo         *geo.Index
	idDate      int // category of dates of birth
	idAge       int
	idEventID   int
	idTime      int
	idUser      int
	idText      int
	idSecret    int             // credentials.secret, or -1
	idName      int             // identity.name, or -1
	idPhoto     int             // identity.photo, or -1
	idFace      int             // biometric.face, or -1: a face image itself
	idURL       int             // online.url, or -1: a profile's link found by value
	idAddress   int             // contact.address, or -1: a street address found in text
	idType      int             // event.type, or -1: the labels of type keys
	idFlag      int             // meta.flag, or -1: a channel's switch ({"email": true})
	idAmount    int             // meta.amount, or -1: what a purchase costs, not a person's finances
	idPostcode  int             // contact.postcode, or -1: a postal code, whose notation may name its country
	hl7Health   int             // sensitive.health, or -1: HL7 v2 clinical fields (hl7fields.go)
	ownTyped    map[string]bool // member names a type key of their own may type ("document" by document_type)
	hl7Names    map[string]int  // the member names the HL7 v2 field table reads, by category
	idNational  int             // gov_id.national_id, or -1
	idAccount   int             // financial.account, or -1
	idPhone     int             // contact.phone, or -1: a national-format phone found by value
	idEmail     int             // contact.email, or -1: its country-code domain hints a national phone's country
	idHealth    int             // sensitive.health, or -1: a clinical code's category
	idEthnicity int             // sensitive.ethnicity, or -1: an ethnic group under "nationality"
	idPassport  int             // gov_id.passport, or -1: a machine-readable zone's category
	idUsername  int             // identity.username, or -1: a login in a path
	idSignature int             // identity.signature, or -1: a message's tag is a credential (secrets.go)
	givenNames  map[string]bool // folded given names, for personName
	// metaWords are the metadata words (metadata.go); idTechnical their
	// category, or -1: the rule is off.
	metaWords   map[string]struct{}
	idTechnical int
	// labelNames and labelValues: a contact's kind beside it (labelPass).
	labelNames, labelValues map[string]bool

	suffixMap map[string]int
	// notSuffix are the folded suffix exceptions (membership, trace).
	notSuffix []string

	maxAudit     int
	pool         sync.Pool
	keyCache     *memo[keyInfo]  // raw member name -> what it says
	phoneCache   *memo[string]   // 6-digit prefix -> region
	countryCache *memo[evAnswer] // value of a country field -> country
	// bareCountryCache: value of a country field -> the country it is
	// and nothing more (geo.BareCountry)
	bareCountryCache *memo[evAnswer]
	localeCache      *memo[evAnswer] // locale tag or Accept-Language -> country
	cityCache        *memo[evAnswer] // city name -> country
	// notationCache: national-format phone -> the one country written so
	notationCache *memo[evAnswer]
	// subdivisionCache: a region's name -> its country (geo.SubdivisionCountry)
	subdivisionCache *memo[evAnswer]
	plans            *planCache  // the walk's outcome per event shape; nil: none
	termFilter       *termFilter // first bytes of terms (termfilter.go)
	tplSums          *tplSums    // audit template ids by their bytes (tplsum.go)
}

type evContext struct {
	prefix string
	base   int
}

type glob struct {
	s   string
	cat int
}

type phrase struct {
	words []string
	cat   int
}

// Version is the hash of the rule files the set was compiled from.
func (rs *Ruleset) Version() string { return rs.version }

// Config returns the configuration the set was compiled with.
func (rs *Ruleset) Config() Config { return rs.cfg }

// LoadFS loads, checks and compiles a rules directory. Problems (with
// warnings) are returned too, so a caller can print them; the error is
// non-nil when the set is unusable.
func LoadFS(fsys fs.FS, cfg Config) (*Ruleset, rules.Problems, error) {
	set, ps := rules.Load(fsys)
	ps = append(ps, rules.Check(set, Env(cfg))...)
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, ps, errs
	}
	rs, err := Compile(set, cfg)
	return rs, ps, err
}

// Env is the check environment for rule files compiled with cfg.
func Env(cfg Config) rules.Env {
	regions := map[string]bool{}
	for r := range cfg.Regions {
		regions[r] = true
	}
	if cfg.Regions == nil {
		regions = nil
	}
	return rules.Env{Regions: regions, Detector: func(n string) bool { _, ok := detect.Lookup(n); return ok }}
}

// Compile builds a Ruleset from a checked rule set.
func Compile(set *rules.Set, cfg Config) (*Ruleset, error) {
	if cfg.Topics.Quarantine == "" || cfg.Topics.Audit == "" {
		return nil, errors.New("compile rules: quarantine and audit topics must be configured")
	}
	if _, ok := cfg.Regions["global"]; !ok {
		return nil, errors.New(`compile rules: no "global" region topic configured`)
	}
	cfg.Topics.Global = cfg.Regions["global"]
	rs := newRuleset(set, cfg)
	rs.compileNames(&set.Taxonomy)
	for i := range set.Taxonomy.Categories {
		if err := rs.compileCategory(&set.Taxonomy.Categories[i]); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(rs.prefixes, func(i, j int) bool { return len(rs.prefixes[i].s) > len(rs.prefixes[j].s) })
	sort.SliceStable(rs.detectors, func(i, j int) bool { return detectorRank(rs.detectors[i].name) < detectorRank(rs.detectors[j].name) })
	if err := rs.wellKnownCategories(&set.Taxonomy); err != nil {
		return nil, err
	}
	rs.compileMetadata(&set.Taxonomy)
	rs.compileHL7()
	if err := rs.compileTerms(set.Terms); err != nil {
		return nil, err
	}
	aliases, err := rs.compilePacks(set.Packs)
	if err != nil {
		return nil, err
	}
	for _, j := range rs.juris {
		rs.mapRegion(j)
		if _, ok := cfg.Regions[j.region]; !ok {
			return nil, fmt.Errorf("compile rules: jurisdiction %s routes to region %q, which has no topic", j.code, j.region)
		}
	}
	rs.geo = geo.NewIndex(aliases)
	rs.maxAudit = cfg.MaxAuditBytes
	if rs.maxAudit <= 0 {
		rs.maxAudit = DefaultMaxAuditBytes
	}
	rs.pool.New = func() any { return newScratch() }
	rs.compileTermFilter()
	return rs, nil
}

// newRuleset is an empty rule set with its caches and tables made.
func newRuleset(set *rules.Set, cfg Config) *Ruleset {
	return &Ruleset{
		keyCache: newMemo[keyInfo](maxKeyCache), phoneCache: newMemo[string](maxKeyCache),
		countryCache: newMemo[evAnswer](maxKeyCache), bareCountryCache: newMemo[evAnswer](maxKeyCache), localeCache: newMemo[evAnswer](maxKeyCache), cityCache: newMemo[evAnswer](maxKeyCache), notationCache: newMemo[evAnswer](maxKeyCache), subdivisionCache: newMemo[evAnswer](maxKeyCache),
		plans:        newPlanCache(),
		tplSums:      newTplSums(),
		version:      set.Version,
		versionBytes: []byte(set.Version),
		keyIDBytes:   []byte(cfg.KeyID),
		cfg:          cfg,
		catIndex:     map[string]int{},
		exact:        map[string]int{},
		generic:      map[string]bool{},
		context:      map[string]bool{},
		terms:        map[string]int{},
		termStems:    map[string]struct{}{},
		notTerms:     map[string]struct{}{},
		exactTerms:   map[string]int{},
		termPhrases:  map[string][]phrase{},
		flagTerms:    map[string]int{},
		codeTerms:    map[string]int{},
		joinWords:    map[string]struct{}{},
		pieceWords:   map[string]struct{}{},
		juris:        map[string]*jurisdiction{},
		suffixMap:    map[string]int{},
		byCountry:    map[string][]*jurisdiction{},
	}
}

// compileNames compiles the taxonomy's name lists that are not categories:
// generic and context names, context rules and evidence contexts.
func (rs *Ruleset) compileNames(t *rules.Taxonomy) {
	for _, g := range t.GenericNames {
		rs.generic[rules.NormalizeName(g)] = true
	}
	for _, g := range t.ContextNames {
		rs.context[rules.NormalizeName(g)] = true
	}
	for _, w := range t.SuffixExceptions {
		rs.notSuffix = append(rs.notSuffix, rules.NormalizeName(w.V))
	}
	rs.compileContext(t)
	rs.subjectRecords = map[string]bool{}
	for _, r := range t.SubjectRecords {
		rs.subjectRecords[rules.NormalizeName(r.V)] = true
	}
	for _, pc := range t.ProviderCountries {
		rs.providers = append(rs.providers, providerCountry{pc.Provider.V, pc.Country.V})
	}
	for _, ec := range t.EvidenceContexts {
		base := parseBase(ec.Evidence.V)
		switch ec.Evidence.V {
		case "other_person":
			base = ctxOther
		case "other_people":
			base = ctxOthers
		case "past":
			base = ctxPast
		}
		for _, n := range ec.Names {
			rs.evContexts = append(rs.evContexts, evContext{rules.NormalizeName(n.V), base})
		}
	}
}

// compileCategory adds one category: its properties, the names that claim
// it (exact, prefix and suffix patterns) and its value detectors.
func (rs *Ruleset) compileCategory(c *rules.Category) error {
	cat := newCategory(c)
	id := len(rs.cats)
	rs.cats = append(rs.cats, cat)
	rs.catIndex[cat.name] = id
	for _, n := range c.Names {
		key := rules.NormalizeName(n.V)
		switch {
		case len(key) > 2 && strings.HasPrefix(key, "*") && strings.HasSuffix(key, "*"):
			rs.infixes = append(rs.infixes, glob{key[1 : len(key)-1], id})
		case strings.HasPrefix(key, "*"):
			if _, dup := rs.suffixMap[key[1:]]; !dup {
				rs.suffixMap[key[1:]] = id
			}
		case strings.HasSuffix(key, "*"):
			rs.prefixes = append(rs.prefixes, glob{key[:len(key)-1], id})
		default:
			rs.exact[key] = id
			if !isASCII(key) {
				// Its folded spelling too (accents and Greek's final
				// sigma dropped), as keyInfo folds a name no rule
				// knows: "ΚΩΔΙΚΌΣ" and "κωδικος" read as "κωδικός".
				if f := rules.NormalizeName(foldName(key)); f != key && f != "" {
					if _, taken := rs.exact[f]; !taken {
						rs.exact[f] = id
					}
				}
			}
		}
	}
	for _, d := range c.Detectors {
		fn, ok := detect.Lookup(d.V)
		if !ok {
			return fmt.Errorf("compile rules: %s: unknown detector %q", d.Pos, d.V)
		}
		rs.detectors = append(rs.detectors, valueDetector{name: d.V, fn: fn, shape: detect.Shape(d.V), cat: id, countries: cat.countries})
	}
	return nil
}

// newCategory is a category's compiled properties.
func newCategory(c *rules.Category) category {
	cat := category{name: c.Name.V, personal: c.IsPersonal(), sensitive: c.Sensitive, evidence: parseBase(c.Evidence.V), probe: c.Probe}
	cat.credential = strings.HasPrefix(cat.name, "credentials.")
	cat.verify = strings.HasPrefix(cat.name, "gov_id.") && len(c.Detectors) > 0
	cat.inherit = c.Inherit
	cat.scalar = c.Scalar
	cat.birthProbe = cat.name == "gov_id.national_id" || cat.name == "gov_id.tax_id"
	cat.special = strings.HasPrefix(cat.name, "sensitive.") || strings.HasPrefix(cat.name, "biometric.")
	if cat.verify && len(c.Countries) == 1 {
		cat.idCountry = c.Countries[0].V
	}
	switch c.Pseudonymize.V {
	case "year":
		cat.act = actYear
	case "remove":
		cat.act = actRemove
	case "keep":
		cat.act = actKeep
	default:
		cat.act = actToken
	}
	if cat.credential {
		cat.act = actRemove
	}
	for _, t := range c.Types {
		switch t.V {
		case "string":
			cat.types |= 1 << event.String
		case "number":
			cat.types |= 1 << event.Number
		case "bool":
			cat.types |= 1 << event.Bool
		}
	}
	for _, cc := range c.Countries {
		cat.countries = append(cat.countries, cc.V)
	}
	return cat
}

// wellKnownCategories finds the categories the engine itself needs
// (dates of birth, ages, event ids, ...) and the given-name list.
func (rs *Ruleset) wellKnownCategories(t *rules.Taxonomy) error {
	for name, want := range map[string]*int{"identity.dob": &rs.idDate, "identity.age": &rs.idAge, "event.id": &rs.idEventID, "event.timestamp": &rs.idTime, "identity.user_id": &rs.idUser, "text.free": &rs.idText} {
		id, ok := rs.catIndex[name]
		if !ok {
			return fmt.Errorf("compile rules: fields.yaml must define category %s", name)
		}
		*want = id
	}
	rs.idSecret, rs.idName, rs.idType, rs.idURL, rs.idAddress = -1, -1, -1, -1, -1
	if id, ok := rs.catIndex["contact.address"]; ok && rs.cats[id].personal {
		rs.idAddress = id
	}
	if id, ok := rs.catIndex["online.url"]; ok && rs.cats[id].personal {
		rs.idURL = id
	}
	if id, ok := rs.catIndex["event.type"]; ok {
		rs.idType = id
	}
	rs.idHealth = -1
	if id, ok := rs.catIndex["sensitive.health"]; ok {
		rs.idHealth = id
	}
	rs.idUsername = -1
	if id, ok := rs.catIndex["identity.username"]; ok && rs.cats[id].personal {
		rs.idUsername = id
	}
	rs.idSignature = -1
	if id, ok := rs.catIndex["identity.signature"]; ok {
		rs.idSignature = id
	}
	rs.idEthnicity = -1
	if id, ok := rs.catIndex["sensitive.ethnicity"]; ok {
		rs.idEthnicity = id
	}
	rs.idPassport = -1
	if id, ok := rs.catIndex["gov_id.passport"]; ok && rs.cats[id].personal {
		rs.idPassport = id
	}
	rs.idEmail = -1
	if id, ok := rs.catIndex["contact.email"]; ok {
		rs.idEmail = id
	}
	rs.idPhone = -1
	if id, ok := rs.catIndex["contact.phone"]; ok && rs.cats[id].personal {
		rs.idPhone = id
	}
	rs.idFlag = -1
	if id, ok := rs.catIndex["meta.flag"]; ok && !rs.cats[id].personal {
		rs.idFlag = id
	}
	rs.idPostcode = -1
	if id, ok := rs.catIndex["contact.postcode"]; ok {
		rs.idPostcode = id
	}
	rs.idAmount = -1
	if id, ok := rs.catIndex["meta.amount"]; ok && !rs.cats[id].personal {
		rs.idAmount = id
	}
	rs.idAccount = -1
	if id, ok := rs.catIndex["financial.account"]; ok && rs.cats[id].personal {
		rs.idAccount = id
	}
	rs.idNational = -1
	if id, ok := rs.catIndex["gov_id.national_id"]; ok && rs.cats[id].birthProbe {
		rs.idNational = id
	}
	if id, ok := rs.catIndex["credentials.secret"]; ok {
		rs.idSecret = id
	}
	if id, ok := rs.catIndex["identity.name"]; ok {
		rs.idName = id
	}
	rs.idPhoto, rs.idFace = -1, -1
	if id, ok := rs.catIndex["identity.photo"]; ok {
		rs.idPhoto = id
	}
	if id, ok := rs.catIndex["biometric.face"]; ok && rs.cats[id].personal {
		rs.idFace = id
	}
	rs.labelNames, rs.labelValues = map[string]bool{}, map[string]bool{}
	for _, w := range t.LabelNames {
		rs.labelNames[rules.NormalizeName(w.V)] = true
	}
	for _, w := range t.LabelValues {
		rs.labelValues[rules.NormalizeName(w.V)] = true
	}
	rs.givenNames = map[string]bool{}
	for _, g := range t.GivenNames {
		g = strings.ToLower(g)
		rs.givenNames[g] = true
		rs.givenNames[stripMarks(g)] = true // "jürgen" matches "Jurgen" too
	}
	return nil
}

// compileTerms compiles the special-category term lists: single words
// (with their stems), phrases, and terms of unsegmented scripts matched as
// substrings.
func (rs *Ruleset) compileTerms(terms []*rules.Terms) error {
	for _, t := range terms {
		// In the categories' order, not the map's: a word listed under
		// two categories, and two substring terms of one length, must
		// resolve the same way in every ruleset built from these files
		// (a plan cache's and a full walk's disagreed on 安太歲 and 驗孕棒).
		for _, catName := range slices.Sorted(maps.Keys(t.Terms)) {
			list := t.Terms[catName]
			id, ok := rs.catIndex[catName]
			if !ok {
				return fmt.Errorf("compile rules: %s: unknown category %q", t.Pos, catName)
			}
			for _, term := range list {
				if unsegmented(term.V) {
					rs.substrTerms = append(rs.substrTerms, substrTerm{term: strings.ToLower(norm.NFKC.String(term.V)), cat: id})
				}
				words := splitWords(term.V)
				switch len(words) {
				case 0:
				case 1:
					rs.terms[words[0]] = id
					if stem, ok := runePrefix(words[0], 5); ok {
						rs.termStems[stem] = struct{}{}
					}
				default:
					rs.termPhrases[words[0]] = append(rs.termPhrases[words[0]], phrase{words: words, cat: id})
				}
			}
		}
	}

	for _, t := range terms {
		for _, catName := range slices.Sorted(maps.Keys(t.Exact)) {
			list := t.Exact[catName]
			id, ok := rs.catIndex[catName]
			if !ok {
				return fmt.Errorf("compile rules: %s: unknown category %q", t.Pos, catName)
			}
			for _, term := range list {
				k := strings.ToLower(norm.NFKC.String(strings.TrimSpace(term.V)))
				rs.exactTerms[k] = id
				rs.maxExact = max(rs.maxExact, len(k))
				if cased(strings.TrimSpace(term.V)) {
					rs.caseTerms = append(rs.caseTerms, caseTerm{term: strings.TrimSpace(term.V), cat: id})
				}
			}
		}
		for _, w := range t.Not {
			for _, x := range splitWords(w.V) {
				rs.notTerms[x] = struct{}{}
			}
		}
		for _, m := range []struct {
			list map[string][]rules.Str
			dst  map[string]int
		}{{t.Flags, rs.flagTerms}, {t.Codes, rs.codeTerms}} {
			for _, catName := range slices.Sorted(maps.Keys(m.list)) {
				list := m.list[catName]
				id, ok := rs.catIndex[catName]
				if !ok {
					return fmt.Errorf("compile rules: %s: unknown category %q", t.Pos, catName)
				}
				for _, term := range list {
					words := splitWords(term.V)
					m.dst[strings.Join(words, " ")] = id
					rs.maxCode = max(rs.maxCode, len(words))
				}
			}
		}
		for _, w := range t.Joins {
			for _, x := range splitWords(w.V) {
				rs.joinWords[x] = struct{}{}
			}
		}
	}
	rs.compilePieces()
	sort.SliceStable(rs.substrTerms, func(i, j int) bool {
		a, b := rs.substrTerms[i].term, rs.substrTerms[j].term
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	rs.substrFirst = make(map[rune][]int32)
	for i, t := range rs.substrTerms {
		r, _ := utf8.DecodeRuneInString(t.term)
		rs.substrFirst[r] = append(rs.substrFirst[r], int32(i))
	}
	return nil
}

// compilePacks compiles every rule pack into jurisdictions, indexed by
// the countries they cover, and returns the country-name aliases the packs
// add.
func (rs *Ruleset) compilePacks(packs []*rules.Pack) (map[string]string, error) {
	aliases := map[string]string{}
	for _, p := range packs {
		j, err := rs.compilePack(p)
		if err != nil {
			return nil, err
		}
		if p.Kind.V == "baseline" {
			// One jurisdiction per member, under the member's own code, so
			// the country -> region map places each country on its own
			// and the decision names the country, with the baseline's law.
			for _, m := range p.Members {
				jm := *j
				jm.code, jm.group = m.V, j.code
				rs.juris[m.V] = &jm
				rs.byCountry[m.V] = append(rs.byCountry[m.V], &jm)
			}
			continue
		}
		rs.juris[j.code] = j
		switch {
		case len(p.Members) > 0 && !rules.IsCountry(j.code): // a group (EU)
			for _, m := range p.Members {
				rs.byCountry[m.V] = append(rs.byCountry[m.V], j)
			}
		case j.parent != "":
			rs.subdivs = append(rs.subdivs, j)
		default:
			rs.byCountry[j.code] = append(rs.byCountry[j.code], j)
			for _, m := range p.Members { // its territories (PR under US)
				rs.byCountry[m.V] = append(rs.byCountry[m.V], j)
			}
			for _, a := range p.Aliases {
				aliases[a] = j.code
			}
		}
	}
	return aliases, nil
}

// detectorRank orders value detectors so the most specific formats are
// tried first: an e-mail is never a phone, a card is checked before the
// digit-only national numbers it could resemble, phones and dates last.
func detectorRank(name string) int {
	switch name {
	case "email":
		return 0
	case "ip":
		return 1
	case "iban":
		return 2
	case "payment_card":
		return 3
	case "phone":
		return 8
	case "date_of_birth":
		return 9
	case "br_cnpj", "ru_inn_company", "ru_ogrn", "eu_vat":
		return 5
	}
	return 4
}

func (rs *Ruleset) compilePack(p *rules.Pack) (*jurisdiction, error) {
	j := &jurisdiction{
		code: p.Code.V, region: p.Region.V, mode: p.Residency.Mode.V,
		exports: map[string]uint8{}, minorAge: p.Minor.Age, minorSens: p.Minor.Sensitive,
		parent: p.Parent.V, memberAges: map[string]int{},
	}
	for _, l := range p.Laws {
		j.laws = append(j.laws, l.ID.V)
	}
	for _, e := range p.Evidence {
		if b := parseBase(e.V); b >= 0 {
			j.bases |= 1 << b
		}
	}
	for _, e := range p.Proxies {
		if b := parseBase(e.V); b >= 0 {
			j.proxies |= 1 << b
		}
	}
	j.wholeRecord = p.Residency.Scope.V == "record"
	if j.parent != "" {
		j.bases |= 1 << baseSubdivision
		j.subNames = map[string]bool{geo.Fold(j.code): true, geo.Fold(j.code[len(j.parent)+1:]): true}
		for _, a := range p.Aliases {
			j.subNames[geo.Fold(a)] = true
		}
	}
	for _, e := range p.Exports {
		if e.To.V == "*" {
			j.exportAll = parseProj(e.Projection.V)
			continue
		}
		j.exports[e.To.V] = parseProj(e.Projection.V)
	}
	for cc, ms := range p.MemberStates {
		j.memberAges[cc] = ms.MinorAge
	}
	n := len(rs.cats)
	j.personal, j.sensitive, j.sectoral = make([]bool, n), make([]bool, n), make([]bool, n)
	for id, c := range rs.cats {
		j.personal[id] = (c.personal || anyGlob(p.Personal, c.name)) && !anyGlob(p.NotPersonal, c.name)
		j.sensitive[id] = c.sensitive || anyGlob(p.Sensitive, c.name)
		j.sectoral[id] = j.mode == "sectoral" && anyGlob(p.Residency.Categories, c.name)
	}
	return j, nil
}

func anyGlob(globs []rules.Str, name string) bool {
	for _, g := range globs {
		if rules.GlobMatch(g.V, name) {
			return true
		}
	}
	return false
}

// allowed is the most j lets region see.
func (j *jurisdiction) allowed(region string) uint8 {
	if region == j.region {
		return projFull
	}
	if p, ok := j.exports[region]; ok {
		return p
	}
	return j.exportAll
}

// Laws lists every jurisdiction code with its law ids, for explain and lint.
func (rs *Ruleset) Laws() map[string][]string {
	out := map[string][]string{}
	for code, j := range rs.juris {
		out[code] = append([]string(nil), j.laws...)
	}
	return out
}

// mapRegion applies the service's country -> region map: a real operator
// has a few data centers, so a country's region is configuration, not a
// topic per pack. A law that demands in-country storage whose country is
// mapped elsewhere cannot be obeyed: its events fail closed at routing.
func (rs *Ruleset) mapRegion(j *jurisdiction) {
	own := j.region
	r, ok := rs.cfg.CountryRegions[j.code]
	if !ok && j.group != "" {
		// The baseline's countries go where the operator says: the
		// group's entry, else the default region, else the baseline's
		// own region.
		if r, ok = rs.cfg.CountryRegions[j.group]; !ok && rs.cfg.DefaultRegion != "" {
			r, ok = rs.cfg.DefaultRegion, true
		}
	}
	if !ok {
		if _, has := rs.cfg.Regions[j.region]; has || rs.cfg.DefaultRegion == "" {
			return
		}
		r = rs.cfg.DefaultRegion
	}
	j.region = r
	if r != own && (j.mode == "in_country_only" || j.mode == "primary_in_country" || j.mode == "sectoral") {
		j.localUnavailable = true
	}
}

// A caseTerm is an exact term whose spelling is its own: a capital after
// the first letter or a digit among capitals (PrEP, AfD, T1D). Nobody
// writes meal prep as "PrEP" or a Dutch department as "AfD", so written
// so it counts as a word of any text, as a hashtag ("#PrEP #bondi") or
// beside other words ("on PrEP, love hiking").
type caseTerm struct {
	term string
	cat  int
}

// cased reports whether exact term t is one ASCII word of letters and
// digits with a capital after its first letter and a lower-case letter or
// a digit (PrEP, AfD, T1D; not FTM, SPD or Volt).
func cased(t string) bool {
	if len(t) < 3 || !isASCII(t) {
		return false
	}
	innerUpper, lowerOrDigit := false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpperASCII(c):
			innerUpper = innerUpper || i > 0
		case isLowerASCII(c) || isDigitASCII(c):
			lowerOrDigit = true
		default:
			return false
		}
	}
	return innerUpper && lowerOrDigit
}

// compilePieces collects the words a lower-case joined tag may be made
// of: every word of a term, a phrase, an exact, flag or code term, and
// the join words.
func (rs *Ruleset) compilePieces() {
	add := func(w string) {
		if len(w) >= 2 && isASCII(w) {
			rs.pieceWords[w] = struct{}{}
			rs.maxPiece = max(rs.maxPiece, len(w))
		}
	}
	for w := range rs.terms {
		add(w)
	}
	for _, ps := range rs.termPhrases {
		for _, p := range ps {
			for _, w := range p.words {
				add(w)
			}
		}
	}
	for _, m := range []map[string]int{rs.exactTerms, rs.flagTerms, rs.codeTerms} {
		for t := range m {
			for _, w := range splitWords(t) {
				add(w)
			}
		}
	}
	for w := range rs.joinWords {
		add(w)
	}
}
