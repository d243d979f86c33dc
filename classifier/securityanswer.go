package classifier

import (
	"strings"

	"github.com/residency-labs/signup-classifier/classifier/event"
)

// A security question's answer is a credential whatever its member is
// called (red team 29): fields.yaml's context rules find it under a
// security question's container ({"security_question": {"answer": …}}),
// but producers also write the question itself beside the answer
// ({"q": "What is your mother's maiden name?", "a": "Kuznetsova"},
// {"recovery": {"question": …, "response": …}}), as the key of the answer
// ({"kba": {"What is your mother's maiden name?": "Kuznetsova"}}) or as the
// first of a pair (Sentry-like [["What was your first pet's name?",
// "Barsik"]]). What the question asks says the answer is the secret.

// securityAnswer reports whether string leaf i answers a security
// question that its member name, a sibling or its pair's first element
// asks.
func (rs *Ruleset) securityAnswer(s *scratch, i int32) bool {
	doc := &s.doc
	n := &doc.Nodes[i]
	if n.Kind != event.String || n.Parent < 0 || len(n.Str) == 0 || len(n.Str) > 256 {
		return false
	}
	p := &doc.Nodes[n.Parent]
	switch p.Kind {
	case event.Object:
		if securityQuestion(n.Key) {
			return true // {"What is your mother's maiden name?": "Kuznetsova"}
		}
		if len(n.Key) > 16 || !answerNames[rs.keyInfo(s, n.Key).fold] {
			return false // (the folded name is cached: no string is built per event)
		}
		for c := p.First; c >= 0; c = doc.Nodes[c].Next {
			if c != i && doc.Nodes[c].Kind == event.String && securityQuestion(doc.Nodes[c].Str) {
				return true // {"q": "What was your first pet's name?", "a": …}
			}
		}
	case event.Array:
		// [question, answer]: the element after the question.
		if first := p.First; first >= 0 && first != i && doc.Nodes[first].Next == i && doc.Nodes[i].Next < 0 {
			f := &doc.Nodes[first]
			return f.Kind == event.String && securityQuestion(f.Str)
		}
	}
	return false
}

// answerNames are the member names of an answer beside its question.
var answerNames = map[string]bool{
	"a": true, "ans": true, "answer": true, "answers": true, "response": true, "reply": true, "value": true, "val": true,
	"antwort": true, "respuesta": true, "reponse": true, "réponse": true, "resposta": true, "risposta": true,
	"ответ": true, "cevap": true, "odpowiedz": true, "odpowiedź": true, "答え": true, "答案": true, "답변": true,
	"secret": true, "text": true,
}

// securityQuestion reports whether v asks one of the questions account
// recovery and knowledge-based authentication ask, in the covered
// languages.
func securityQuestion(v string) bool {
	if len(v) < 8 || len(v) > 300 || strings.IndexByte(v, ' ') < 0 {
		return false // a question has words: most member names and values are no question
	}
	lv := strings.ToLower(v)
	for _, q := range securityQuestionPhrases {
		if strings.Contains(lv, q) {
			return true
		}
	}
	return false
}

var securityQuestionPhrases = [...]string{
	"maiden name", "security question", "secret question", "first pet", "pet's name", "pet’s name", "name of your pet",
	"first school", "elementary school", "primary school", "favorite teacher", "favourite teacher", "first teacher",
	"first car", "grew up on", "street did you grow up", "street you grew up", "city were you born", "city you were born",
	"town were you born", "childhood nickname", "childhood best friend", "childhood friend", "first job", "first boss",
	"father's middle name", "mother's middle name", "father’s middle name", "mother’s middle name", "where did you meet your",
	"honeymoon", "first concert", "first kiss",
	"mädchenname", "geburtsname der mutter", "sicherheitsfrage", "geheimfrage", "erstes haustier", "ersten haustier", "erste schule", "ersten schule",
	"nom de jeune fille", "question secrète", "question de sécurité", "premier animal", "première école",
	"apellido de soltera", "pregunta secreta", "pregunta de seguridad", "primera mascota", "primer colegio", "primera escuela",
	"nome de solteira", "pergunta secreta", "pergunta de segurança", "primeiro animal", "primeira escola",
	"nome da nubile", "domanda segreta", "domanda di sicurezza", "primo animale",
	"девичья фамилия", "девичью фамилию", "секретный вопрос", "контрольный вопрос", "кличка", "первого питомца", "первой школы",
	"kızlık soyadı", "gizli soru", "güvenlik sorusu", "nazwisko panieńskie", "pytanie bezpieczeństwa",
	"旧姓", "秘密の質問", "母亲的姓名", "密保问题", "安全问题", "보안 질문", "보안질문",
}
