package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// -------------------------------------------------------- ActiveCampaign

// An ActiveCampaign webhook is a form post: the event type, its date,
// where it was initiated, the list, form, campaign and link ids and
// names are non-personal; the contact's id, e-mail, names, phone and IP
// address are personal, and so are the custom fields of birth dates,
// national ids, schools and cities; a country field is the contact's
// residence, a nationality field their citizenship (personal); custom
// fields, tags and notes that tell of health, faith, politics or union
// membership are sensitive. A raw body is labelled by the strongest value
// it carries.

// w33ACCountry is a country's contacts: the language of their forms,
// how they write a birth date, the id a form asks for, and the field
// names (personalization tags) of the account.
type w33ACCountry struct {
	cc, lang, dob string
	idKey, idGen  string // the national id field and its scheme
}

var w33ACCountries = []w33ACCountry{
	{"BR", "pt", "02/01/2006", "cpf", "br_cpf"}, {"BR", "pt", "02/01/2006", "cpf", "br_cpf"}, {"PT", "pt", "02-01-2006", "", ""}, {"ES", "es", "02/01/2006", "dni", "es_dni"},
	{"MX", "es", "02/01/2006", "curp", "curp"}, {"CO", "es", "02/01/2006", "cedula", "co_cc"}, {"AR", "es", "02/01/2006", "dni", "ar_dni"}, {"CL", "es", "02-01-2006", "rut", "cl_rut"},
	{"PE", "es", "02/01/2006", "dni", "pe_dni"}, {"US", "en", "01/02/2006", "", ""}, {"US", "en", "01/02/2006", "", ""}, {"GB", "en", "02/01/2006", "", ""},
	{"DE", "de", "02.01.2006", "", ""}, {"FR", "fr", "02/01/2006", "", ""}, {"IT", "it", "02/01/2006", "codice_fiscale", "it_codice_fiscale"}, {"NL", "nl", "02-01-2006", "", ""},
	{"PL", "pl", "02.01.2006", "pesel", "pl_pesel"}, {"RO", "ro", "02.01.2006", "", ""}, {"GR", "el", "02/01/2006", "", ""}, {"TR", "tr", "02.01.2006", "tc_kimlik_no", "tr_tckn"},
	{"IL", "he", "02/01/2006", "", ""}, {"IN", "en", "02-01-2006", "pan", "in_pan"}, {"PH", "en", "01/02/2006", "philsys", "ph_psn"}, {"AU", "en", "02/01/2006", "", ""},
	{"ZA", "en", "2006/01/02", "", ""}, {"NG", "en", "02/01/2006", "", ""}, {"RU", "ru", "02.01.2006", "snils", "ru_snils"}, {"UA", "uk", "02.01.2006", "", ""},
	{"KZ", "ru", "02.01.2006", "iin", "kz_iin"}, {"UZ", "ru", "02.01.2006", "", ""},
}

// w33ACWords are an account's field names and its contacts' answers, in
// the account's language.
type w33ACWords struct {
	dob, city, country, nationality, health, faith, school, grade, parent, party, union, note string
	healthAns                                                                                 []w33Line
	faithAns, partyAns, unionAns                                                              []string
	notes                                                                                     []w33Line
	forms, schools                                                                            []string
	none                                                                                      string
}

