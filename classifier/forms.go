package classifier

import (
	"strings"
	"unicode"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// The form pass. Form and survey tools (Typeform, Google Forms, SurveyMonkey
// and their like) send answers apart from their questions: an answer is
// {"type": "date", "date": "2011-05-14", "field": {"id": "Xy7…"}} and the
// question it answers, "When were you born?", sits in the form's
// definition elsewhere in the event under the same id. By member names
// alone the answer's date is an event timestamp and its text unknown; read
// with its question, it is a date of birth that makes the subject a minor,
// and a dropdown answer to "Which country do you live in?" is where they
// live.
//
// So, before the values are read:
//   - a question is an object holding an id (id, ref, questionId, fieldId,
//     qid) and a title (title, label, question, questionText, prompt) that
//     is prose (has a space or ends in "?"); Google Forms keeps the id
//     one or two objects down ({"title": ..., "questionItem": {"question":
//     {"questionId": ...}}}), so ids of nested objects count too. A form
//     lists its questions, so the object is an array's element (or a map's
//     value keyed by its id), under no container named as a person, and
//     shaped like a form's field: a type member beside the title, or the id
//     in an object of its own. {"owner": {"id": 7, "title": "Head of
//     Sales"}} is a person's record, and an id equal to it elsewhere is
//     theirs, not a form's;
//   - an answer is another object with a member equal to a question's id,
//     directly ({"questionId": "1f2e"}) or in an object of its own
//     ({"field": {"id": ..., "ref": ...}});
//   - the question's title is read as a member name, word by word and in
//     runs of up to three words ("email address", "date of birth"): the
//     first personal or evidence category an exact name gives is the
//     answer's, and the title's words may type a country as a name's do
//     ("Which countries have you visited?" is no residence). A title that
//     names nothing and asks nothing joins nothing;
//   - the answer's value leaves take that category; the ids that join the
//     two and the title are the form's labels (event.type), weak, so their
//     values are still scanned.
//
// A title that names nothing personal leaves its answers as they were
// (unknown answers stay personal by default): the pass only ever makes an
// answer more personal or gives evidence, never less.
func (rs *Ruleset) formPass(s *scratch) {
	if rs.idType < 0 {
		return
	}
	rs.inlineAnswers(s)
	nodes := s.doc.Nodes
	// Questions first; most events have none, and then the pass costs
	// one look at each object member's folded name.
	type question struct {
		obj   int32 // the object holding the title
		title int32 // the title leaf
		cat   int   // what the title names, -1 nothing, -2 not read yet
		base  int   // its evidence base after the title's words, -1 none
	}
	var qbuf [8]question
	qs := qbuf[:0]
	for i := range nodes {
		n := &nodes[i]
		if n.Parent < 0 || n.Kind != event.String || nodes[n.Parent].Kind != event.Object {
			continue
		}
		obj := n.Parent
		switch {
		case maybeTitleKey(n.Key) && titleKeys[rs.keyInfo(s, n.Key).fold] && prose(n.Str):
		case rs.namedQuestion(s, int32(i)):
			// LinkedIn's {"questionId": 7, "name": "country",
			// "predefinedField": "COUNTRY"}: the field's own name.
		case prose(n.Str) && localeKey(n.Key):
			// A localized title ({"question": {"localized": {"en_US":
			// "Country/Region"}}}): the question is the object holding
			// the title member.
			q := rs.localizedTitleOwner(s, n.Parent)
			if q < 0 {
				continue
			}
			obj = q
		default:
			continue
		}
		if !inArrayElement(&s.doc, obj) && !inArrayElement(&s.doc, int32(i)) && !rs.formMapElement(s, obj) || rs.personalAbove(s, obj) {
			// A form lists its questions; a lone object with an id
			// and a title ({"owner": {"id": 7, "title": "Head of
			// Sales"}}) is a record, and its id the person's.
			continue
		}
		if len(qs) == 64 {
			break // a form of more questions is read no further
		}
		// The title is read once an answer joins it: titles of
		// pages and products are far more common than forms.
		qs = append(qs, question{obj: obj, title: int32(i), cat: -2})
	}
	if len(qs) == 0 {
		return
	}
	// The ids of each question: members of its object and of objects
	// up to two levels down.
	ids := s.formIDs[:0]
	for qi, q := range qs {
		ids = rs.appendFormIDs(s, ids, q.obj, qi, 0)
	}
	s.formIDs = ids
	if len(ids) == 0 {
		return
	}
	leafAt := s.leafIndex()
	// Answers: an id leaf equal to a question's id outside that question.
	for i := range nodes {
		n := &nodes[i]
		if n.Parent < 0 || n.Kind != event.String && n.Kind != event.Number || nodes[n.Parent].Kind != event.Object || !formIDKeys[rs.keyInfo(s, n.Key).fold] {
			continue
		}
		for _, id := range ids {
			q := &qs[id.q]
			if id.v != n.Str || int32(i) == id.node || within(nodes, int32(i), q.obj) {
				continue
			}
			if len(id.v) == 1 && rs.keyInfo(s, nodes[id.node].Key).fold != rs.keyInfo(s, n.Key).fold {
				continue
			}
			// The answer is the object holding the id, or, when the
			// id sits in an object of its own ({"field": {"id"}}),
			// that object's container.
			ans, ref := n.Parent, int32(-1)
			if !rs.answerHolds(s, ans, int32(i)) {
				ref, ans = ans, nodes[ans].Parent
				if ans < 0 || nodes[ans].Kind != event.Object {
					break
				}
			}
			if rs.personalAbove(s, ans) {
				break // {"assignee": {"id": 7}} is a person, not an answer
			}
			if q.cat == -2 {
				q.cat, q.base = rs.questionCategory(s, nodes[q.title].Str)
			}
			if q.cat < 0 && !asks(nodes[q.title].Str) || nodes[id.node].Parent == q.obj && !rs.hasTypeKey(s, q.obj) {
				// Only a title that asks a question or for something
				// personal, on an object shaped like a form's field (a
				// type beside it, or its id in an item of its own as
				// Google's):
				// {"id": 7, "title": "Head of Sales"} is a person's
				// record, and an id equal to it elsewhere is theirs.
				break
			}
			rs.labelLeaf(s, leafAt, int32(i))
			rs.labelLeaf(s, leafAt, id.node)
			rs.labelLeaf(s, leafAt, q.title)
			if !within(nodes, q.obj, ans) {
				// Not when the "answer" holds the question: a form's
				// id beside its definition joins the two, but the
				// form's title is no question about the whole event.
				rs.answerLeaves(s, leafAt, ans, ref, q.cat, q.base)
			}
			break
		}
	}
}

// namedQuestion reports whether string leaf i is a form field's own name
// beside its question id ({"questionId": 7, "name": "country"}): a name
// a personal or evidence category knows, in an object that is a list's
// element and holds a question's id.
func (rs *Ruleset) namedQuestion(s *scratch, i int32) bool {
	nodes := s.doc.Nodes
	n := &nodes[i]
	switch rs.keyInfo(s, n.Key).fold {
	case "name", "predefinedfield", "fieldname", "fieldkey":
	default:
		return false
	}
	if len(n.Str) > 64 || strings.IndexByte(n.Str, ' ') >= 0 || !inArrayElement(&s.doc, i) {
		return false
	}
	hasID := false
	for c := nodes[n.Parent].First; c >= 0; c = nodes[c].Next {
		if c != i && formIDKeys[rs.keyInfo(s, nodes[c].Key).fold] && rs.keyInfo(s, nodes[c].Key).fold != "id" {
			hasID = true
		}
	}
	if !hasID {
		return false
	}
	c, _ := rs.nameCategory(n.Str)
	return c >= 0 && (rs.cats[c].personal || rs.cats[c].evidence >= 0)
}

// localeKey reports whether k names a locale ("en", "en_US", "pt-BR").
func localeKey(k string) bool {
	if len(k) != 2 && len(k) != 5 {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i == 2 && (c == '_' || c == '-')) {
			return false
		}
	}
	return true
}

