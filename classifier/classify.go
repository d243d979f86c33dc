package classifier

import (
	"errors"
	"fmt"
	"hash"
	"time"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// Input is one event and where it came from.
type Input struct {
	Value []byte
	// Key is the Kafka record key, if any: the subject key that keeps a
	// subject's events in order. Without one the event's user id is used.
	Key []byte
	// Source names the event's coordinates: "topic/partition/offset" for a
	// record, or "" for a line of a file, whose id then derives from its
	// bytes.
	Source string
	// Time is when the event happened, for the age of minors, used when
	// the event carries no timestamp of its own. Zero means now.
	Time time.Time
	// IDFromValue derives a missing event id from the event's bytes (a
	// line of a file) instead of from Source (a record's coordinates).
	IDFromValue bool
	// Templates, when set, makes ProcessAppend emit the compact audit
	// record's templates that are new to it in the input's scope (its
	// partition); nil emits none (the audit record stands alone).
	Templates *TemplateSet
}

// leaf is the working state of one leaf while deciding.
type leaf struct {
	node      int32
	cat       int // -1 = none yet
	by        uint8
	personal  bool
	sensitive bool
	act       action
	localized bool   // sectoral data: leaves only in full records
	weak      bool   // non-personal by pattern or inheritance: check the value
	ctx       bool   // its category comes from a context rule
	laws      uint64 // bit per applicable jurisdiction
}

const (
	byDefault uint8 = iota
	byName
	byValue
	byText
)

var byNames = [...]string{"default", "name", "value", "text"}

// scratch is per-call working memory, pooled so the hot path does not
// allocate it again for every event.
type scratch struct {
	doc    event.Doc
	leaves []leaf
	// walked: the walk ran (to its end or to a failure), so leaves say
	// which members are credentials, for the quarantine record.
	walked    bool
	nodeCat   []int   // name category per node (containers too), -1 none
	nodeFlags []uint8 // per node: named exactly, inside a GeoIP block
	// kvMemo: kvCount of the pair list the walk is in (pairs.go), so that
	// each of its leaves does not count its names again; list -1 none.
	kvMemo     struct{ list, known, pairs int32 }
	jcountries []string
	ev         []evidence
	subVals    []string
	phones     []int32  // phone leaves that need a region hint
	langHints  []string // likely countries of bare language tags ("el": GR), for phones only
	juris      []*jurisdiction
	jweak      []bool // per jurisdiction: found by weak evidence alone
	jbest      []int  // per jurisdiction: its country's rank (countryAcc.rank)
	// otherAges: the ages other people's records state (a dependent's
	// date of birth), by the record, so a child's is protected as a
	// minor's data though it sets no minor flag (laws.go).
	otherAges []otherAge
	// badCitizenship: citizenship leaves whose value names no country
	badCitizenship []int32
	// unionCitizenship: citizenship leaves naming the EU, no member state
	unionCitizenship []int32
	badResidence     []int32 // residence leaves whose value names no country
	mac              hash.Hash
	sha1             hash.Hash
	macKey           []byte
	buf              []byte
	words            []string
	tmp              []byte
	leafCat          []int32 // final category per leaf node, for projections
	ptr              []byte  // JSON Pointers of all nodes
	ptrStart         []int32 // per node: its pointer in ptr
	ptrEnd           []int32
	acts             []byte // per node output action of the projection being rendered
	lower            []byte // asciiLower's
	norm             []byte // normalizeText's result
	norm2            []byte // normalizeText's NFKC step
	spans            []span
	cur              int32  // the node the walk is at
	kbuf             []byte // message of a data key's token
	jbuf             []byte // a joined tag split into its words (splitJoined)
	cbuf             []byte // a run of a code's words, looked up as a code term (codeWords)
	qbuf             []byte // a quarantine record before its lexical scrub
	level            uint8  // the projection being rendered
	fold             []byte // foldInto's
	sig              []byte // the event's shape (plan.go)
	ops              []evOp // the walk's value-dependent steps, while it teaches a plan
	recording        bool
	paths            string    // s.ptr as a plan's string, shared by its decisions; "" none
	keys             []typeKey // what the walk reads of the event's type keys
	formIDs          []formID  // the form pass's question ids
	leafAt           []int32   // the form pass's leaf index per node
	embedded         []int32   // indices of leaves holding a JSON document (embedded.go)
	embeddedText     []string  // each one's document, decoded once (base64 too)
	inner            event.Doc // one of those documents, parsed
	// parties: the parties (partyWords) the event's type names
	// ("seller.registered"): their records are the subject's.
	parties uint32
	// now is the event's time as the caller gave it (Input.Time), zero
	// for the clock's: whether a record's end date is past (recordKind).
	now time.Time
}

func newScratch() any { return &scratch{} }

func (rs *Ruleset) getScratch() *scratch {
	s := rs.pool.Get().(*scratch)
	s.leaves, s.nodeCat, s.ev, s.subVals, s.phones, s.juris, s.jcountries = s.leaves[:0], s.nodeCat[:0], s.ev[:0], s.subVals[:0], s.phones[:0], s.juris[:0], s.jcountries[:0]
	s.langHints, s.unionCitizenship = s.langHints[:0], s.unionCitizenship[:0]
	s.jweak, s.jbest, s.badCitizenship, s.badResidence, s.embedded, s.embeddedText = s.jweak[:0], s.jbest[:0], s.badCitizenship[:0], s.badResidence[:0], s.embedded[:0], s.embeddedText[:0]
	s.walked = false
	return s
}

// Classify decides one event. It never fails: what cannot be classified
// gets a decision with Error set and a single quarantine route.
func (rs *Ruleset) Classify(in Input) *Decision {
	s := rs.getScratch()
	d := rs.classify(s, in)
	rs.pool.Put(s)
	return d
}

// ProcessAppend decides one event into d and renders its output records
// (appended to dst): one per route, plus the audit record. d's previous
// contents are overwritten and its memory reused, for callers that let go
// of each decision before the next. Every byte the records own is rendered
// into buf (appended; the grown buf is returned; nil gets a fresh one), so
// a caller that manages that memory (the service's arenas, a command that
// prints each event's records before reading the next) reuses it from the
// start. The records alias buf and the input, and their headers live in d:
// they are valid until d is used again.
func (rs *Ruleset) ProcessAppend(d *Decision, in Input, dst []Record, buf []byte) ([]Record, []byte) {
	s := rs.getScratch()
	d.reset()
	rs.classifyInto(s, in, d)
	if buf == nil {
		buf = make([]byte, 0, 4096)
	}
	dst, buf = rs.records(s, in, d, dst, buf)
	rs.pool.Put(s)
	return dst, buf
}

func (d *Decision) reset() {
	fields := d.Fields[:0]
	clear(d.Fields[:cap(d.Fields)])
	clear(d.hdrs)
	*d = Decision{Jurisdictions: d.Jurisdictions[:0], Fields: fields, Routes: d.Routes[:0], hdrs: d.hdrs[:0]}
}

func (rs *Ruleset) classify(s *scratch, in Input) *Decision {
	d := &Decision{}
	rs.classifyInto(s, in, d)
	return d
}

func (rs *Ruleset) classifyInto(s *scratch, in Input, d *Decision) {
	d.Ruleset = rs.version
	if err := s.doc.Parse(in.Value, rs.cfg.Limits); err != nil {
		d.EventID = s.deriveID(in)
		rs.fail(d, "parse", parseFailure(err))
		return
	}
	doc := &s.doc
	d.EventID = rs.eventID(s, doc, in)
	s.parties = eventParties(doc)
	s.now = in.Time
	f := rs.walkPlanned(s)
	s.walked = true
	if f.failed() {
		rs.credentialPass(s, s.cur) // the walk stopped at s.cur
		rs.screenFailedEventID(s, d, in)
		rs.fail(d, "classify", f)
		return
	}
	rs.identifierValues(s)
	rs.embeddedEvidence(s)
	rs.textAddresses(s)
	rs.formPass(s)
	rs.columnPass(s)
	if f := rs.attribute(s, d); f.failed() {
		// The walk ran to its end: what the value pass reads by
		// structure (a table's credential column, a GraphQL operation's
		// password variable) is read here too, since the lexical
		// reading of the quarantine record does not parse a query.
		rs.tableCredentials(s)
		rs.credentialPass(s, int32(len(s.doc.Nodes))) // the quarantine record still drops them
		rs.screenFailedEventID(s, d, in)
		rs.fail(d, "classify", f)
		return
	}
	rs.valuePass(s, d)
	rs.credentialEchoes(s)
	rs.labelTermPass(s)
	rs.labelPass(s)
	rs.metadataPass(s)
	rs.echoPass(s)
	rs.settleEventID(s, d, in) // after every pass that reads values, before the verdicts
	rs.lawPass(s, d, in)
	if n := auditSize(d); n > rs.maxAudit {
		// Every routed event has its decision on the audit topic; one
		// too large to write there is not routed at all.
		rs.fail(d, "classify", failure{ReasonDecisionTooLarge, fmt.Sprintf("the decision for %d fields would take %d bytes, over the %d-byte audit record limit", len(d.Fields), n, rs.maxAudit)})
		return
	}
	rs.route(s, d)
}

// failure is why a pass could not classify the event; the zero value is
// none.
type failure struct {
	reason Reason
	detail string // never quotes the event's values
}

func (f failure) failed() bool { return f.reason != "" }

// parseFailure is the failure of a parse error, with the parser's code.
func parseFailure(err error) failure {
	var pe *event.Error
	if errors.As(err, &pe) {
		return failure{Reason(pe.Code), fmt.Sprintf("%s at byte %d", pe.Msg, pe.Offset)}
	}
	return failure{ReasonInvalidJSON, err.Error()}
}

// auditSize is an upper bound of the audit record's size: fields dominate
// it, each with its path, category and laws.
func auditSize(d *Decision) int {
	n := 1024
	var prev []string
	lawBytes := 0
	for i := range d.Fields {
		f := &d.Fields[i]
		if len(f.Laws) > 0 && (len(prev) != len(f.Laws) || &prev[0] != &f.Laws[0]) {
			prev, lawBytes = f.Laws, 2
			for _, l := range f.Laws {
				lawBytes += len(l) + 3
			}
		}
		if len(f.Laws) == 0 {
			n += 100 + 2*len(f.Path) + len(f.Category)
		} else {
			n += 100 + 2*len(f.Path) + len(f.Category) + lawBytes
		}
	}
	return n
}

func (rs *Ruleset) fail(d *Decision, stage string, f failure) {
	d.Reason, d.Detail, d.Stage = f.reason, f.detail, stage
	d.Jurisdictions, d.Fields, d.HomeRegion = nil, nil, ""
	d.Routes = []Route{{Region: "quarantine", Topic: rs.cfg.Topics.Quarantine, Projection: "quarantine", Reason: f.reason}}
}
