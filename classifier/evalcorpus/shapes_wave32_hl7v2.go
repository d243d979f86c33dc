package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ------------------------------------- Google Cloud Healthcare HL7v2 ADT

// w32Seg is one HL7v2 segment: its id, set id and fields by the
// positional keys of the Cloud Healthcare API's parsedData ("3[1].4",
// "9.2", "7").
type w32Seg struct {
	id, setID string
	keys      []string
	vals      []*node
}

// f adds a field (component, repetition) unless v is nil.
func (s *w32Seg) f(key string, v *node) *w32Seg {
	if v != nil {
		s.keys = append(s.keys, key)
		s.vals = append(s.vals, v)
	}
	return s
}

// w32Pos parses a parsedData key: field, repetition, component and
// sub-component (0 where the key does not name one).
func w32Pos(k string) [4]int {
	var p [4]int
	field, rest, _ := strings.Cut(k, ".")
	if i := strings.IndexByte(field, '['); i >= 0 {
		p[1], _ = strconv.Atoi(strings.TrimSuffix(field[i+1:], "]"))
		field = field[:i]
	}
	p[0], _ = strconv.Atoi(field)
	if rest != "" {
		c, sub, _ := strings.Cut(rest, ".")
		p[2], _ = strconv.Atoi(c)
		if sub != "" {
			p[3], _ = strconv.Atoi(sub)
		}
	}
	return p
}