// localizedTitleOwner is the object holding a title member whose value
// holds localized object o (or o's container "localized"), or -1.
func (rs *Ruleset) localizedTitleOwner(s *scratch, o int32) int32 {
	nodes := s.doc.Nodes
	for j, up := o, 0; j > 0 && up < 2; j, up = nodes[j].Parent, up+1 {
		if nodes[nodes[j].Parent].Kind != event.Object {
			return -1
		}
		if titleKeys[rs.keyInfo(s, nodes[j].Key).fold] {
			return nodes[j].Parent
		}
	}
	return -1
}

// hasTypeKey reports whether object o has a type key member (a form
// field's "type": "short_text").
func (rs *Ruleset) hasTypeKey(s *scratch, o int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[o].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Kind == event.String && rs.typeKeys[rs.keyInfo(s, nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// asks reports whether a title is a question ("How did you hear about
// us?").
func asks(v string) bool {
	return strings.HasSuffix(v, "?") || strings.HasSuffix(v, "？") || strings.HasSuffix(v, "؟")
}

// formMapElement reports whether object o is a value of a map keyed by
// ids (Google Forms' {"answers": {"3f1a": {...}}}, SurveyMonkey's pages):
// its member name is its own id.
func (rs *Ruleset) formMapElement(s *scratch, o int32) bool {
	nodes := s.doc.Nodes
	key := nodes[o].Key
	if key == "" {
		return false
	}
	for c := nodes[o].First; c >= 0; c = nodes[c].Next {
		if nodes[c].Str == key && formIDKeys[rs.keyInfo(s, nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// personalAbove reports whether object o or a container above it is
// named as a person or as data about one (user, owner, customer): a
// record there is no form's.
func (rs *Ruleset) personalAbove(s *scratch, o int32) bool {
	for j := o; j > 0; j = s.doc.Nodes[j].Parent {
		if c := s.nodeCat[j]; c >= 0 && rs.cats[c].personal {
			return true
		}
	}
	return false
}

// titleKeys name a question's text; formIDKeys its id.
var (
	titleKeys  = map[string]bool{"title": true, "label": true, "question": true, "questiontext": true, "prompt": true}
	formIDKeys = map[string]bool{"id": true, "ref": true, "questionid": true, "fieldid": true, "qid": true, "itemid": true, "formid": true}
)

// maybeTitleKey is a cheap test before the folded name is looked up:
// every title key is 5 to 14 bytes and starts with t, l, q or p.
func maybeTitleKey(k string) bool {
	if len(k) < 5 || len(k) > 14 {
		return false
	}
	switch k[0] | 0x20 {
	case 't', 'l', 'q', 'p':
		return true
	}
	return false
}

// prose reports whether a title reads as a question or a label someone
// wrote (words with spaces, or a question mark), not a code.
func prose(v string) bool {
	return len(v) >= 4 && len(v) <= 300 && (strings.IndexByte(v, ' ') > 0 || strings.HasSuffix(v, "?") || strings.HasSuffix(v, "？"))
}

// formID is a question's id: its value, the question (an index into the
// pass's questions) and the id's leaf.
type formID struct {
	v    string
	q    int
	node int32
}

// appendFormIDs appends the id members of question q's object o and of
// the objects up to two levels below it (not arrays: those are the
// question's choices, whose ids name options).
func (rs *Ruleset) appendFormIDs(s *scratch, ids []formID, o int32, q, depth int) []formID {
	nodes := s.doc.Nodes
	for c := nodes[o].First; c >= 0; c = nodes[c].Next {
		n := &nodes[c]
		switch {
		case (n.Kind == event.String || n.Kind == event.Number) && (len(n.Str) >= 2 || len(n.Str) == 1 && rs.keyInfo(s, n.Key).fold != "id") && formIDKeys[rs.keyInfo(s, n.Key).fold]:
			// One digit only under a question's own id name
			// (LinkedIn's questionId: 7), matched under the same name.
			if len(ids) < 256 {
				ids = append(ids, formID{n.Str, q, c})
			}
		case n.Kind == event.Object && depth < 2:
			ids = rs.appendFormIDs(s, ids, c, q, depth+1)
		}
	}
	return ids
}

// answerHolds reports whether object ans holds an answer's value beside
// its id leaf: any other member that is not a type key.
func (rs *Ruleset) answerHolds(s *scratch, ans, id int32) bool {
	nodes := s.doc.Nodes
	for c := nodes[ans].First; c >= 0; c = nodes[c].Next {
		if c != id && !rs.typeKeys[rs.keyInfo(s, nodes[c].Key).fold] && !formIDKeys[rs.keyInfo(s, nodes[c].Key).fold] {
			return true
		}
	}
	return false
}

// answerLeaves gives the leaves of answer object ans (but not those of
// its reference object ref, nor its type keys and ids) the category cat,
// and their values the evidence base.
func (rs *Ruleset) answerLeaves(s *scratch, leafAt []int32, ans, ref int32, cat, base int) {
	nodes := s.doc.Nodes
	end := subtreeEnd(nodes, ans)
	for j := ans + 1; j < end; j++ {
		n := &nodes[j]
		if n.Kind >= event.Object || within(nodes, j, ref) {
			continue
		}
		if nodes[n.Parent].Kind == event.Object && n.Parent == ans {
			if f := rs.keyInfo(s, n.Key).fold; rs.typeKeys[f] || formIDKeys[f] {
				continue
			}
		}
		k := leafAt[j]
		if k < 0 {
			continue
		}
		l := &s.leaves[k]
		if l.cat >= 0 && l.cat != rs.idText && rs.cats[l.cat].personal && rs.cats[l.cat].evidence < 0 {
			continue // already personal by its own name ("email" answers); "answer" is any text
		}
		l.cat, l.by, l.weak, l.ctx = cat, byName, false, true
		if base >= 0 && n.Kind == event.String && !rs.otherPerson(s, j) {
			rs.evidenceOf(s, base, j, true)
		}
	}
}

// inlineAnswers reads the answers a form response keeps inside each of
// its items, beside the item's own question: FHIR's QuestionnaireResponse
// ({"linkId": "1.3", "text": "Woonadres", "answer": [{"valueString":
// "Kalverstraat 92, Amsterdam"}]}). The text is read as formPass reads a
// question's title, and the answers take what it names; the text and the
// link id are the form's labels.
func (rs *Ruleset) inlineAnswers(s *scratch) {
	nodes := s.doc.Nodes
	var leafAt []int32
	for i := range nodes {
		n := &nodes[i]
		if n.Parent < 0 || n.Kind != event.String || len(n.Key) != 6 || !strings.EqualFold(n.Key, "linkId") || nodes[n.Parent].Kind != event.Object {
			continue
		}
		text, answer := int32(-1), int32(-1)
		for c := nodes[n.Parent].First; c >= 0; c = nodes[c].Next {
			switch {
			case nodes[c].Kind == event.String && nodes[c].Key == "text" && len(nodes[c].Str) >= 2 && len(nodes[c].Str) <= 256:
				// A label of one word is one too ("Woonadres"): the
				// link id and the answers beside it say it is a
				// question's.
				text = c
			case nodes[c].Kind == event.Array && nodes[c].Key == "answer":
				answer = c
			}
		}
		if text < 0 || answer < 0 {
			continue
		}
		cat, base := rs.questionCategory(s, nodes[text].Str)
		if cat < 0 && base < 0 {
			continue
		}
		if leafAt == nil {
			leafAt = s.leafIndex()
		}
		rs.labelLeaf(s, leafAt, text)
		rs.labelLeaf(s, leafAt, int32(i))
		rs.answerLeaves(s, leafAt, answer, -1, cat, base)
	}
}

// labelLeaf makes leaf node i a label of the form (event.type): a join's
// ids are the form's, the same for every respondent, and a title is the
// form author's text, whatever their member names would say ("title" is
// also an honorific). It stays weak, so its value is still scanned and a
// personal finding wins; a credential stays one.
func (rs *Ruleset) labelLeaf(s *scratch, leafAt []int32, i int32) {
	if k := leafAt[i]; k >= 0 {
		l := &s.leaves[k]
		if l.cat < 0 || !rs.cats[l.cat].credential {
			l.cat, l.by, l.weak = rs.idType, byName, true
		}
	}
}

// questionCategory is what a question's answer is: what its title names
// (titleCategory), or else the special category a term of the title
// tells. "Have you ever been diagnosed with diabetes?" answered true,
// false or "no" is health data about the respondent whatever the answer
// says, as a yes/no box's member named has_diabetes would be; the title
// is the form author's and stays a label (still scanned, so it stays
// flagged where it names the category itself).
func (rs *Ruleset) questionCategory(s *scratch, title string) (cat, base int) {
	if cat, base = rs.titleCategory(title); cat >= 0 || base >= 0 {
		return cat, base
	}
	if t := rs.findTerm(s, title); t >= 0 && rs.cats[t].special {
		return t, -1
	}
	return -1, -1
}

// titleCategory reads a question's title as a member name: the words of
// the title in runs of three, two and one ("date of birth" is
// dateofbirth), the first exact name of a personal or evidence category
// found; and the evidence base of that category, typed by any word of the
// title an evidence context names ("visited" in "Which countries have you
// visited?").
func (rs *Ruleset) titleCategory(title string) (cat, base int) {
	ws := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) > 24 {
		ws = ws[:24]
	}
	cat, base = -1, -1
	if rs.idAge >= 0 && asksAge(ws, title) {
		return rs.idAge, -1 // "How old are you?": the answer is the person's age
	}
	cat = rs.titleRuns(ws)
	if cat < 0 {
		// Titles in other languages join their nouns with small
		// words the names leave out ("Data de nascimento" is
		// datanascimento, "Lugar de residencia" lugarresidencia) and
		// write accents the names may not ("Endereço" is endereco).
		short := make([]string, 0, len(ws))
		for _, w := range ws {
			if !titleJoinWords[w] {
				short = append(short, stripMarks(w))
			}
		}
		cat = rs.titleRuns(short)
	}
	if cat < 0 {
		return -1, -1
	}
	base = rs.cats[cat].evidence
	if base == baseResidence {
		for _, w := range ws {
			for _, ec := range rs.evContexts {
				// Question words are verbs as often as nouns: "visit"
				// is the context "visited" names.
				if ec.base == ctxOthers {
					continue // "to" and "team" are words of any question
				}
				if strings.HasPrefix(w, ec.prefix) || len(w) >= 4 && strings.HasPrefix(ec.prefix, w) && ec.base != ctxPast {
					if ec.base < 0 {
						return cat, -1
					}
					base = ec.base
				}
			}
		}
	}
	return cat, base
}

// asksAge reports whether a question asks the person answering their
// age ("How old are you?", "Wie alt bist du?", "Сколько вам лет?",
// "你几岁？"), by its words ws (lower case) or, for scripts written
// without spaces, its text: a question about someone else's ("How old is
// your child?") is none.
func asksAge(ws []string, title string) bool {
	if len(ws) < 2 && !strings.ContainsAny(title, "岁歳살อายุ") {
		return false
	}
	joined := " " + strings.Join(ws, " ") + " "
	for _, p := range ageQuestions {
		if strings.Contains(joined, p) {
			return true
		}
	}
	for _, p := range ageQuestionsUnspaced {
		if strings.Contains(title, p) {
			return true
		}
	}
	return false
}

// ageQuestions ask the person their age, as words between spaces;
// ageQuestionsUnspaced in scripts written without them.
var (
	ageQuestions = []string{" how old are you ", " how old r u ", " how old will you be ", " wie alt bist du ", " wie alt sind sie ",
		" quel âge as tu ", " quel âge avez vous ", " quel age as tu ", " quel age avez vous ", " tu as quel âge ", " vous avez quel âge ",
		" cuántos años tienes ", " cuantos años tienes ", " cuantos anos tienes ", " cuántos años tiene usted ", " qué edad tienes ", " que edad tienes ",
		" quantos anos você tem ", " quantos anos voce tem ", " quantos anos tens ", " que idade você tem ", " quanti anni hai ", " quanti anni ha ",
		" сколько тебе лет ", " сколько вам лет ", " скільки тобі років ", " скільки вам років ", " kaç yaşındasın ", " kaç yaşındasınız ",
		" berapa umur anda ", " berapa umur kamu ", " berapa usia anda ", " berapa usia kamu ", " bạn bao nhiêu tuổi ", " ile masz lat ",
		" hoe oud ben je ", " hoe oud bent u ", " hur gammal är du ", " hvor gammel er du ", " kuinka vanha olet ", " hány éves vagy ",
		" kolik ti je let ", " kolik je vám let ", " câți ani ai ", " cati ani ai ", " πόσων χρονών είσαι ", " πόσο χρονών είσαι ",
		" كم عمرك ", " آپ کی عمر کیا ہے ", " आपकी उम्र क्या है ", " तुम्हारी उम्र क्या है ", " umri wako ni ", " ilang taon ka na ", " ilang taon ka "}
	ageQuestionsUnspaced = []string{"你几岁", "你多大", "您多大", "你今年几岁", "你今年多大", "何歳ですか", "おいくつですか", "몇 살이에요", "몇 살이세요", "몇살이에요",
		"나이가 어떻게", "คุณอายุเท่าไหร่", "คุณอายุเท่าไร", "كم عمرك"}
)

// titleStopWords are words of a question that name no field on their own
// ("What is your name?" is about a name, not a "what").
var titleStopWords = map[string]bool{"what": true, "whats": true, "is": true, "your": true, "you": true, "are": true, "do": true, "in": true, "the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "which": true, "when": true, "where": true, "how": true, "please": true, "enter": true, "us": true, "to": true, "we": true, "can": true, "our": true, "s": true, "my": true, "me": true}

// titleJoinWords are the small words that join the nouns of a field's
// title in the languages the names cover: articles, "of" and its forms.
var titleJoinWords = map[string]bool{"de": true, "da": true, "do": true, "das": true, "dos": true, "del": true, "la": true, "el": true, "le": true,
	"les": true, "des": true, "du": true, "di": true, "della": true, "dello": true, "dei": true, "van": true, "von": true, "der": true,
	"het": true, "of": true, "the": true, "d": true, "l": true, "seu": true, "sua": true, "su": true, "tu": true, "votre": true, "ihr": true, "ihre": true}

// titleRuns is the first personal or evidence category an exact name
// gives to a run of three, two or one of the words ws, or -1.
func (rs *Ruleset) titleRuns(ws []string) int {
	for size := 3; size >= 1; size-- {
		for i := 0; i+size <= len(ws); i++ {
			name := strings.Join(ws[i:i+size], "")
			if size == 1 && titleStopWords[name] {
				continue
			}
			if c, ok := rs.exact[name]; ok && (rs.cats[c].personal || rs.cats[c].evidence >= 0) {
				return c
			}
		}
	}
	return -1
}

// within reports whether node j is node o or below it.
func within(nodes []event.Node, j, o int32) bool {
	if o < 0 {
		return false
	}
	for ; j >= 0; j = nodes[j].Parent {
		if j == o {
			return true
		}
	}
	return false
}

// subtreeEnd is the index after the last node of node o's subtree (nodes
// are in pre-order).
func subtreeEnd(nodes []event.Node, o int32) int32 {
	end := o + 1
	for end < int32(len(nodes)) && within(nodes, end, o) {
		end++
	}
	return end
}

// leafIndex maps each node to its leaf's index in s.leaves, -1 for
// containers.
func (s *scratch) leafIndex() []int32 {
	if cap(s.leafAt) < len(s.doc.Nodes) {
		s.leafAt = make([]int32, len(s.doc.Nodes))
	}
	m := s.leafAt[:len(s.doc.Nodes)]
	for i := range m {
		m[i] = -1
	}
	for k := range s.leaves {
		m[s.leaves[k].node] = int32(k)
	}
	return m
}
