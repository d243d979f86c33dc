package evalcorpus

import (
	"fmt"
	"time"
)

// ------------------------------------------- FHIR QuestionnaireResponse

// w31FQ is one language's intake form: item texts and the answers
// people type for allergies.
type w31FQ struct {
	tag                                                          string
	name, dob, address, phone, id, allergies, pregnant, smoking  string
	orientation, genderID, religion, fever, cough, contact, vacc string
	allergyAnswers                                               []string
	phq                                                          []string
}

var w31FQLangs = map[string]w31FQ{
	"en": {"en", "Full name", "Date of birth", "Home address", "Mobile phone", "Health / insurance number", "Do you have any allergies? Please list them", "Are you pregnant or could you be pregnant?", "Tobacco smoking status",
		"Do you think of yourself as", "What is your current gender identity?", "Religious preference", "Have you had a fever in the last 14 days?", "Do you have a new cough?", "Have you been in contact with a confirmed COVID-19 case?", "Have you received a COVID-19 vaccine?",
		[]string{"Penicillin - rash", "Peanuts (anaphylaxis, carries EpiPen)", "Latex", "None known", "Sulfa drugs, shellfish"},
		[]string{"Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy", "Poor appetite or overeating", "Feeling bad about yourself - or that you are a failure or have let yourself or your family down", "Trouble concentrating on things, such as reading the newspaper or watching television", "Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual", "Thoughts that you would be better off dead, or of hurting yourself in some way"}},
	"de": {"de", "Vollständiger Name", "Geburtsdatum", "Wohnanschrift", "Mobilnummer", "Versichertennummer", "Haben Sie Allergien? Bitte angeben", "Sind Sie schwanger oder könnten Sie schwanger sein?", "Rauchen Sie?",
		"Sexuelle Orientierung", "Geschlechtsidentität", "Religionszugehörigkeit", "Hatten Sie in den letzten 14 Tagen Fieber?", "Haben Sie neu aufgetretenen Husten?", "Hatten Sie Kontakt zu einer bestätigt an COVID-19 erkrankten Person?", "Sind Sie gegen COVID-19 geimpft?",
		[]string{"Penicillin", "Pollen, Hausstaub", "Keine bekannt", "Nüsse"}, nil},
	"nl": {"nl", "Volledige naam", "Geboortedatum", "Woonadres", "Mobiel nummer", "BSN", "Heeft u allergieën? Zo ja, welke", "Bent u zwanger of zou u zwanger kunnen zijn?", "Rookt u?",
		"Seksuele oriëntatie", "Genderidentiteit", "Religie of levensbeschouwing", "Heeft u de afgelopen 14 dagen koorts gehad?", "Heeft u een nieuwe hoest?", "Heeft u contact gehad met iemand met COVID-19?", "Bent u gevaccineerd tegen COVID-19?",
		[]string{"Penicilline", "Pinda's", "Geen bekend"}, nil},
	"pt": {"pt-BR", "Nome completo", "Data de nascimento", "Endereço residencial", "Celular", "CPF / Cartão SUS", "Possui alguma alergia? Quais?", "Está grávida ou pode estar grávida?", "Você fuma?",
		"Orientação sexual", "Identidade de gênero", "Religião", "Teve febre nos últimos 14 dias?", "Está com tosse recente?", "Teve contato com caso confirmado de COVID-19?", "Tomou a vacina contra COVID-19?",
		[]string{"Dipirona", "Frutos do mar", "Nenhuma conhecida", "Sulfa"},
		[]string{"Pouco interesse ou pouco prazer em fazer as coisas", "Se sentir \"para baixo\", deprimido/a ou sem perspectiva", "Dificuldade para pegar no sono ou permanecer dormindo, ou dormir mais do que de costume", "Se sentir cansado/a ou com pouca energia", "Falta de apetite ou comendo demais", "Se sentir mal consigo mesmo/a — ou achar que você é um fracasso ou que decepcionou sua família ou você mesmo/a", "Dificuldade para se concentrar nas coisas, como ler o jornal ou ver televisão", "Lentidão para se movimentar ou falar, a ponto das outras pessoas perceberem? Ou o oposto — estar tão agitado/a ou irrequieto/a que você fica andando de um lado para o outro muito mais do que de costume", "Pensar em se ferir de alguma maneira ou que seria melhor estar morto/a"}},
}