var w33ACLangs = map[string]w33ACWords{
	"pt": {dob: "data_nascimento", city: "cidade", country: "pais", nationality: "nacionalidade", health: "condicao_saude", faith: "igreja", school: "escola", grade: "serie", parent: "nome_responsavel", party: "partido", union: "sindicato", note: "observacoes",
		healthAns: []w33Line{{"health", "Tenho hipotireoidismo e tomo levotiroxina"}, {"health", "Hérnia de disco L4-L5"}, {"health", "Estou grávida de 5 meses"}, {"health", "Ansiedade, faço acompanhamento psiquiátrico"}},
		faithAns:  []string{"Assembleia de Deus", "Igreja Universal", "Paróquia São José (católica)", "Congregação Cristã no Brasil"}, partyAns: []string{"PT", "PL", "PSOL", "MDB"}, unionAns: []string{"Sindicato dos Bancários de SP", "APEOESP", "Sindicato dos Metalúrgicos do ABC"},
		notes:   []w33Line{{"health", "Cliente relatou crise de ansiedade, preferiu remarcar a aula."}, {"", "Pediu boleto com vencimento dia 10."}, {"religion", "Frequenta o culto de quarta, quer participar do grupo de jovens."}},
		schools: []string{"E.E. Prof. Anísio Teixeira", "Colégio Bandeirantes", "Escola Secundária de Camões"}, forms: []string{"Inscrição Aula Experimental", "Lista VIP Lançamento", "Matrícula 2026"}, none: "Nenhuma"},
	"es": {dob: "fecha_nacimiento", city: "ciudad", country: "pais", nationality: "nacionalidad", health: "condicion_medica", faith: "parroquia", school: "colegio", grade: "curso", parent: "nombre_tutor", party: "partido", union: "sindicato", note: "notas",
		healthAns: []w33Line{{"health", "Tengo diabetes tipo 2"}, {"health", "Lesión de rodilla (menisco)"}, {"health", "Embarazada de 4 meses"}, {"health", "Epilepsia controlada con medicación"}},
		faithAns:  []string{"Parroquia San Juan Bautista", "Iglesia Evangélica Bautista", "Testigos de Jehová"}, partyAns: []string{"PSOE", "PP", "Morena", "Pacto Histórico"}, unionAns: []string{"CCOO", "UGT", "CGT"},
		notes:   []w33Line{{"health", "Comenta que tiene fibromialgia, adaptar las clases."}, {"", "Quiere factura a nombre de la empresa."}},
		schools: []string{"IES Cervantes", "Colegio San José", "Liceo Bicentenario"}, forms: []string{"Clase de prueba gratis", "Inscripción curso 2026", "Newsletter"}, none: "Ninguna"},
	"en": {dob: "date_of_birth", city: "city", country: "country", nationality: "nationality", health: "medical_conditions", faith: "church", school: "school", grade: "grade", parent: "parent_name", party: "party_affiliation", union: "union_local", note: "notes",
		healthAns: []w33Line{{"health", "Type 1 diabetic, carry glucose tabs"}, {"health", "Lower back injury (L5 disc)"}, {"health", "Pregnant - 20 weeks"}, {"health", "PTSD, prefer a quiet corner"}},
		faithAns:  []string{"First Baptist Church", "St. Patrick's Catholic Church", "Hillsong", "Redeemed Christian Church of God"}, partyAns: []string{"Democrat", "Republican", "Labour", "Liberal Democrats"}, unionAns: []string{"SEIU Local 1199", "UNISON", "Teamsters Local 727"},
		notes:   []w33Line{{"health", "Mentioned she is recovering from chemotherapy, wants gentle classes."}, {"", "Asked for the invoice to be resent."}, {"sexual_orientation", "Joined the LGBTQ+ youth group, asked us not to email his parents."}},
		schools: []string{"Lincoln Middle School", "St Mary's High School", "Kendriya Vidyalaya No. 2", "Rizal High School"}, forms: []string{"Free Trial Class", "Summer Camp 2026 Waitlist", "Newsletter Signup"}, none: "None"},
	"de": {dob: "geburtsdatum", city: "ort", country: "land", nationality: "staatsangehoerigkeit", health: "vorerkrankungen", faith: "konfession", school: "schule", grade: "klasse", parent: "erziehungsberechtigter", party: "partei", union: "gewerkschaft", note: "notiz",
		healthAns: []w33Line{{"health", "Bandscheibenvorfall L5/S1"}, {"health", "Asthma bronchiale"}, {"health", "Schwanger (22. SSW)"}, {"health", "Depression, in Therapie"}},
		faithAns:  []string{"römisch-katholisch", "evangelisch", "muslimisch", "neuapostolisch"}, partyAns: []string{"SPD", "CDU", "Die Grünen", "Die Linke"}, unionAns: []string{"ver.di", "IG Metall", "GEW"},
		notes:   []w33Line{{"health", "Hat eine Knie-OP hinter sich, nur leichte Übungen."}, {"", "Möchte Rechnung per Post."}},
		schools: []string{"Goethe-Gymnasium", "Gesamtschule Mitte"}, forms: []string{"Probetraining", "Anmeldung Newsletter", "Warteliste Sommerkurs"}, none: "keine"},
	"fr": {dob: "date_naissance", city: "ville", country: "pays", nationality: "nationalite", health: "problemes_sante", faith: "paroisse", school: "etablissement", grade: "classe", parent: "responsable_legal", party: "parti", union: "syndicat", note: "remarques",
		healthAns: []w33Line{{"health", "Hernie discale, pas de flexion avant"}, {"health", "Diabète de type 1"}, {"health", "Enceinte de 5 mois"}},
		faithAns:  []string{"Paroisse Saint-Eustache", "Église protestante unie", "Mosquée de Lyon"}, partyAns: []string{"Renaissance", "LFI", "RN", "EELV"}, unionAns: []string{"CGT", "CFDT", "FO"},
		notes:   []w33Line{{"health", "Suit un traitement pour une dépression, prévenir le coach."}, {"", "Souhaite payer en trois fois."}},
		schools: []string{"Collège Jean Moulin", "Lycée Victor Hugo"}, forms: []string{"Cours d'essai gratuit", "Inscription newsletter", "Pré-inscription rentrée 2026"}, none: "aucun"},
	"it": {dob: "data_nascita", city: "citta", country: "paese", nationality: "cittadinanza", health: "patologie", faith: "parrocchia", school: "scuola", grade: "classe", parent: "genitore", party: "partito", union: "sindacato", note: "note",
		healthAns: []w33Line{{"health", "Celiachia"}, {"health", "Ernia lombare"}, {"health", "Ipertensione, in terapia"}},
		faithAns:  []string{"Parrocchia San Lorenzo", "Chiesa Valdese"}, partyAns: []string{"PD", "Fratelli d'Italia", "M5S"}, unionAns: []string{"CGIL", "CISL", "UIL"},
		notes: []w33Line{{"health", "Ha avuto un intervento al cuore l'anno scorso."}}, schools: []string{"Liceo Galileo Galilei", "Istituto Comprensivo Manzoni"}, forms: []string{"Lezione di prova", "Iscrizione newsletter"}, none: "nessuna"},
	"nl": {dob: "geboortedatum", city: "woonplaats", country: "land", nationality: "nationaliteit", health: "medische_bijzonderheden", faith: "kerk", school: "school", grade: "groep", parent: "naam_ouder", party: "partij", union: "vakbond", note: "notitie",
		healthAns: []w33Line{{"health", "Reuma"}, {"health", "Hernia, geen zware oefeningen"}}, faithAns: []string{"Protestantse Kerk Nederland", "Rooms-katholiek"}, partyAns: []string{"GroenLinks-PvdA", "VVD", "D66"}, unionAns: []string{"FNV", "CNV"},
		notes: []w33Line{{"", "Wil de factuur per e-mail."}}, schools: []string{"Stedelijk Gymnasium", "Montessori Lyceum"}, forms: []string{"Gratis proefles", "Nieuwsbrief"}, none: "geen"},
	"pl": {dob: "data_urodzenia", city: "miasto", country: "kraj", nationality: "obywatelstwo", health: "choroby", faith: "parafia", school: "szkola", grade: "klasa", parent: "opiekun", party: "partia", union: "zwiazek_zawodowy", note: "uwagi",
		healthAns: []w33Line{{"health", "Nadciśnienie"}, {"health", "Cukrzyca typu 1"}}, faithAns: []string{"Parafia św. Anny", "katolicka"}, partyAns: []string{"KO", "PiS", "Lewica"}, unionAns: []string{"NSZZ Solidarność", "ZNP", "OPZZ"},
		notes: []w33Line{{"health", "Po operacji kolana, tylko lekkie ćwiczenia."}}, schools: []string{"Liceum Ogólnokształcące nr 2", "Szkoła Podstawowa nr 12"}, forms: []string{"Lekcja próbna", "Newsletter"}, none: "brak"},
	"ro": {dob: "data_nasterii", city: "oras", country: "tara", nationality: "cetatenie", health: "afectiuni", faith: "parohie", school: "scoala", grade: "clasa", parent: "parinte", party: "partid", union: "sindicat", note: "note",
		healthAns: []w33Line{{"health", "Astm bronșic"}, {"health", "Diabet de tip 2"}}, faithAns: []string{"Ortodoxă", "Greco-catolică", "Penticostală"}, partyAns: []string{"PSD", "PNL", "USR"}, unionAns: []string{"Sindicatul Educației Spiru Haret", "BNS"},
		notes: []w33Line{{"", "Dorește factură pe firmă."}}, schools: []string{"Colegiul Național Sf. Sava", "Școala Gimnazială nr. 5"}, forms: []string{"Lecție de probă", "Abonare newsletter"}, none: "niciuna"},
	"el": {dob: "imerominia_gennisis", city: "poli", country: "xora", nationality: "ithageneia", health: "provlimata_ygeias", faith: "enoria", school: "sxoleio", grade: "taxi", parent: "kidemonas", party: "komma", union: "somateio", note: "simeioseis",
		healthAns: []w33Line{{"health", "Σακχαρώδης διαβήτης τύπου 1"}, {"health", "Κήλη μεσοσπονδύλιου δίσκου"}}, faithAns: []string{"Ορθόδοξος", "Ενορία Αγίου Δημητρίου"}, partyAns: []string{"ΝΔ", "ΠΑΣΟΚ", "ΣΥΡΙΖΑ"}, unionAns: []string{"ΑΔΕΔΥ", "ΓΣΕΕ"},
		notes: []w33Line{{"health", "Αναφέρει άσθμα, να έχει μαζί το εισπνεόμενο."}}, schools: []string{"2ο Γυμνάσιο Αθηνών", "Λύκειο Καλαμαριάς"}, forms: []string{"Δωρεάν δοκιμαστικό μάθημα", "Newsletter"}, none: "Κανένα"},
	"tr": {dob: "dogum_tarihi", city: "sehir", country: "ulke", nationality: "uyruk", health: "saglik_durumu", faith: "inanc", school: "okul", grade: "sinif", parent: "veli_adi", party: "parti", union: "sendika", note: "notlar",
		healthAns: []w33Line{{"health", "Astım hastasıyım"}, {"health", "Bel fıtığı"}, {"health", "Hamileyim, 4. ay"}}, faithAns: []string{"Müslüman", "Alevi"}, partyAns: []string{"CHP", "AK Parti", "İYİ Parti"}, unionAns: []string{"Eğitim-Sen", "Türk Metal", "DİSK"},
		notes: []w33Line{{"health", "Diz ameliyatı geçirdi, hafif egzersiz."}}, schools: []string{"Atatürk Anadolu Lisesi", "Cumhuriyet Ortaokulu"}, forms: []string{"Ücretsiz deneme dersi", "Bülten kaydı"}, none: "Yok"},
	"he": {dob: "taarich_leida", city: "ir", country: "eretz", nationality: "ezrachut", health: "matzav_refui", faith: "kehila", school: "beit_sefer", grade: "kita", parent: "shem_horeh", party: "miflaga", union: "igud", note: "heorot",
		healthAns: []w33Line{{"health", "יש לי אסתמה"}, {"health", "סוכרת סוג 1"}}, faithAns: []string{"דתי לאומי", "חרדי", "מסורתי"}, partyAns: []string{"הליכוד", "יש עתיד", "העבודה"}, unionAns: []string{"ההסתדרות", "הסתדרות המורים"},
		notes: []w33Line{{"religion", "שומר שבת, לא לשלוח הודעות בשבת."}}, schools: []string{"תיכון עירוני א", "חטיבת ביניים רמות"}, forms: []string{"שיעור ניסיון חינם", "ניוזלטר"}, none: "אין"},
	"ru": {dob: "data_rozhdeniya", city: "gorod", country: "strana", nationality: "grazhdanstvo", health: "zdorovye", faith: "prihod", school: "shkola", grade: "klass", parent: "roditel", party: "partiya", union: "profsoyuz", note: "zametki",
		healthAns: []w33Line{{"health", "Бронхиальная астма"}, {"health", "Сахарный диабет 2 типа"}, {"health", "Беременность, 5 месяцев"}}, faithAns: []string{"православный", "мусульманин"}, partyAns: []string{"Яблоко", "КПРФ"}, unionAns: []string{"Профсоюз работников образования"},
		notes: []w33Line{{"health", "После операции на колене, только лёгкие упражнения."}}, schools: []string{"Школа № 57", "Гимназия № 1"}, forms: []string{"Пробное занятие", "Подписка на рассылку"}, none: "нет"},
	"uk": {dob: "data_narodzhennia", city: "misto", country: "kraina", nationality: "hromadianstvo", health: "stan_zdorovia", faith: "parafiia", school: "shkola", grade: "klas", parent: "batko_maty", party: "partiia", union: "profspilka", note: "notatky",
		healthAns: []w33Line{{"health", "Маю цукровий діабет 1 типу"}, {"health", "Астма"}}, faithAns: []string{"ПЦУ", "греко-католицька"}, partyAns: []string{"Слуга народу", "Європейська солідарність"}, unionAns: []string{"Профспілка працівників освіти"},
		notes: []w33Line{{"", "Просить рахунок на ФОП."}}, schools: []string{"Ліцей № 5", "Гімназія № 1"}, forms: []string{"Пробне заняття", "Розсилка"}, none: "немає"},
}

