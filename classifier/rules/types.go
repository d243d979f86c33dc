package rules

// Pos is where a value stands in its file.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return p.File + ":" + itoa(p.Line) + ":" + itoa(p.Col)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Str is a string that remembers where it was written, so semantic errors
// can point at it.
type Str struct {
	V   string
	Pos Pos
}

// Pack is one jurisdiction's rule file, configs/rules/<code>.yaml.
type Pack struct {
	// Kind is empty for a country, a group (EU) or a subdivision, and
	// "baseline" for the pack that covers, as members, every country no
	// other pack covers (configs/rules/xb.yaml).
	Kind       Str    `yaml:"kind"`
	Code       Str    `yaml:"code"`
	Name       string `yaml:"name"`
	Confidence Str    `yaml:"confidence"`
	Laws       []Law  `yaml:"laws"`
	Protects   []Str  `yaml:"protects"`
	Evidence   []Str  `yaml:"evidence"`
	// Proxies are evidence that counts only where the event carries none of
	// the kinds the law keys on (RU: residence where citizenship is unknown).
	Proxies     []Str     `yaml:"proxies"`
	Aliases     []string  `yaml:"aliases"`
	Members     []Str     `yaml:"members"`
	Parent      Str       `yaml:"parent"`
	Region      Str       `yaml:"region"`
	Residency   Residency `yaml:"residency"`
	Exports     []Export  `yaml:"exports"`
	NotPersonal []Str     `yaml:"not_personal"`
	// Personal names categories the taxonomy calls non-personal that this
	// law protects (POPIA: juristic persons, company.*).
	Personal     []Str                  `yaml:"personal"`
	Sensitive    []Str                  `yaml:"sensitive"`
	Minor        Minor                  `yaml:"minor"`
	MemberStates map[string]MemberState `yaml:"member_states"`
	Notes        string                 `yaml:"notes"`
	Sources      []string               `yaml:"sources"`

	Pos Pos `yaml:"-"` // the file
}

// Law is one statute a pack implements.
type Law struct {
	ID         Str      `yaml:"id"`
	Title      string   `yaml:"title"`
	Articles   []string `yaml:"articles"`
	Confidence Str      `yaml:"confidence"`
	Note       string   `yaml:"note"`
}

// Residency says whether the law requires data to be stored in-country.
type Residency struct {
	Mode       Str   `yaml:"mode"`
	Categories []Str `yaml:"categories"`
	// Scope of sectoral data: "fields" (default) keeps the named
	// categories home; "record" keeps the whole record home whenever one
	// of them is present.
	Scope      Str      `yaml:"scope"`
	Articles   []string `yaml:"articles"`
	Confidence Str      `yaml:"confidence"`
	Note       string   `yaml:"note"`
}

// Export says what may leave for a destination region.
type Export struct {
	To         Str    `yaml:"to"`
	Projection Str    `yaml:"projection"`
	Note       string `yaml:"note"`
	Confidence Str    `yaml:"confidence"`
}

// Minor is a law's age of a minor.
type Minor struct {
	Age        int      `yaml:"age"`
	Sensitive  bool     `yaml:"sensitive"`
	Articles   []string `yaml:"articles"`
	Confidence Str      `yaml:"confidence"`
	Note       string   `yaml:"note"`

	Pos Pos `yaml:"-"`
}

// ProviderCountry is a provider that operates in one country.
type ProviderCountry struct {
	Provider Str `yaml:"provider"`
	Country  Str `yaml:"country"`
}

// MemberState holds a group member's own settings (EU: Art. 8 age).
type MemberState struct {
	MinorAge   int    `yaml:"minor_age"`
	Confidence Str    `yaml:"confidence"`
	Note       string `yaml:"note"`
}

// Taxonomy is configs/fields.yaml.
type Taxonomy struct {
	GenericNames []string `yaml:"generic_names"`
	ContextNames []string `yaml:"context_names"`
	// TypeKeys are the member names that say what a sibling holds:
	// {"type": "email", "value": ...}, {"Name": "email", "Value": ...},
	// {"scheme": "snils", "number": ...}. Context rules with types match
	// on their values.
	TypeKeys []string `yaml:"type_keys"`
	// SubjectKey names the fields that may become the record key: a leaf
	// so named, or a generic leaf ("id") in a container so named. No other
	// field ever becomes a key, whatever its category.
	SubjectKey []string `yaml:"subject_key"`
	// SubjectRecords name the members that hold the subject's own record
	// (user, booker, customer): beside one, a collection of other people
	// (guests, contacts, team_members: the other_people evidence context)
	// is theirs, not the subject's.
	SubjectRecords []Str `yaml:"subject_records"`
	// ProviderCountries name payment and identity providers that operate
	// in one country: a member name, a host or a path naming one hints
	// that a national-format phone beside it is that country's (a hint
	// for the phone only, never evidence alone, as a shop's currency is).
	ProviderCountries []ProviderCountry `yaml:"provider_countries"`
	// GivenNames are common given names in many languages: a short
	// title-case value that starts with one ("Ivan Petrov") is a person's
	// name wherever it sits.
	GivenNames []string `yaml:"given_names"`
	// EvidenceContexts say what a country field means by its name or its
	// container's: "billing_country" and shipping_address.country are
	// address evidence, travel.destination_country is no evidence.
	EvidenceContexts []EvidenceContext `yaml:"evidence_contexts"`
	// MetadataWords are technical English words that say nothing about a
	// person (create, nested, webhook, count): a member no category claims
	// whose name is made of them only, holding a flag, a number or a code,
	// is metadata (meta.technical) rather than personal by default. Empty
	// turns the rule off. See docs/rules.md, "Metadata words".
	MetadataWords []Str `yaml:"metadata_words"`
	// NeverMetadata are words about a person, an actor or data about one
	// (owner, by, email, state, health): lint rejects any of them in
	// MetadataWords.
	NeverMetadata []Str `yaml:"never_metadata"`
	// LabelNames name the member that says what kind of contact a
	// sibling is (type, label, formattedType), and LabelValues are the
	// kinds (home, work, mobile): such a label inside an address or a
	// phone is meta.technical, not the address (docs/rules.md, "Labels").
	// SuffixExceptions are words that end in a short pattern of a
	// category ("*ip", "*race", "*age") without meaning it: membership,
	// trace, garage. A name that ends in one inside a word does not match
	// the pattern (docs/rules.md, "Patterns inside words").
	SuffixExceptions []Str      `yaml:"suffix_exceptions"`
	LabelNames       []Str      `yaml:"label_names"`
	LabelValues      []Str      `yaml:"label_values"`
	Categories       []Category `yaml:"categories"`

	Pos Pos `yaml:"-"`
}