// w31FQAnswers are the PHQ-9 / GAD-7 answers (LOINC answer list LL358-3).
var w31FQAnswers = [][2]string{{"LA6568-5", "Not at all"}, {"LA6569-3", "Several days"}, {"LA6570-1", "More than half the days"}, {"LA6571-9", "Nearly every day"}}

var w31FQGAD = []string{"Feeling nervous, anxious, or on edge", "Not being able to stop or control worrying", "Worrying too much about different things", "Trouble relaxing", "Being so restless that it's hard to sit still", "Becoming easily annoyed or irritable", "Feeling afraid as if something awful might happen"}

var w31FQOrientation = [][2]string{{"20430005", "Heterosexual"}, {"38628009", "Homosexual"}, {"42035005", "Bisexual"}, {"OTH", "Something else"}, {"UNK", "Don't know"}}
var w31FQGender = [][2]string{{"446151000124109", "Identifies as male gender"}, {"446141000124107", "Identifies as female gender"}, {"33791000087105", "Identifies as nonbinary gender"}, {"ASKU", "Asked but declined"}}
var w31FQReligion = [][2]string{{"1013", "Christian (non-Catholic, non-specific)"}, {"1041", "Roman Catholic Church"}, {"1023", "Islam"}, {"1020", "Hinduism"}}
var w31FQRace = [][2]string{{"2106-3", "White"}, {"2054-5", "Black or African American"}, {"2028-9", "Asian"}, {"1002-5", "American Indian or Alaska Native"}, {"2076-8", "Native Hawaiian or Other Pacific Islander"}}
var w31FQEthnicity = [][2]string{{"2135-2", "Hispanic or Latino"}, {"2186-5", "Not Hispanic or Latino"}}

// w31FQBase is the FHIR server of a country's clinic.
var w31FQBase = map[string]string{"US": "https://fhir.lakesidehealth.example/r4", "GB": "https://fhir.nhs-trust.example/R4", "AU": "https://fhir.harbourgp.example.au/fhir", "CA": "https://fhir.clinique-rosemont.example/fhir",
	"DE": "https://fhir.praxis-weber.example/fhir", "NL": "https://fhir.huisartsen-utrecht.example/fhir/R4", "BR": "https://fhir.clinicasaude.example.com.br/fhir/r4"}