// w33ACKinds are the accounts' businesses.
var w33ACKinds = []string{"yoga", "yoga", "school", "school", "church", "clinic", "campaign", "union", "shop", "shop"}

// w33ACNested sets the value of a bracketed key (a[b][c]) in nested
// objects, as query-string parsers do.
func w33ACNested(root *node, key string, v *node) {
	parts := []string{key}
	if i := strings.IndexByte(key, '['); i > 0 {
		parts = []string{key[:i]}
		for _, s := range strings.Split(strings.TrimSuffix(key[i+1:], "]"), "][") {
			parts = append(parts, s)
		}
	}
	n := root
	for _, k := range parts[:len(parts)-1] {
		var next *node
		for _, m := range n.obj {
			if m.key == k {
				next = m.val
			}
		}
		if next == nil {
			next = O()
			n.set(k, next)
		}
		n = next
	}
	n.set(parts[len(parts)-1], v)
}

func activeCampaignWebhookPost(g *gen) *node {
	ac := pick(g.r, w33ACCountries)
	cc := ac.cc
	g.w32Redraw(cc)
	p := g.p
	W, ok := w33ACLangs[ac.lang]
	if !ok || g.r.IntN(8) == 0 {
		W = w33ACLangs["en"]
	}
	kind := pick(g.r, w33ACKinds)
	switch kind {
	case "school":
		g.w32Age(11, 17)
	case "campaign", "union":
		g.w32Age(18, 75)
	default:
		if g.r.IntN(8) == 0 {
			g.w32Age(14, 17)
		} else {
			g.w32Age(18, 70)
		}
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	var pairs []w33Pair
	add := func(k string, v *node) {
		if v != nil {
			pairs = append(pairs, w33Pair{k, v})
		}
	}
	typ := pick(g.r, []string{"subscribe", "subscribe", "subscribe", "subscribe", "update", "update", "unsubscribe", "open", "click", "contact_tag_added", "subscriber_note"})
	from := pick(g.r, []string{"public", "public", "admin", "api", "system"})
	if typ == "subscribe" && g.r.IntN(3) != 0 {
		from = "public"
	}
	zone := pick(g.r, []*time.Location{time.FixedZone("-0300", -3*3600), time.FixedZone("-0500", -5*3600), time.FixedZone("+0100", 3600)})
	add("type", N(typ))
	add("date_time", N(g.t.In(zone).Format("2006-01-02T15:04:05-07:00")))
	add("initiated_from", N(from))
	add("initiated_by", N(from))
	add("list", N(fmt.Sprint(pick(g.r, []int{0, 1, 2, 3, 5, 8}))))
	if typ == "subscribe" && from == "public" {
		add("form[id]", N(fmt.Sprint(1+g.r.IntN(60))))
		add("form[name]", N(pick(g.r, W.forms)))
	}
	campaign := func() {
		add("campaign[id]", N(fmt.Sprint(10+g.r.IntN(900))))
		add("campaign[name]", N(pick(g.r, []string{"Newsletter " + g.t.Format("01/2006"), "Black Friday", "Boas-vindas", "Welcome series #2", "Rentrée 2026"})))
	}
	contactID := fmt.Sprint(100 + g.r.IntN(90000))
	add("contact[id]", P(contactID))
	add("contact[email]", P(p.email))
	first, last := p.given, p.family
	if !w32Latin(first+last) && g.r.IntN(3) == 0 {
		first, last = p.w32LatinName()
	}
	add("contact[first_name]", P(first))
	add("contact[last_name]", P(last))
	if g.r.IntN(4) != 0 {
		add("contact[phone]", g.phone(""))
	}
	if from == "public" || g.r.IntN(3) == 0 {
		add("contact[ip4]", P(p.ip))
	}
	// Tags: a segment's tags tell of health, faith, politics or union
	// membership.
	tags := []string{pick(g.r, []string{"lead", "newsletter", "trial-2026", "webinar-mar"})}
	tagCat := ""
	switch kind {
	case "clinic":
		if g.r.IntN(2) == 0 {
			tags, tagCat = append(tags, pick(g.r, []string{"diabetes", "pregnant", "gestante", "ansiedade", "anxiety", "post-op", "embarazada"})), "health"
		}
	case "church":
		tags, tagCat = append(tags, pick(g.r, []string{"church-member", "baptized", "youth-group", "membro", "dizimista", "catequesis"})), "religion"
	case "campaign":
		tags, tagCat = append(tags, pick(g.r, []string{"campaign-volunteer", "supporter", "donor-2026", "voluntario-campanha", "filiado", "party-member"})), "political"
	case "union":
		tags, tagCat = append(tags, pick(g.r, []string{"union-member", "dues-paid", "sindicalizado", "shop-steward", "afiliado-sindicato"})), "trade_union"
	}
	tagText := strings.Join(tags, ", ")
	if tagCat != "" {
		add("contact[tags]", S(tagText, tagCat))
	} else {
		add("contact[tags]", N(tagText))
	}
	add("contact[orgname]", N(""))
	add("contact[customer_acct_name]", N(""))
	// Custom fields, by personalization tag or by the field's id.
	byID := g.r.IntN(3) == 0
	fid := 1
	field := func(tag string, v *node) {
		if v == nil {
			return
		}
		k := tag
		if byID {
			k = fmt.Sprint(fid)
		}
		fid++
		add("contact[fields]["+k+"]", v)
	}
	withFields := typ != "click" && typ != "unsubscribe" || g.r.IntN(3) == 0
	if withFields {
		if kind != "shop" || g.r.IntN(2) == 0 {
			field(W.dob, g.dob(ac.dob))
		}
		if g.r.IntN(2) == 0 {
			field(W.city, g.addr(p.city))
		}
		if g.r.IntN(3) == 0 {
			field(W.country, g.residence(pick(g.r, []string{p.c.name, cc})))
		}
		if ac.idKey != "" && g.r.IntN(2) == 0 {
			var id string
			switch ac.idGen {
			case "curp":
				id = curp(g.r, p.dob, p.female, p.givenL, p.familyL)
			case "ar_dni":
				id = pattern(g.r, "##.###.###")
			default:
				id = g.w33IDOf(ac.idGen)
			}
			field(ac.idKey, P(id))
		}
		if g.r.IntN(6) == 0 {
			field(W.nationality, g.citizenship(w33EnglishName(p.cit.code)))
		}
		switch kind {
		case "yoga", "clinic":
			if g.r.IntN(4) == 0 {
				field(W.health, P(W.none))
			} else {
				field(W.health, w33Text(pick(g.r, W.healthAns)))
			}
		case "school":
			field(W.school, P(pick(g.r, W.schools)))
			field(W.grade, P(fmt.Sprint(g.w32AgeAt()-5)))
			par := g.w32Other(cc)
			field(W.parent, P(par.given+" "+p.family))
		case "church":
			field(W.faith, S(pick(g.r, W.faithAns), "religion"))
		case "campaign":
			if g.r.IntN(2) == 0 {
				field(W.party, S(pick(g.r, W.partyAns), "political"))
			}
		case "union":
			field(W.union, S(pick(g.r, W.unionAns), "trade_union"))
		}
		if g.r.IntN(3) == 0 {
			field("whatsapp", g.phone(g.e164()))
		}
		if g.r.IntN(3) == 0 {
			field("utm_source", N(pick(g.r, []string{"instagram", "facebook", "google", "tiktok"})))
		}
	}
	switch typ {
	case "unsubscribe":
		campaign()
		add("unsubscribe[reason]", P(pick(g.r, []string{"Too many emails", "Recebo muitos e-mails", "No me interesa", "Ich habe keinen Bedarf mehr"})))
	case "open":
		campaign()
	case "click":
		campaign()
		u := "https://" + pick(g.r, []string{"escola.example/matricula", "studio.example/aulas", "shop.example/oferta"}) + "?utm_source=activecampaign&utm_medium=email"
		if g.r.IntN(3) == 0 {
			add("link[url]", P(u+"&email="+p.email))
		} else {
			add("link[url]", N(u))
		}
		add("link[id]", N(fmt.Sprint(1+g.r.IntN(300))))
	case "contact_tag_added":
		last := tags[len(tags)-1]
		if tagCat != "" {
			add("tag", S(last, tagCat))
		} else {
			add("tag", N(last))
		}
	case "subscriber_note":
		n := pick(g.r, W.notes)
		add("note", w33Text(n))
		add("note_id", N(fmt.Sprint(1+g.r.IntN(9000))))
	}
	if g.r.IntN(4) == 0 {
		add("seriesid", N(fmt.Sprint(1+g.r.IntN(60))))
	}

	// The receiver.
	path := pick(g.r, []string{"/webhooks/activecampaign", "/api/ac/hook", "/wp-json/ac/v1/webhook", "/n8n/webhook/ac-contato"})
	pathN := N(path)
	h := O("content-type", N("application/x-www-form-urlencoded"), "user-agent", N(pick(g.r, []string{"ActiveCampaign/1.0", "ActiveCampaign Webhooks"})))
	switch g.r.IntN(3) {
	case 0:
		pathN = C(path + "?token=" + g.b62(32))
	case 1:
		h.set("authorization", C("Basic "+w32B64([]byte("ac:"+g.b62(20)))))
	}
	switch m := g.r.IntN(10); {
	case m < 4:
		body := w33Form(pairs)
		var ns []*node
		for _, pr := range pairs {
			ns = append(ns, pr.val)
		}
		h.set("content-length", N(fmt.Sprint(len(body))))
		return O("received_at", g.w32Stamp(2*time.Second), "method", N("POST"), "path", pathN, "headers", h, "body", w33Sum(body, ns...))
	case m < 7:
		// PHP's $_POST, flat.
		form := O()
		for _, pr := range pairs {
			form.set(pr.key, pr.val)
		}
		return O("received_at", g.w32Stamp(2*time.Second), "path", pathN, "post", form)
	}
	// A query-string parser's nested object, as an automation tool
	// passes it on.
	root := O()
	for _, pr := range pairs {
		w33ACNested(root, pr.key, pr.val)
	}
	return O("headers", h, "params", O(), "query", O(), "body", root, "webhookUrl", w33Sum("https://n8n."+pick(g.r, []string{"studio", "escola", "igreja"})+".example"+pathN.raw, pathN), "executionMode", N("production"))
}