// w32Esc escapes an HL7v2 value with the default encoding characters.
func w32Esc(v string) string {
	return strings.NewReplacer(`\`, `\E\`, "|", `\F\`, "^", `\S\`, "&", `\T\`, "~", `\R\`).Replace(v)
}

// er7 writes the segment in the pipe-and-hat encoding.
func (s *w32Seg) er7() string {
	vals := map[[4]int]string{}
	maxF := 0
	for i, k := range s.keys {
		p := w32Pos(k)
		if s.id == "MSH" && p[0] <= 2 || p[0] == 0 {
			continue
		}
		vals[p] = s.vals[i].raw
		maxF = max(maxF, p[0])
	}
	one := func(x int) int { return max(x, 1) }
	field := func(f int) string {
		maxR := -1
		for p := range vals {
			if p[0] == f {
				maxR = max(maxR, p[1])
			}
		}
		var reps []string
		for r := 0; r <= maxR; r++ {
			maxC := 0
			for p := range vals {
				if p[0] == f && p[1] == r {
					maxC = max(maxC, one(p[2]))
				}
			}
			var comps []string
			for c := 1; c <= maxC; c++ {
				maxS := 0
				for p := range vals {
					if p[0] == f && p[1] == r && one(p[2]) == c {
						maxS = max(maxS, one(p[3]))
					}
				}
				var subs []string
				for sc := 1; sc <= maxS; sc++ {
					v := ""
					for p, x := range vals {
						if p[0] == f && p[1] == r && one(p[2]) == c && one(p[3]) == sc {
							v = x
						}
					}
					subs = append(subs, w32Esc(v))
				}
				comps = append(comps, strings.Join(subs, "&"))
			}
			reps = append(reps, strings.Join(comps, "^"))
		}
		return strings.Join(reps, "~")
	}
	var b strings.Builder
	b.WriteString(s.id)
	start := 1
	if s.id == "MSH" {
		b.WriteString(`|^~\&`)
		start = 3
	}
	for f := start; f <= maxF; f++ {
		b.WriteByte('|')
		b.WriteString(field(f))
	}
	return b.String()
}

// parsed is the segment as parsedData lists it.
func (s *w32Seg) parsed() *node {
	fields := O("0", N(s.id))
	for i, k := range s.keys {
		fields.set(k, s.vals[i])
	}
	seg := O("segmentId", N(s.id))
	if s.setID != "" {
		seg.set("setId", N(s.setID))
	}
	seg.set("fields", fields)
	return seg
}

// w32HL7Site is a hospital sending ADT to a Cloud Healthcare store.
type w32HL7Site struct {
	cc, lang, app, facility, location, dxSystem string
	insurers                                    []string
	mrn                                         string // MRN pattern
}

var w32HL7Sites = []w32HL7Site{
	{"US", "en", "EPIC", "LAKESIDE_MED_CTR", "us-central1", "I10", []string{"BLUE CROSS BLUE SHIELD OF TEXAS", "AETNA", "UNITEDHEALTHCARE", "MEDICAID TX"}, "E#######"},
	{"GB", "en", "CERNER_MILL", "RJ1", "europe-west2", "I10", nil, "RJ1#######"},
	{"DE", "de", "ORBIS", "KLINIKUM_NORD", "europe-west3", "ICD10GM2026", []string{"AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"}, "#########"},
	{"NL", "nl", "HIX", "UMC_OOST", "europe-west4", "I10", []string{"Zilveren Kruis", "CZ", "VGZ", "Menzis"}, "#######"},
	{"ES", "es", "HCIS", "HOSP_VIRGEN_MAR", "europe-southwest1", "CIE10ES", nil, "NHC#######"},
	{"FR", "fr", "DXCARE", "CHU_RIVE_GAUCHE", "europe-west9", "CIM10", []string{"CPAM 75", "MGEN", "Harmonie Mutuelle"}, "##########"},
	{"JP", "ja", "HOPE_EGMAIN", "SAKURA_GENERAL", "asia-northeast1", "ICD10", []string{"全国健康保険協会", "東京都国民健康保険", "関東ITソフトウェア健康保険組合"}, "########"},
	{"BR", "pt", "TASY", "HOSP_SANTA_LUZIA", "southamerica-east1", "CID10", []string{"UNIMED", "BRADESCO SAUDE", "SULAMERICA", "SUS"}, "#######"},
	{"SE", "sv", "COSMIC", "SUS_MALMO", "europe-north1", "ICD10SE", nil, "#######"},
	{"IT", "it", "GALILEO", "AOU_CAREGGI", "europe-west8", "ICD10IT", nil, "#########"},
	{"KR", "ko", "BESTCARE", "SNUH_BUNDANG", "asia-northeast3", "KCD8", []string{"국민건강보험공단"}, "########"},
	{"SA", "en", "TRAKCARE", "KFMC", "me-central2", "I10", []string{"Bupa Arabia", "Tawuniya", "MOH"}, "MRN######"},
}

// w32HL7Dx are the diagnoses (ICD-10) and the hospital service that
// treats them (whose code tells of the condition when true).
var w32HL7Dx = []struct {
	code, svc string
	tells     bool
	kid       bool
}{
	{"J18.9", "MED", false, false}, {"I21.9", "CAR", true, false}, {"E11.9", "MED", false, false}, {"F32.2", "PSY", true, false},
	{"S52.50", "SUR", false, true}, {"J45.9", "PED", false, true}, {"A09.9", "PED", false, true},
}

// w32HL7Lang is a hospital language's texts: the diagnoses in the
// w32HL7Dx order, clinicians' notes (and one a parent gives of a
// child), allergens, reactions and religions (CAT, PRO, MOS, JEW, NOE,
// BUD, JWN).
type w32HL7Lang struct {
	dx        [7]string
	notes     []w32Phrase
	kid       string
	allergens [3]string
	reactions [3]string
	religions [7]string
}

var w32HL7Religion = []string{"CAT", "PRO", "MOS", "JEW", "NOE", "BUD", "JWN"}

var w32HL7Langs = map[string]w32HL7Lang{
	"en": {[7]string{"Pneumonia, unspecified", "Acute myocardial infarction, unspecified", "Type 2 diabetes mellitus without complications", "Severe depressive episode without psychotic symptoms", "Fracture of lower end of radius", "Asthma, unspecified", "Gastroenteritis and colitis of unspecified origin"},
		[]w32Phrase{{"health", "Pt reports chest pain radiating to left arm since this morning."}, {"religion", "Jehovah's Witness - declines all blood products, advance directive on file."}, {"health", "Known HIV, on ART, last viral load undetectable."}, {"health", "History of alcohol dependence, CIWA monitoring started."}, {"religion", "Patient is Muslim and is fasting for Ramadan, requests meals after sunset."}},
		"Mother reports fever of 39.5 and two episodes of vomiting since last night.",
		[3]string{"Penicillin", "Peanut", "Latex"}, [3]string{"Rash", "Anaphylaxis", "Hives"},
		[7]string{"Roman Catholic", "Protestant", "Muslim", "Jewish", "Nonreligious", "Buddhist", "Jehovah's Witness"}},
	"de": {[7]string{"Pneumonie, nicht näher bezeichnet", "Akuter Myokardinfarkt, nicht näher bezeichnet", "Diabetes mellitus, Typ 2, ohne Komplikationen", "Schwere depressive Episode ohne psychotische Symptome", "Distale Fraktur des Radius", "Asthma bronchiale, nicht näher bezeichnet", "Gastroenteritis und Kolitis nicht näher bezeichneten Ursprungs"},
		[]w32Phrase{{"health", "Pat. klagt seit heute Morgen über Brustschmerzen mit Ausstrahlung in den linken Arm."}, {"religion", "Zeuge Jehovas – lehnt Bluttransfusionen ab, Patientenverfügung liegt vor."}, {"health", "Bekannte Alkoholabhängigkeit, Entzugsscreening nach CIWA."}, {"religion", "Muslimin, wünscht ausschließlich weibliches Pflegepersonal."}, {"health", "Z. n. Suizidversuch 2024, psychiatrisches Konsil angefordert."}},
		"Mutter berichtet Fieber 39,5 °C und zweimaliges Erbrechen seit gestern Abend.",
		[3]string{"Penicillin", "Erdnuss", "Latex"}, [3]string{"Exanthem", "Anaphylaxie", "Urtikaria"},
		[7]string{"römisch-katholisch", "evangelisch", "muslimisch", "jüdisch", "konfessionslos", "buddhistisch", "Zeugen Jehovas"}},
	"nl": {[7]string{"Pneumonie, niet gespecificeerd", "Acuut myocardinfarct, niet gespecificeerd", "Diabetes mellitus type 2 zonder complicaties", "Ernstige depressieve episode zonder psychotische kenmerken", "Fractuur van distale uiteinde van radius", "Astma, niet gespecificeerd", "Gastro-enteritis en colitis van niet-gespecificeerde oorsprong"},
		[]w32Phrase{{"health", "Patiënt meldt pijn op de borst sinds vanochtend, uitstralend naar de linkerarm."}, {"religion", "Jehova's getuige, weigert bloedtransfusie; wilsverklaring aanwezig."}, {"health", "Bekend met COPD GOLD III, thuiszuurstof 2 l/min."}, {"religion", "Moslim, wenst halal maaltijden tijdens de opname."}},
		"Moeder meldt koorts van 39,5 en twee keer braken sinds gisteravond.",
		[3]string{"Penicilline", "Pinda", "Latex"}, [3]string{"Huiduitslag", "Anafylaxie", "Netelroos"},
		[7]string{"rooms-katholiek", "protestants", "islamitisch", "joods", "geen", "boeddhistisch", "Jehova's getuigen"}},
	"es": {[7]string{"Neumonía, no especificada", "Infarto agudo de miocardio, sin especificar", "Diabetes mellitus tipo 2 sin complicaciones", "Episodio depresivo grave sin síntomas psicóticos", "Fractura de la extremidad distal del radio", "Asma, no especificada", "Gastroenteritis y colitis de origen no especificado"},
		[]w32Phrase{{"health", "Paciente refiere dolor torácico opresivo irradiado a brazo izquierdo desde esta mañana."}, {"religion", "Testigo de Jehová, rechaza transfusiones de hemoderivados."}, {"health", "Antecedente de trastorno bipolar, en tratamiento con litio."}, {"health", "Gestante de 32 semanas, control prenatal en su centro de salud."}},
		"La madre refiere fiebre de 39,5 y dos vómitos desde anoche.",
		[3]string{"Penicilina", "Cacahuete", "Látex"}, [3]string{"Exantema", "Anafilaxia", "Urticaria"},
		[7]string{"católica", "protestante", "musulmana", "judía", "sin religión", "budista", "Testigo de Jehová"}},
	"fr": {[7]string{"Pneumopathie, sans précision", "Infarctus aigu du myocarde, sans précision", "Diabète sucré de type 2, sans complication", "Épisode dépressif sévère sans symptômes psychotiques", "Fracture de l'extrémité inférieure du radius", "Asthme, sans précision", "Gastro-entérite et colite d'origine non précisée"},
		[]w32Phrase{{"health", "Douleur thoracique constrictive irradiant dans le bras gauche depuis ce matin."}, {"religion", "Témoin de Jéhovah, refuse toute transfusion sanguine."}, {"health", "Patient diabétique insulinodépendant, glycémie capillaire à 2,8 g/L à l'arrivée."}, {"religion", "Patiente de confession musulmane, souhaite être examinée par une femme."}},
		"La mère rapporte une fièvre à 39,5 et deux vomissements depuis hier soir.",
		[3]string{"Pénicilline", "Arachide", "Latex"}, [3]string{"Éruption cutanée", "Anaphylaxie", "Urticaire"},
		[7]string{"catholique", "protestant", "musulman", "juif", "sans religion", "bouddhiste", "Témoin de Jéhovah"}},
	"ja": {[7]string{"肺炎，詳細不明", "急性心筋梗塞，詳細不明", "2型糖尿病，合併症を伴わないもの", "精神病症状を伴わない重症うつ病エピソード", "橈骨下端骨折", "喘息，詳細不明", "詳細不明の原因による胃腸炎及び大腸炎"},
		[]w32Phrase{{"health", "今朝から左腕に放散する胸痛あり。"}, {"religion", "エホバの証人のため輸血を拒否、事前指示書あり。"}, {"health", "うつ病にて心療内科通院中、抗うつ薬内服。"}, {"health", "透析患者、月水金に血液透析。"}},
		"母親より昨夜から39.5度の発熱と嘔吐2回との訴え。",
		[3]string{"ペニシリン", "落花生", "ラテックス"}, [3]string{"発疹", "アナフィラキシー", "蕁麻疹"},
		[7]string{"カトリック", "プロテスタント", "イスラム教", "ユダヤ教", "無宗教", "仏教", "エホバの証人"}},
	"pt": {[7]string{"Pneumonia não especificada", "Infarto agudo do miocárdio não especificado", "Diabetes mellitus não-insulino-dependente - sem complicações", "Episódio depressivo grave sem sintomas psicóticos", "Fratura da extremidade distal do rádio", "Asma não especificada", "Gastroenterite e colite de origem não especificada"},
		[]w32Phrase{{"health", "Paciente relata dor torácica irradiando para o braço esquerdo desde esta manhã."}, {"religion", "Testemunha de Jeová, recusa hemotransfusão."}, {"health", "Gestante de 28 semanas, pré-natal em dia."}, {"health", "Paciente vivendo com HIV, em uso de TARV."}},
		"Mãe relata febre de 39,5 e dois episódios de vômito desde ontem à noite.",
		[3]string{"Penicilina", "Amendoim", "Látex"}, [3]string{"Exantema", "Anafilaxia", "Urticária"},
		[7]string{"católica", "evangélica", "muçulmana", "judaica", "sem religião", "budista", "Testemunha de Jeová"}},
	"sv": {[7]string{"Pneumoni, ospecificerad", "Akut hjärtinfarkt, ospecificerad", "Diabetes mellitus typ 2 utan komplikationer", "Svår depressiv episod utan psykotiska symtom", "Fraktur på nedre änden av radius", "Astma, ospecificerad", "Gastroenterit och kolit av ospecificerat ursprung"},
		[]w32Phrase{{"health", "Patienten har bröstsmärta med utstrålning till vänster arm sedan i morse."}, {"religion", "Jehovas vittne, avböjer blodtransfusion."}, {"health", "Känd hiv-infektion, välbehandlad."}},
		"Mamma uppger feber 39,5 och två kräkningar sedan igår kväll.",
		[3]string{"Penicillin", "Jordnöt", "Latex"}, [3]string{"Utslag", "Anafylaxi", "Nässelutslag"},
		[7]string{"katolik", "Svenska kyrkan", "muslim", "judisk", "ingen", "buddhist", "Jehovas vittne"}},
	"it": {[7]string{"Polmonite, non specificata", "Infarto miocardico acuto, non specificato", "Diabete mellito tipo 2 senza complicanze", "Episodio depressivo grave senza sintomi psicotici", "Frattura dell'estremità distale del radio", "Asma, non specificata", "Gastroenterite e colite di origine non specificata"},
		[]w32Phrase{{"health", "Paziente riferisce dolore toracico irradiato al braccio sinistro da stamattina."}, {"religion", "Testimone di Geova, rifiuta le trasfusioni di sangue."}, {"health", "Anamnesi di disturbo bipolare, in terapia con litio."}},
		"La madre riferisce febbre a 39,5 e due episodi di vomito da ieri sera.",
		[3]string{"Penicillina", "Arachidi", "Lattice"}, [3]string{"Eruzione cutanea", "Anafilassi", "Orticaria"},
		[7]string{"cattolica", "protestante", "musulmana", "ebraica", "nessuna", "buddista", "Testimone di Geova"}},
	"ko": {[7]string{"상세불명의 폐렴", "상세불명의 급성 심근경색증", "합병증을 동반하지 않은 2형 당뇨병", "정신병적 증상이 없는 중증 우울병 에피소드", "요골 하단의 골절", "상세불명의 천식", "상세불명 기원의 위장염 및 결장염"},
		[]w32Phrase{{"health", "오늘 아침부터 왼팔로 방사되는 흉통 호소."}, {"religion", "여호와의 증인으로 수혈 거부, 사전의료의향서 있음."}, {"health", "우울증으로 정신건강의학과 외래 추적 중."}},
		"보호자(모) 어젯밤부터 39.5도 발열 및 구토 2회 호소.",
		[3]string{"페니실린", "땅콩", "라텍스"}, [3]string{"발진", "아나필락시스", "두드러기"},
		[7]string{"천주교", "개신교", "이슬람교", "유대교", "무교", "불교", "여호와의 증인"}},
}

// w32Kana are the katakana readings of the Japanese names.
var w32Kana = map[string]string{"sato": "サトウ", "suzuki": "スズキ", "takahashi": "タカハシ", "shota": "ショウタ", "hina": "ヒナ", "daisuke": "ダイスケ", "sakura": "サクラ"}

// w32NHS is an NHS number with its modulus 11 check digit.
func (g *gen) w32NHS() string {
	for {
		d := digits(g.r, 9)
		d[0] = 4 + g.r.IntN(3)
		c := 11 - wsum(d, []int{10, 9, 8, 7, 6, 5, 4, 3, 2})%11
		if c == 10 {
			continue
		}
		if c == 11 {
			c = 0
		}
		v := str(append(d, c))
		return v[:3] + " " + v[3:6] + " " + v[6:]
	}
}

// w32BSN is a Dutch citizen service number passing the 11-test.
func (g *gen) w32BSN() string {
	for {
		d := digits(g.r, 8)
		d[0] = 1 + g.r.IntN(6)
		s := wsum(d, []int{9, 8, 7, 6, 5, 4, 3, 2}) % 11
		if s == 10 {
			continue
		}
		return str(append(d, s))
	}
}

// w32Personnummer is a Swedish personal identity number, twelve digits
// with the Luhn check digit of the last ten but one.
func (g *gen) w32Personnummer() string {
	p := g.p
	n := g.r.IntN(50) * 2
	if !p.female {
		n++
	}
	body := p.dob.Format("060102") + fmt.Sprintf("%02d%d", g.r.IntN(100), n%10)
	return p.dob.Format("2006") + body[2:] + strconv.Itoa(w32Luhn(body))
}

// w32KVNR is a German health insurance number: a letter, eight digits
// and a check digit over the letter's number and the digits (weights
// 1, 2, cross sums).
func (g *gen) w32KVNR() string {
	l := byte('A' + g.r.IntN(26))
	d := append([]int{int(l-'A'+1) / 10, int(l-'A'+1) % 10}, digits(g.r, 8)...)
	s := 0
	for i, x := range d {
		v := x * (1 + i%2)
		s += v/10 + v%10
	}
	return string(l) + str(d[2:]) + strconv.Itoa(s%10)
}

// w32CNS is a Brazilian Cartão Nacional de Saúde number (provisional,
// starting 7 to 9: the weighted sum is a multiple of 11).
func (g *gen) w32CNS() string { return genCNS(g.r) }

// w32SaudiID is a Saudi national ID (1...) or an iqama (2...) with its
// Luhn check digit.
func (g *gen) w32SaudiID(citizen bool) string {
	first := "2"
	if citizen {
		first = "1"
	}
	body := first + str(digits(g.r, 8))
	return body + strconv.Itoa(w32Luhn(body))
}

func gcpHealthcareHL7v2ADT(g *gen) *node {
	site := pick(g.r, w32HL7Sites)
	g.w32Redraw(site.cc)
	p := g.p
	child := g.r.IntN(4) == 0
	if child {
		g.w32Age(0, 17)
	} else {
		g.w32Age(18, 92)
	}
	if p.phoneCC != site.cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(site.cc)
	}
	L := w32HL7Langs[site.lang]
	bare := g.w32Snap() // for the envelopes without the message's content
	trig := pick(g.r, []string{"A01", "A01", "A04", "A04", "A08", "A03"})
	// The diagnosis: children's ones for children.
	dxi := g.r.IntN(4)
	if child {
		dxi = 4 + g.r.IntN(3)
	} else if g.r.IntN(6) == 0 {
		dxi = 4
	}
	dx := w32HL7Dx[dxi]
	svc := dx.svc
	if child && svc != "PED" && g.r.IntN(2) == 0 {
		svc = "PED"
	}
	sensCat := ""
	mark := func(cat string) {
		if sensCat == "" || cat == "health" {
			sensCat = cat
		}
	}
	hl7Time := func(t time.Time) string { return t.UTC().Format("20060102150405") }
	sent := g.t.Add(-time.Duration(1+g.r.IntN(900)) * time.Second)
	ctrl := pick(g.r, []string{"MSG", "", "ADT"}) + pattern(g.r, "##########")
	version := pick(g.r, []string{"2.5.1", "2.5", "2.5", "2.3"})

	msh := &w32Seg{id: "MSH"}
	msh.f("1", N("|")).f("2", N(`^~\&`)).f("3", N(site.app)).f("4", N(site.facility)).f("5", N("GCP_HCAPI")).f("6", N("GCP")).f("7", N(hl7Time(sent)))
	msh.f("9.1", N("ADT")).f("9.2", N(trig))
	if version != "2.3" {
		msh.f("9.3", N(map[string]string{"A01": "ADT_A01", "A04": "ADT_A01", "A08": "ADT_A01", "A03": "ADT_A03"}[trig]))
	}
	msh.f("10", N(ctrl)).f("11", N("P")).f("12", N(version))
	if version != "2.3" {
		msh.f("15", N("AL")).f("16", N("NE"))
		if g.r.IntN(2) == 0 {
			msh.f("17", N(w32Alpha3[site.cc]))
		}
		msh.f("18", N("UNICODE UTF-8"))
	}
	evn := &w32Seg{id: "EVN"}
	evn.f("1", N(trig)).f("2", N(hl7Time(sent.Add(-time.Duration(g.r.IntN(60))*time.Second))))
	if g.r.IntN(3) == 0 {
		clerk := g.w32Other(site.cc)
		evn.f("5[0].1", P(pattern(g.r, "U#####"))).f("5[0].2", P(clerk.family)).f("5[0].3", P(clerk.given))
	}

	// PID
	pid := &w32Seg{id: "PID", setID: "1"}
	pid.f("1", N("1"))
	mrn := pattern(g.r, site.mrn)
	pid.f("3[0].1", P(mrn)).f("3[0].4", N(site.facility)).f("3[0].5", N("MR"))
	ids := [][2]string{{mrn, "MR"}}
	natRep := func(v, auth, typ string) {
		pid.f("3[1].1", P(v)).f("3[1].4", N(auth)).f("3[1].5", N(typ))
		ids = append(ids, [2]string{v, typ})
	}
	withNat := g.r.IntN(4) != 0
	switch site.cc {
	case "GB":
		if withNat {
			natRep(strings.ReplaceAll(g.w32NHS(), " ", ""), "NHS", "NH")
		}
	case "NL":
		if withNat {
			natRep(g.w32BSN(), "NLMINBIZA", "NNNLD")
		}
	case "ES":
		if withNat {
			natRep(genDNI(g.r, p.dob, p.female, [2]string{}), "ESP", "NNESP")
		}
	case "FR":
		if withNat {
			natRep(strings.ReplaceAll(genNIR(g.r, p.dob, p.female, [2]string{}), " ", ""), "ASIP-SANTE-INS-NIR", "INS")
		}
	case "BR":
		if withNat {
			natRep(g.w32CNS(), "CNS", "JHN")
		}
	case "SE":
		natRep(g.w32Personnummer(), "1.2.752.129.2.1.3.1", "NNSWE")
	case "IT":
		if withNat {
			natRep(genCF(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL}), "MEF", "NNITA")
		}
	case "KR":
		if withNat {
			natRep(genRRN(g.r, p.dob, p.female, [2]string{}), "MOIS", "NNKOR")
		}
	case "SA":
		natRep(g.w32SaudiID(p.cit == p.c), "NIC", map[bool]string{true: "NNSAU", false: "PPN"}[p.cit == p.c])
	}
	family, given := p.family, p.given
	switch site.cc {
	case "JP":
		pid.f("5[0].1", P(family)).f("5[0].2", P(given)).f("5[0].7", N("L")).f("5[0].8", N("I"))
		if k := w32Kana[p.familyL]; k != "" && w32Kana[p.givenL] != "" {
			pid.f("5[1].1", P(k)).f("5[1].2", P(w32Kana[p.givenL])).f("5[1].7", N("L")).f("5[1].8", N("P"))
		}
	case "SA":
		pid.f("5[0].1", P(family)).f("5[0].2", P(given)).f("5[0].7", N("L")).f("5[0].8", N("I"))
		gl, fl := p.w32ASCIIName()
		pid.f("5[1].1", P(strings.ToUpper(fl))).f("5[1].2", P(strings.ToUpper(gl))).f("5[1].7", N("L")).f("5[1].8", N("A"))
	case "US", "GB":
		pid.f("5[0].1", P(strings.ToUpper(family))).f("5[0].2", P(strings.ToUpper(given))).f("5[0].7", N("L"))
	default:
		pid.f("5[0].1", P(family)).f("5[0].2", P(given)).f("5[0].7", N("L"))
	}
	if site.cc == "US" || site.cc == "DE" && g.r.IntN(2) == 0 {
		mother := g.w32Other(site.cc)
		pid.f("6[0].1", P(mother.family)) // mother's maiden name
	}
	pid.f("7", g.dob(pick(g.r, []string{"20060102", "20060102", "200601021504"})))
	pid.f("8", P(map[bool]string{true: "F", false: "M"}[p.female]))
	if site.cc == "US" && g.r.IntN(4) != 0 {
		race := pick(g.r, [][2]string{{"2106-3", "White"}, {"2054-5", "Black or African American"}, {"2028-9", "Asian"}, {"2131-1", "Other Race"}, {"1002-5", "American Indian or Alaska Native"}})
		pid.f("10[0].1", S(race[0], "ethnicity")).f("10[0].2", S(race[1], "ethnicity")).f("10[0].3", N("CDCREC"))
		mark("ethnicity")
	}
	// The address: a country only when the event states the residence.
	if street := p.street; street != "" {
		pid.f("11[0].1", P(street)).f("11[0].3", P(p.city))
		if st := g.addrN(p.region); st != nil {
			pid.f("11[0].4", st)
		}
		pid.f("11[0].5", Pif(p.post))
		if c := g.residence(w32Alpha3[site.cc]); c != nil {
			pid.f("11[0].6", c)
		}
		pid.f("11[0].7", N("H"))
	}
	rep := 0
	if ph := g.phone(""); ph != nil {
		k := fmt.Sprintf("13[%d]", rep)
		pid.f(k+".1", ph).f(k+".2", N("PRN")).f(k+".3", N(pick(g.r, []string{"CP", "PH"})))
		rep++
	}
	if !child && g.r.IntN(2) == 0 || child && g.r.IntN(4) == 0 {
		k := fmt.Sprintf("13[%d]", rep)
		pid.f(k+".2", N("NET")).f(k+".3", N("Internet")).f(k+".4", P(p.email))
	}
	if g.r.IntN(2) == 0 {
		pid.f("15.1", N(map[string]string{"en": "en", "de": "de", "nl": "nl", "es": "es", "fr": "fr", "ja": "ja", "pt": "pt", "sv": "sv", "it": "it", "ko": "ko"}[site.lang]))
	}
	if !child {
		pid.f("16.1", P(pick(g.r, []string{"S", "M", "M", "D", "W"})))
	}
	relProb := map[string]int{"DE": 2, "US": 3, "NL": 4, "SA": 2}[site.cc]
	if relProb == 0 {
		relProb = 5
	}
	if g.r.IntN(relProb) == 0 {
		i := g.r.IntN(len(w32HL7Religion))
		if site.cc == "SA" {
			i = 2
		}
		pid.f("17.1", S(w32HL7Religion[i], "religion")).f("17.2", S(L.religions[i], "religion")).f("17.3", N("HL70006"))
		mark("religion")
	}
	if site.cc == "US" && !child && g.r.IntN(2) == 0 {
		pid.f("19", P(genSSN(g.r, p.dob, p.female, [2]string{})))
	}
	if site.cc == "US" && g.r.IntN(2) == 0 {
		eth := pick(g.r, [][2]string{{"2135-2", "Hispanic or Latino"}, {"2186-5", "Not Hispanic or Latino"}})
		pid.f("22[0].1", S(eth[0], "ethnicity")).f("22[0].2", S(eth[1], "ethnicity")).f("22[0].3", N("CDCREC"))
		mark("ethnicity")
	}
	if site.cc == "GB" && g.r.IntN(2) == 0 {
		eth := pick(g.r, [][2]string{{"A", "White - British"}, {"H", "Asian or Asian British - Indian"}, {"N", "Black or Black British - African"}, {"R", "Other Ethnic Groups - Chinese"}})
		pid.f("22[0].1", S(eth[0], "ethnicity")).f("22[0].2", S(eth[1], "ethnicity")).f("22[0].3", N("NHSETHNIC"))
		mark("ethnicity")
	}
	if c := g.citizenship(w32Alpha3[p.cit.code]); c != nil {
		pid.f("26[0].1", c)
	}

	// NK1: a parent of a child, else sometimes a spouse.
	var nk1 *w32Seg
	var parent *person
	if child || g.r.IntN(3) == 0 {
		parent = g.w32Other(site.cc)
		nk1 = &w32Seg{id: "NK1", setID: "1"}
		rel := pick(g.r, [][2]string{{"MTH", "Mother"}, {"FTH", "Father"}})
		pfam := p.family
		if !child {
			rel = pick(g.r, [][2]string{{"SPO", "Spouse"}, {"DOM", "Life partner"}, {"CHD", "Child"}})
			pfam = parent.family
		}
		nk1.f("1", N("1")).f("2[0].1", P(pfam)).f("2[0].2", P(parent.given)).f("3.1", N(rel[0])).f("3.2", N(rel[1])).f("3.3", N("HL70063"))
		nk1.f("5[0].1", P(parent.phone))
		g.w32Weak(parent.phoneCC) // the family's number
		if g.r.IntN(2) == 0 {
			nk1.f("7.1", N("EP")).f("7.2", N("Emergency Contact"))
		}
	}

	// PV1
	pv1 := &w32Seg{id: "PV1", setID: "1"}
	class := map[string]string{"A01": "I", "A03": "I", "A08": pick(g.r, []string{"I", "O"}), "A04": pick(g.r, []string{"E", "O"})}[trig]
	pv1.f("1", N("1")).f("2", N(class))
	pv1.f("3.1", N(pick(g.r, []string{"ST", "W", "STA"})+pattern(g.r, "#A"))).f("3.2", N(pattern(g.r, "###"))).f("3.3", N(fmt.Sprint(1+g.r.IntN(4)))).f("3.4", N(site.facility))
	doc := g.w32Other(site.cc)
	pv1.f("7[0].1", P(pattern(g.r, "#######"))).f("7[0].2", P(doc.family)).f("7[0].3", P(doc.given))
	if site.lang != "ja" && site.lang != "ko" {
		pv1.f("7[0].6", N(map[string]string{"en": "Dr", "de": "Dr. med.", "fr": "Dr", "es": "Dr.", "pt": "Dr.", "it": "Dott.", "nl": "dr.", "sv": "Dr"}[site.lang]))
	}
	if dx.tells && svc == dx.svc {
		pv1.f("10", S(svc, "health"))
		mark("health")
	} else {
		pv1.f("10", N(svc))
	}
	visit := pattern(g.r, "V#########")
	pv1.f("19.1", N(visit))
	admit := sent.Add(-time.Duration(g.r.IntN(72*3600)) * time.Second)
	if trig == "A04" {
		admit = sent.Add(-time.Duration(g.r.IntN(1800)) * time.Second)
	}
	pv1.f("44", N(hl7Time(admit)))
	if trig == "A03" {
		pv1.f("45", N(hl7Time(sent.Add(-time.Duration(g.r.IntN(3600))*time.Second))))
	}

	segs := []*w32Seg{msh, evn, pid}
	if nk1 != nil {
		segs = append(segs, nk1)
	}
	segs = append(segs, pv1)
	// Vital signs and a clinician's note.
	obxN := 0
	obx := func() *w32Seg {
		obxN++
		s := &w32Seg{id: "OBX", setID: fmt.Sprint(obxN)}
		s.f("1", N(fmt.Sprint(obxN)))
		return s
	}
	age := g.w32AgeAt()
	if trig != "A03" && g.r.IntN(2) == 0 {
		kg := 55 + g.r.IntN(50)
		cm := 150 + g.r.IntN(45)
		if child {
			kg = 4 + 3*age + g.r.IntN(6)
			cm = 55 + 6*age + g.r.IntN(8)
		}
		w := obx()
		w.f("2", N("NM")).f("3.1", N("29463-7")).f("3.2", N("Body weight")).f("3.3", N("LN")).f("5", S(fmt.Sprint(kg), "health")).f("6.1", N("kg")).f("11", N("F"))
		h := obx()
		h.f("2", N("NM")).f("3.1", N("8302-2")).f("3.2", N("Body height")).f("3.3", N("LN")).f("5", S(fmt.Sprint(cm), "health")).f("6.1", N("cm")).f("11", N("F"))
		segs = append(segs, w, h)
		mark("health")
	}
	if g.r.IntN(2) == 0 {
		note := pick(g.r, L.notes)
		if child {
			note = w32Phrase{"health", L.kid}
		}
		n := obx()
		n.f("2", N("TX")).f("3.1", N(pick(g.r, []string{"NOTE", "ANAM", "11488-4"}))).f("3.2", N(pick(g.r, []string{"Note", "Consult note"}))).f("5", S(note.text, note.cat)).f("11", N("F"))
		n.f("14", N(hl7Time(admit.Add(time.Duration(g.r.IntN(3600))*time.Second))))
		segs = append(segs, n)
		mark(note.cat)
	}
	if g.r.IntN(3) == 0 {
		a := g.r.IntN(3)
		al := &w32Seg{id: "AL1", setID: "1"}
		al.f("1", N("1")).f("2.1", S([]string{"DA", "FA", "MA"}[a], "health")).f("3.2", S(L.allergens[a], "health")).f("4.1", S(pick(g.r, []string{"SV", "MO", "MI"}), "health")).f("5", S(L.reactions[g.r.IntN(3)], "health"))
		segs = append(segs, al)
		mark("health")
	}
	if trig != "A04" || g.r.IntN(2) == 0 {
		d := &w32Seg{id: "DG1", setID: "1"}
		d.f("1", N("1")).f("2", N(site.dxSystem)).f("3.1", S(dx.code, "health")).f("3.2", S(L.dx[dxi], "health")).f("3.3", N(site.dxSystem))
		d.f("5", N(hl7Time(admit))).f("6", N(map[string]string{"A01": "A", "A04": "W", "A08": "W", "A03": "F"}[trig]))
		segs = append(segs, d)
		mark("health")
	}
	if len(site.insurers) > 0 && g.r.IntN(3) != 0 {
		in := &w32Seg{id: "IN1", setID: "1"}
		ins := pick(g.r, site.insurers)
		in.f("1", N("1")).f("2.1", N(map[string]string{"DE": "GKV", "US": pick(g.r, []string{"PPO", "HMO"})}[site.cc]+map[bool]string{true: "01", false: ""}[site.cc != "DE" && site.cc != "US"])).f("3[0].1", N(pattern(g.r, "10#######"))).f("4[0].1", N(ins))
		holder := p
		rel := "SEL"
		if child && parent != nil {
			holder, rel = parent, "CHD"
		}
		hf := holder.family
		if holder == parent {
			hf = p.family
		}
		in.f("16[0].1", P(hf)).f("16[0].2", P(holder.given)).f("17.1", N(rel))
		member := map[string]string{"DE": g.w32KVNR(), "US": pattern(g.r, "XGH#########"), "NL": pattern(g.r, "#########"), "FR": pattern(g.r, "#########"),
			"JP": "記号" + pattern(g.r, "####") + "・番号" + pattern(g.r, "##"), "BR": pattern(g.r, "0 ### ######### ##"), "KR": pattern(g.r, "###########"), "SA": pattern(g.r, "########")}[site.cc]
		in.f("36", P(member))
		segs = append(segs, in)
	}

	var er7 []string
	for _, s := range segs {
		er7 = append(er7, s.er7())
	}
	raw := strings.Join(er7, "\r") + "\r"
	b64 := base64.StdEncoding.EncodeToString([]byte(raw))
	dataNode := func() *node {
		if sensCat != "" {
			return S(b64, sensCat)
		}
		return P(b64)
	}
	project := strings.ToLower(strings.ReplaceAll(site.facility, "_", "-")) + pick(g.r, []string{"-hcapi-prod", "-his-prod", "-clinical"})
	store := fmt.Sprintf("projects/%s/locations/%s/datasets/%s/hl7V2Stores/%s", project, site.location, pick(g.r, []string{"clinical", "his", "adt-feed"}), pick(g.r, []string{"adt", "hl7v2-inbound", "adt-store"}))
	msgName := store + "/messages/" + g.chars(b64Set, 43) + "="
	created := sent.Add(time.Duration(200+g.r.IntN(4000)) * time.Millisecond)
	message := func(full bool) *node {
		m := O("name", N(msgName))
		if full {
			m.set("data", dataNode())
		}
		m.set("createTime", N(created.UTC().Format("2006-01-02T15:04:05.000000Z")))
		m.set("sendFacility", N(site.facility))
		m.set("sendTime", N(sent.UTC().Format(time.RFC3339)))
		m.set("messageType", N("ADT"))
		pids := A()
		for _, id := range ids {
			pids.arr = append(pids.arr, O("value", P(id[0]), "type", N(id[1])))
		}
		m.set("patientIds", pids)
		if g.r.IntN(3) == 0 {
			m.set("labels", O("source", N(strings.ToLower(site.app)), "trigger", N(trig)))
		}
		if full {
			segNodes := A()
			for _, s := range segs {
				segNodes.arr = append(segNodes.arr, s.parsed())
			}
			m.set("parsedData", O("segments", segNodes))
		}
		return m
	}
	token := func() *node { return C("Bearer ya29." + g.chars(b64Set, 180)) }
	api := "https://healthcare.googleapis.com/v1/" + store
	switch k := g.r.IntN(10); {
	case k < 3:
		return message(true)
	case k < 5:
		// The interface engine's ingest call and the store's reply.
		ack := fmt.Sprintf("MSH|^~\\&|GCP_HCAPI|GCP|%s|%s|%s||ACK^%s|%s|P|%s\rMSA|AA|%s\r", site.app, site.facility, hl7Time(created), trig, g.hex(16), version, ctrl)
		return O("ts", N(created.Add(80*time.Millisecond).UTC().Format(time.RFC3339Nano)), "severity", N("INFO"), "logger", N("hl7-bridge"),
			"request", O("method", N("POST"), "url", N(api+"/messages:ingest"), "headers", O("Authorization", token(), "Content-Type", N("application/json; charset=utf-8")),
				"body", O("message", O("data", dataNode()))),
			"response", O("status", N(200), "body", O("hl7Ack", N(base64.StdEncoding.EncodeToString([]byte(ack))), "message", message(true))))
	case k < 8:
		// The notification, then the subscriber's fetch of the message.
		push := O("message", O("attributes", O("msgType", N("ADT")), "data", N(base64.StdEncoding.EncodeToString([]byte(msgName))),
			"messageId", N(fmt.Sprint(10000000000000000+g.r.Int64N(9000000000000000))), "message_id", N(fmt.Sprint(10000000000000000+g.r.Int64N(9000000000000000))),
			"publishTime", N(created.Add(40*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z")), "publish_time", N(created.Add(40*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000Z"))),
			"subscription", N("projects/"+project+"/subscriptions/adt-to-"+pick(g.r, []string{"bed-mgmt", "warehouse", "fhir-sync"})))
		if k == 7 {
			g.w32Restore(bare) // the notification names the message only
			return O("received_at", g.w32Stamp(time.Second), "headers", O("Authorization", C("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6"+g.chars(b64Set, 40)+"."+g.chars(b64Set, 300)+"."+g.chars(b64Set, 342)),
				"Content-Type", N("application/json"), "User-Agent", N("APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)")), "body", push)
		}
		return O("pubsub", push, "fetch", O("request", O("method", N("GET"), "url", N("https://healthcare.googleapis.com/v1/"+msgName+"?view=FULL"), "headers", O("Authorization", token())),
			"response", O("status", N(200), "body", message(true))))
	}
	// A page of messages.list for the patient.
	full := g.r.IntN(2) == 0
	if !full {
		g.w32Restore(bare) // BASIC: no data, no parsedData
	}
	page := A(message(full))
	resp := O("hl7V2Messages", page)
	if g.r.IntN(2) == 0 {
		resp.set("nextPageToken", N(g.chars(b64Set, 64)))
	}
	view := map[bool]string{true: "FULL", false: "BASIC"}[full]
	return O("request", O("method", N("GET"), "url", P(api+"/messages?filter="+strings.ReplaceAll(fmt.Sprintf(`PatientId("%s", "MR")`, mrn), " ", "%20")+"&view="+view),
		"headers", O("Authorization", token())), "response", O("status", N(200), "body", resp))
}