func fhirQuestionnaireResponse(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "GB", "GB", "AU", "CA", "DE", "NL", "BR", "BR"})
	g.w29Redraw(cc)
	p := g.p
	child := g.r.IntN(4) == 0
	if child {
		g.w29Age(2, 17)
	} else {
		g.w29Age(18, 85)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	lang := map[string]string{"DE": "de", "NL": "nl", "BR": "pt"}[cc]
	if lang == "" {
		lang = "en"
	}
	L := w31FQLangs[lang]
	form := pick(g.r, []string{"intake", "intake", "phq9", "gad7", "covid"})
	if form == "phq9" && L.phq == nil || form == "gad7" && lang != "en" {
		form = "intake"
	}
	if child && (form == "phq9" || form == "gad7") && p.dob.After(g.t.AddDate(-12, 0, 0)) {
		form = "intake"
	}
	base := w31FQBase[cc]
	patID := pick(g.r, []string{"", "pat-", "P"}) + fmt.Sprint(10000+g.r.IntN(9000000))
	if g.r.IntN(3) == 0 {
		patID = g.uuid()
	}
	name := p.given + " " + p.family
	qrID := g.uuid()
	if g.r.IntN(2) == 0 {
		qrID = fmt.Sprint(100000 + g.r.IntN(900000))
	}
	var items []*node
	q := func(linkID, text string, answers ...*node) *node {
		return O("linkId", N(linkID), "text", N(text), "answer", A(answers...))
	}
	coding := func(system string, c [2]string, cat string) *node {
		code, disp := P(c[0]), P(c[1])
		if cat != "" {
			code, disp = S(c[0], cat), S(c[1], cat)
		}
		return O("valueCoding", O("system", N(system), "code", code, "display", disp))
	}
	health := func(b bool) *node { return O("valueBoolean", S(b, "health")) }
	var canonical string
	switch form {
	case "phq9", "gad7":
		texts, loinc, total, totalText := L.phq, []string{"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"}, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"
		canonical = "http://loinc.org/q/44249-1"
		if form == "gad7" {
			texts, loinc, total, totalText = w31FQGAD, []string{"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"}, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"
			canonical = "http://loinc.org/q/69737-5"
		}
		sum := 0
		for i, t := range texts {
			a := g.r.IntN(4)
			sum += a
			items = append(items, q("/"+loinc[i], t, coding("http://loinc.org", w31FQAnswers[a], "health")))
		}
		items = append(items, q("/"+total, totalText, O("valueInteger", S(sum, "health"))))
	case "covid":
		canonical = base + "/Questionnaire/covid19-screening"
		items = append(items, q("fever", L.fever, health(g.r.IntN(4) == 0)), q("cough", L.cough, health(g.r.IntN(4) == 0)),
			q("contact", L.contact, health(g.r.IntN(5) == 0)), q("vaccinated", L.vacc, health(g.r.IntN(4) != 0)))
		if g.r.IntN(2) == 0 {
			items = append([]*node{q("name", L.name, O("valueString", P(name))), q("dob", L.dob, O("valueDate", g.dob("2006-01-02")))}, items...)
		}
	default:
		canonical = base + "/Questionnaire/new-patient-intake|" + pick(g.r, []string{"1.0.0", "2.1", "3"})
		demo := []*node{q("1.1", L.name, O("valueString", P(name))), q("1.2", L.dob, O("valueDate", g.dob("2006-01-02")))}
		if g.w31Rec(p.c.name) {
			demo = append(demo, q("1.3", L.address, O("valueString", P(p.street+", "+p.city+" "+p.post+", "+p.c.name))))
		}
		if ph := g.phone(""); ph != nil {
			demo = append(demo, q("1.4", L.phone, O("valueString", ph)))
		}
		idv := map[string]string{"GB": nhsNumber(g.r), "BR": w31Digits(genCPF(g.r, p.dob, p.female, [2]string{})), "NL": pattern(g.r, "#########"), "DE": pattern(g.r, "A#########")}[cc]
		if cc == "AU" {
			idv, _ = auMedicare(g.r)
		}
		if idv != "" {
			demo = append(demo, q("1.5", L.id, O("valueString", P(idv))))
		}
		items = append(items, O("linkId", N("1"), "text", N(map[string]string{"en": "About you", "de": "Angaben zur Person", "nl": "Persoonsgegevens", "pt": "Dados pessoais"}[lang]), "item", A(demo...)))
		med := []*node{q("2.1", L.allergies, O("valueString", S(pick(g.r, L.allergyAnswers), "health")))}
		if p.female && !child || p.female && g.ageAt() >= 13 {
			med = append(med, q("2.2", L.pregnant, health(g.r.IntN(6) == 0)))
		}
		if !child || g.ageAt() >= 12 {
			med = append(med, q("2.3", L.smoking, coding("http://snomed.info/sct", pick(g.r, [][2]string{{"266919005", "Never smoked tobacco"}, {"8517006", "Ex-smoker"}, {"77176002", "Smoker"}}), "health")))
		}
		items = append(items, O("linkId", N("2"), "text", N(map[string]string{"en": "Medical history", "de": "Anamnese", "nl": "Medische gegevens", "pt": "Histórico de saúde"}[lang]), "item", A(med...)))
		var soc []*node
		if !child && g.r.IntN(3) != 0 {
			soc = append(soc, q("3.1", L.orientation, coding("http://snomed.info/sct", pick(g.r, w31FQOrientation), "sexual_orientation")),
				q("3.2", L.genderID, coding("http://snomed.info/sct", pick(g.r, w31FQGender), "")))
		}
		if cc == "US" {
			soc = append(soc, q("3.3", "Race", coding("urn:oid:2.16.840.1.113883.6.238", pick(g.r, w31FQRace), "ethnicity")),
				q("3.4", "Ethnicity", coding("urn:oid:2.16.840.1.113883.6.238", pick(g.r, w31FQEthnicity), "ethnicity")))
		}
		if g.r.IntN(2) == 0 {
			soc = append(soc, q("3.5", L.religion, coding("http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation", pick(g.r, w31FQReligion), "religion")))
		}
		if len(soc) > 0 {
			items = append(items, O("linkId", N("3"), "text", N(map[string]string{"en": "About you (optional)", "de": "Weitere Angaben (freiwillig)", "nl": "Aanvullende gegevens (optioneel)", "pt": "Informações adicionais (opcional)"}[lang]), "item", A(soc...)))
		}
	}
	subject := O("reference", P("Patient/"+patID))
	if g.r.IntN(2) == 0 {
		subject.set("display", P(name))
	}
	author := O("reference", P("Patient/"+patID))
	if child {
		parent := g.w29OtherName(p.c)
		author = O("reference", P("RelatedPerson/"+fmt.Sprint(1000+g.r.IntN(90000))), "display", P(parent.given+" "+p.family))
	}
	authored := g.t.Add(-time.Duration(g.r.IntN(3600)) * time.Second)
	qr := O("resourceType", N("QuestionnaireResponse"), "id", N(qrID),
		"meta", O("versionId", N(fmt.Sprint(1+g.r.IntN(3))), "lastUpdated", N(g.t.UTC().Format("2006-01-02T15:04:05.000+00:00")), "profile", A(N(map[bool]string{true: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse", false: "http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse"}[cc == "US"]))))
	if l := g.w29LocaleAs(L.tag, map[string]string{"pt": "BR"}[lang]); l != nil && lang == "pt" {
		qr.set("language", l)
	} else if lang != "pt" && g.r.IntN(2) == 0 {
		qr.set("language", N(L.tag))
	}
	qr.set("identifier", O("system", N(base+"/form-submissions"), "value", N(g.uuid())))
	qr.set("questionnaire", N(canonical))
	qr.set("status", N(pick(g.r, []string{"completed", "completed", "completed", "in-progress", "amended"})))
	qr.set("subject", subject)
	if g.r.IntN(2) == 0 {
		qr.set("encounter", O("reference", N("Encounter/"+fmt.Sprint(100000+g.r.IntN(900000)))))
	}
	qr.set("authored", N(authored.In(g.w29Zone(p.tz)).Format("2006-01-02T15:04:05-07:00")))
	qr.set("author", author)
	qr.set("source", O("reference", author.obj[0].val))
	qr.set("item", A(items...))
	token := C("Bearer " + g.b62(36) + "." + g.b62(200) + "." + g.chars(b64Set, 86))
	switch m := g.r.IntN(10); {
	case m < 4:
		return qr
	case m < 7:
		return O("request", O("method", N("GET"), "url", N(base+"/QuestionnaireResponse/"+qrID), "headers", O("Authorization", token, "Accept", N("application/fhir+json"))),
			"response", O("status", N(200), "headers", O("Content-Type", N("application/fhir+json;charset=utf-8"), "ETag", N(`W/"1"`)), "body", qr))
	case m < 9:
		return O("received_at", g.w29Stamp(time.Second), "method", N("POST"), "path", N("/fhir/QuestionnaireResponse"),
			"headers", O("Content-Type", N("application/fhir+json"), "Authorization", token), "body", qr)
	}
	return O("resourceType", N("Bundle"), "id", N(g.uuid()), "type", N("searchset"), "total", N(1),
		"link", A(O("relation", N("self"), "url", P(base+"/QuestionnaireResponse?subject=Patient/"+patID))),
		"entry", A(O("fullUrl", N(base+"/QuestionnaireResponse/"+qrID), "resource", qr, "search", O("mode", N("match")))))
}