// EvidenceContext types the country fields named by, or inside a
// container named by, one of Names (folded prefixes).
type EvidenceContext struct {
	Names    []Str  `yaml:"names"`
	Evidence Str    `yaml:"evidence"` // a base, "none", "past", "other_person" or "other_people"
	Note     string `yaml:"note"`
}

// Category is one kind of field.
type Category struct {
	Name         Str   `yaml:"name"`
	Personal     *bool `yaml:"personal"`
	Sensitive    bool  `yaml:"sensitive"`
	Evidence     Str   `yaml:"evidence"`
	Names        []Str `yaml:"names"`
	Detectors    []Str `yaml:"detectors"`
	Countries    []Str `yaml:"countries"`
	Pseudonymize Str   `yaml:"pseudonymize"`
	Types        []Str `yaml:"types"`
	Probe        bool  `yaml:"probe"`
	// Inherit: a non-personal category whose members nothing names take
	// it too (Segment's integrations: every member is a switch), flags
	// and numbers only: a string under it stays unknown, personal by
	// default (a plugin's author, an experiment's password).
	Inherit bool `yaml:"inherit"`
	// Scalar: the name marks a value, not a container. Unknown members
	// of an object so named ({"user": {"foo": ...}}) stay unknown rather
	// than take this category.
	Scalar bool `yaml:"scalar"`
	// Context rules give a leaf this category from where it sits, before
	// its own name is read: {"birth": {"date": ...}} is a date of birth.
	Context  []Context `yaml:"context"`
	Note     string    `yaml:"note"`
	Examples []string  `yaml:"examples"`
}

// Context is one context rule of a category: a leaf named one of Names
// (any name when empty) takes the category when its container is named one
// of Parents, or when a sibling under one of the taxonomy's type_keys has
// one of Types as its value. A rule gives Parents or Types, or both (both
// must then hold).
type Context struct {
	Parents []Str `yaml:"parents"`
	Names   []Str `yaml:"names"`
	Types   []Str `yaml:"types"`
}

// IsPersonal applies the fail-closed default: a category is personal unless
// it says otherwise.
func (c *Category) IsPersonal() bool { return c.Personal == nil || *c.Personal }

// Terms is configs/terms/<lang>.yaml.
type Terms struct {
	Language Str              `yaml:"language"`
	Terms    map[string][]Str `yaml:"terms"`
	// Not lists words that start with a term of five runes or more but
	// are not it ("Hindustan" is no "Hindu", "Christensen" no
	// "christen"): the prefix rule skips them.
	Not []Str `yaml:"not"`
	// Exact maps a category to terms that count only as a whole value or
	// a whole member name ({"tags": ["Islam"]}, {"groups": {"AfD":
	// true}}): too short or too ambiguous inside text ("Islamabad",
	// "meal prep").
	Exact map[string][]Str `yaml:"exact"`
	// Flags maps a category to words that say what the subject is or has
	// only as the predicate of a flag's name (isBlack, is_trans, hasAIDS,
	// isAlcoholic): as values or in prose they are a colour, a
	// transaction, study aids, a drink.
	Flags map[string][]Str `yaml:"flags"`
	// Codes maps a category to words (or phrases) that count as words of
	// a code: one token joined by '_', '-', '.' or camelCase under a
	// plan's, a tier's, a channel's or a product's name
	// (bible_plus_yearly, church_member, insulin_supply_monthly). In
	// prose they say too little ("the bible of baking").
	Codes map[string][]Str `yaml:"codes"`
	// Joins lists ordinary words a hashtag joins to a term (pride, life,
	// dad, awareness, survivor): a lower-case tag written as one word
	// ("gaypride", "breastcancersurvivor") is read as terms and these
	// words when it is made of nothing else.
	Joins []Str `yaml:"joins"`

	Pos Pos `yaml:"-"`
}

// Set is every rule file of one rules directory, decoded.
type Set struct {
	Taxonomy Taxonomy
	Packs    []*Pack
	Terms    []*Terms
	Tests    []*TestFile
	// Version identifies the content of the rule files (not the tests):
	// a hash, so two replicas with the same rules report the same version.
	Version string
}
