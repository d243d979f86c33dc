package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ openEHR compositions

// A composition's context keys and values that describe the record
// rather than the patient are non-personal: language, the health care
// facility's name and id, the id namespace and scheme, setting,
// category, start and event times, units, terminologies, template ids,
// EHR_STATUS's archetype node id, names, flags and version uid, an
// external reference's namespace, scheme and type, the system id and
// the time created, request methods, Prefer headers and ETags. The
// composer's and other participants' names (clinicians), the EHR id (in
// URLs and in the demographic party), the subject's external id (a
// national or health insurance number), the party's names, gender,
// birth date, address, title and phone, a child's age and the request's
// Location are personal. Observations, diagnoses (codes and terms),
// medications, vaccinations, pregnancy and clinical notes are sensitive
// (health); an Australian Indigenous status is sensitive (ethnicity).
// ctx/territory, the country where care is given, is weak evidence; the
// party's address text with its country is the residence. The basic or
// bearer credentials are credentials.

var w37EHCountries = []string{"SI", "SI", "SI", "NO", "NO", "BR", "BR", "DE", "DE", "GB", "GB", "AU", "AU", "NL", "CH", "RU", "FI"}

var w37EHLang = map[string]string{"SI": "sl", "NO": "nb", "BR": "pt", "DE": "de", "GB": "en", "AU": "en", "NL": "nl", "CH": "de", "RU": "ru", "FI": "fi"}

var w37EHFacilities = map[string][]string{
	"SI": {"UKC Ljubljana", "UKC Maribor", "ZD Ljubljana"}, "NO": {"Oslo universitetssykehus", "Haukeland universitetssjukehus", "St. Olavs hospital"},
	"BR": {"Hospital das Clínicas da FMUSP", "Hospital Israelita Albert Einstein", "UBS Vila Mariana"}, "DE": {"Medizinische Hochschule Hannover", "Universitätsklinikum Heidelberg", "Charité – Universitätsmedizin Berlin"},
	"GB": {"Royal Devon University Healthcare NHS Foundation Trust", "Leeds Teaching Hospitals NHS Trust", "Somerset NHS Foundation Trust"},
	"AU": {"Royal Melbourne Hospital", "Westmead Hospital", "Royal Children's Hospital Melbourne"}, "NL": {"Amsterdam UMC", "UMC Utrecht"},
	"CH": {"Universitätsspital Basel", "Kantonsspital St. Gallen"}, "RU": {"ГКБ № 1 им. Н. И. Пирогова", "ДГП № 133"}, "FI": {"HUS Helsingin yliopistollinen sairaala", "Tays"},
}

// w37EHDiag is a diagnosis with its ICD-10 and SNOMED CT codes and its
// term in the deployments' languages.
type w37EHDiag struct {
	icd, snomed string
	terms       map[string]string
	med         string
	adult       bool
}

var w37EHDiags = []w37EHDiag{
	{"E11.9", "44054006", map[string]string{"sl": "Sladkorna bolezen tipa 2", "nb": "Diabetes mellitus type 2", "pt": "Diabetes mellitus tipo 2", "de": "Diabetes mellitus Typ 2",
		"en": "Type 2 diabetes mellitus", "nl": "Diabetes mellitus type 2", "ru": "Сахарный диабет 2 типа", "fi": "Tyypin 2 diabetes"}, "Metformin 500 mg tablet", true},
	{"I10", "59621000", map[string]string{"sl": "Esencialna hipertenzija", "nb": "Essensiell hypertensjon", "pt": "Hipertensão essencial", "de": "Essentielle Hypertonie",
		"en": "Essential hypertension", "nl": "Essentiële hypertensie", "ru": "Эссенциальная гипертензия", "fi": "Essentiaalinen verenpainetauti"}, "Ramipril 5 mg capsule", true},
	{"J45.9", "195967001", map[string]string{"sl": "Astma", "nb": "Astma", "pt": "Asma", "de": "Asthma bronchiale", "en": "Asthma", "nl": "Astma", "ru": "Бронхиальная астма",
		"fi": "Astma"}, "Salbutamol 100 µg inhaler", false},
	{"F32.1", "310495003", map[string]string{"sl": "Zmerna depresivna epizoda", "nb": "Moderat depressiv episode", "pt": "Episódio depressivo moderado",
		"de": "Mittelgradige depressive Episode", "en": "Moderate depressive episode", "nl": "Matige depressieve episode", "ru": "Депрессивный эпизод средней степени",
		"fi": "Keskivaikea masennustila"}, "Sertraline 50 mg tablet", false},
	{"E10.9", "46635009", map[string]string{"sl": "Sladkorna bolezen tipa 1", "nb": "Diabetes mellitus type 1", "pt": "Diabetes mellitus tipo 1", "de": "Diabetes mellitus Typ 1",
		"en": "Type 1 diabetes mellitus", "nl": "Diabetes mellitus type 1", "ru": "Сахарный диабет 1 типа", "fi": "Tyypin 1 diabetes"}, "Insulin glargine 100 units/ml", false},
	{"B20", "86406008", map[string]string{"sl": "Bolezen HIV", "nb": "HIV-sykdom", "pt": "Doença pelo HIV", "de": "HIV-Krankheit", "en": "HIV disease", "nl": "HIV-ziekte",
		"ru": "Болезнь, вызванная ВИЧ", "fi": "HIV-tauti"}, "Dolutegravir 50 mg tablet", true},
}

var w37EHNotes = map[string]string{
	"sl": "Bolnik navaja bolečine v prsnem košu od včeraj. EKG brez posebnosti. Kontrola čez 14 dni.",
	"nb": "Pasienten har hatt brystsmerter siden i går. EKG uten anmerkning. Kontroll om 14 dager.",
	"pt": "Paciente relata dor torácica desde ontem. ECG sem alterações. Retorno em 14 dias.",
	"de": "Patient berichtet über Thoraxschmerzen seit gestern. EKG unauffällig. Kontrolle in 14 Tagen.",
	"en": "Patient reports chest pain since yesterday. ECG unremarkable. Review in 2 weeks.",
	"nl": "Patiënt meldt pijn op de borst sinds gisteren. ECG zonder afwijkingen. Controle over 2 weken.",
	"ru": "Пациент жалуется на боли в груди со вчерашнего дня. ЭКГ без особенностей. Контроль через 14 дней.",
	"fi": "Potilas kertoo rintakivusta eilisestä alkaen. EKG normaali. Kontrolli 2 viikon kuluttua.",
}

var w37EHCallMe = map[string]string{"sl": " Tel. bolnika: ", "nb": " Pasientens tlf.: ", "pt": " Tel. do paciente: ", "de": " Tel. Patient: ", "en": " Patient's phone: ",
	"nl": " Tel. patiënt: ", "ru": " Тел. пациента: ", "fi": " Potilaan puh.: "}

// w37EHID is the subject's external reference in cc: the id, its
// namespace and scheme, and the key EhrScape's party gives it.
func (g *gen) w37EHID(cc string) (id, ns, scheme, key string) {
	p := g.p
	switch cc {
	case "SI":
		if g.r.IntN(2) == 0 {
			return genEMSO(g.r, p.dob, p.female), "si.emso", "EMSO", "si.emso"
		}
		return pattern(g.r, "#########"), "si.zzzs", "ZZZS", "si.zzzs.st_zavarovane_osebe"
	case "NO":
		return genFNR(g.r, p.dob, p.female, [2]string{}), "no.folkeregisteret", "fnr", "no.fnr"
	case "BR":
		return genCNS(g.r), "br.gov.saude.cns", "CNS", "br.cns"
	case "DE":
		if g.r.IntN(3) == 0 {
			return "PSN-" + strings.ToUpper(g.hex(10)), "highmed.pseudonym", "PSN", "pseudonym"
		}
		return genKVNR(g.r), "de.gkv.kvnr", "KVNR", "de.kvnr"
	case "GB":
		return strings.ReplaceAll(nhsNumber(g.r), " ", ""), "uk.nhs.nhs_number", "NHS", "uk.nhs.nhs_number"
	case "AU":
		return genIHI(g.r), "au.gov.ihi", "IHI", "au.ihi"
	case "NL":
		return genBSN(g.r), "nl.bsn", "BSN", "nl.bsn"
	case "CH":
		return genAHV(g.r), "ch.ahv", "AHV", "ch.ahv"
	case "RU":
		return genSNILS(g.r, p.dob, p.female, [2]string{}), "ru.pfr.snils", "SNILS", "ru.snils"
	case "FI":
		return genHETU(g.r, p.dob, p.female, [2]string{}), "fi.hetu", "HETU", "fi.hetu"
	}
	return fmt.Sprint(100000 + g.r.IntN(900000)), "patients", "MRN", "mrn"
}

// w37Flat is a FLAT composition's path and value, kept in order.
type w37Flat struct {
	path string
	v    *node
}

func openEHRComposition(g *gen) *node {
	cc := pick(g.r, w37EHCountries)
	g.w37Redraw(cc)
	if g.r.IntN(4) == 0 {
		g.w37Age(0, 17)
	} else {
		g.w37Age(18, 95)
	}
	p := g.p
	lang := w37EHLang[cc]
	age := g.w37AgeNow()
	ehrID := g.uuid()
	host := "https://" + pick(g.r, []string{"ehr.", "cdr.", "openehr."}) + pick(g.r, map[string][]string{"SI": {"ezdrav", "kclj"}, "NO": {"helse-vest", "dips"}, "BR": {"saude", "hc"},
		"DE": {"klinikum", "highmed"}, "GB": {"nhs-trust", "icb"}, "AU": {"health", "rch"}, "NL": {"umc"}, "CH": {"spital"}, "RU": {"emias"}, "FI": {"hus", "tays"}}[cc]) + ".example"
	rest := host + pick(g.r, []string{"/ehrbase/rest/openehr/v1", "/rest/openehr/v1"})
	facility := pick(g.r, w37EHFacilities[cc])
	clinician := g.w37Other(cc)
	composer := w37OtherName(clinician)
	if g.r.IntN(2) == 0 {
		composer = map[string]string{"sl": "dr. ", "nb": "Lege ", "pt": "Dr. ", "de": "Dr. med. ", "en": "Dr ", "nl": "Dr. ", "ru": "Врач ", "fi": "LL "}[lang] + composer
	}
	extID, ns, scheme, partyKey := g.w37EHID(cc)
	at := func(back time.Duration) string { return g.t.Add(-back).Format("2006-01-02T15:04:05.000Z07:00") }

	kind := pick(g.r, []string{"vitals", "vitals", "problem", "medication", "note"})
	if age < 18 {
		kind = pick(g.r, []string{"growth", "growth", "vaccination", "vitals", "problem"})
	} else if p.female && age < 45 && g.r.IntN(6) == 0 {
		kind = "pregnancy"
	}
	var diag w37EHDiag
	for {
		diag = pick(g.r, w37EHDiags)
		if !diag.adult || age >= 18 {
			break
		}
	}
	tree := map[string]string{"vitals": "vital_signs", "growth": "growth_chart", "problem": "problem_list", "medication": "medication_list", "note": "clinical_note",
		"vaccination": "immunisation_record", "pregnancy": "pregnancy_summary"}[kind]
	template := map[string]string{"vitals": "openEHR-EHR-COMPOSITION.encounter.v1 - Vital signs", "growth": "Growth chart", "problem": "Problem list", "medication": "Medication list",
		"note": "Clinical note", "vaccination": "Immunisation record", "pregnancy": "Pregnancy summary"}[kind]
	if cc == "SI" && g.r.IntN(2) == 0 {
		template = "SI - " + template
	}

	var fl []w37Flat
	// the weak evidence the composition carries, recorded when it is written
	var flWeak []string
	add := func(path string, v *node) { fl = append(fl, w37Flat{path, v}) }
	add("ctx/language", N(lang))
	add("ctx/territory", N(cc))
	flWeak = append(flWeak, cc)
	add("ctx/time", N(at(time.Duration(g.r.IntN(600))*time.Minute)))
	add("ctx/composer_name", P(composer))
	add("ctx/id_namespace", N("HOSPITAL-NS"))
	add("ctx/id_scheme", N("HOSPITAL-NS"))
	add("ctx/health_care_facility|name", N(facility))
	add("ctx/health_care_facility|id", N(fmt.Sprint(10000+g.r.IntN(90000))))
	if g.r.IntN(3) == 0 {
		nurse := g.w37Other(cc)
		add("ctx/participation_name", P(w37OtherName(nurse)))
		add("ctx/participation_function", N("requester"))
	}
	add(tree+"/category|code", N("433"))
	add(tree+"/category|value", N("event"))
	add(tree+"/category|terminology", N("openehr"))
	add(tree+"/context/start_time", N(at(time.Duration(g.r.IntN(600))*time.Minute)))
	add(tree+"/context/setting|code", N("238"))
	add(tree+"/context/setting|value", N("other care"))
	add(tree+"/context/setting|terminology", N("openehr"))
	measure := func(obs, elem string, v float64, unit string) {
		add(tree+"/"+obs+"/any_event:0/"+elem+"|magnitude", S(v, "health"))
		add(tree+"/"+obs+"/any_event:0/"+elem+"|unit", N(unit))
		add(tree+"/"+obs+"/any_event:0/time", N(at(time.Duration(g.r.IntN(120))*time.Minute)))
	}
	round1 := func(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
	weight := func() float64 {
		if age < 18 {
			return round1(3.5 + float64(age)*3.1 + g.r.Float64()*4)
		}
		return round1(50 + g.r.Float64()*60)
	}
	height := func() float64 {
		if age < 18 {
			if age == 0 {
				return round1(50 + g.r.Float64()*25)
			}
			return round1(75 + float64(min(age, 16))*6.2 + g.r.Float64()*6)
		}
		return round1(150 + g.r.Float64()*45)
	}
	code := func(prefix string) {
		if (cc == "GB" || cc == "AU") && g.r.IntN(2) == 0 {
			add(prefix+"|code", S(diag.snomed, "health"))
			add(prefix+"|value", S(diag.terms[lang], "health"))
			add(prefix+"|terminology", N("SNOMED-CT"))
			return
		}
		add(prefix+"|code", S(diag.icd, "health"))
		add(prefix+"|value", S(diag.terms[lang], "health"))
		term := map[string]string{"BR": "CID-10", "DE": "ICD-10-GM", "AU": "ICD-10-AM", "CH": "ICD-10-GM"}[cc]
		if term == "" {
			term = "ICD-10"
		}
		add(prefix+"|terminology", N(term))
	}
	switch kind {
	case "vitals":
		measure("body_weight", "weight", weight(), "kg")
		if g.r.IntN(2) == 0 {
			measure("height_length", "height_length", height(), "cm")
		}
		if age >= 12 {
			add(tree+"/blood_pressure/any_event:0/systolic|magnitude", S(100+g.r.IntN(70), "health"))
			add(tree+"/blood_pressure/any_event:0/systolic|unit", N("mm[Hg]"))
			add(tree+"/blood_pressure/any_event:0/diastolic|magnitude", S(60+g.r.IntN(40), "health"))
			add(tree+"/blood_pressure/any_event:0/diastolic|unit", N("mm[Hg]"))
		}
		measure("pulse_heart_beat", "rate", float64(55+g.r.IntN(60)), "/min")
		measure("body_temperature", "temperature", round1(36.1+g.r.Float64()*3), "Cel")
		if g.r.IntN(2) == 0 {
			add(tree+"/pulse_oximetry/any_event:0/spo|numerator", S(float64(90+g.r.IntN(10)), "health"))
			add(tree+"/pulse_oximetry/any_event:0/spo|denominator", N(100.0))
		}
	case "growth":
		if g.r.IntN(2) == 0 { // the child's age the app puts in the context
			add(tree+"/context/age", P(fmt.Sprintf("P%dY%dM", age, g.r.IntN(12))))
		}
		measure("body_weight", "weight", weight(), "kg")
		measure("height_length", "height_length", height(), "cm")
		if age < 3 {
			measure("head_circumference", "head_circumference", round1(34+float64(age)*4+g.r.Float64()*3), "cm")
		}
		add(tree+"/body_mass_index/any_event:0/body_mass_index|magnitude", S(round1(14+g.r.Float64()*10), "health"))
		add(tree+"/body_mass_index/any_event:0/body_mass_index|unit", N("kg/m2"))
	case "problem":
		code(tree + "/problem_diagnosis:0/problem_diagnosis_name")
		add(tree+"/problem_diagnosis:0/date_time_clinically_recognised", S(g.t.AddDate(-g.r.IntN(max(age, 1)), -g.r.IntN(12), 0).Format("2006-01-02"), "health"))
		if g.r.IntN(2) == 0 {
			add(tree+"/problem_diagnosis:0/clinical_description", S(diag.terms[lang]+" – "+map[string]string{"sl": "dobro urejena", "nb": "godt regulert", "pt": "controlada",
				"de": "gut eingestellt", "en": "well controlled", "nl": "goed ingesteld", "ru": "компенсирован", "fi": "hyvässä hoitotasapainossa"}[lang], "health"))
		}
	case "medication":
		code(tree + "/medication_order:0/order:0/reason")
		add(tree+"/medication_order:0/order:0/medication_item", S(diag.med, "health"))
		add(tree+"/medication_order:0/order:0/overall_directions_description", S(pick(g.r, []string{"1-0-1", "1 x daily", "2 puffs as needed", "10 units at night"}), "health"))
	case "note":
		note := w37EHNotes[lang]
		if g.w35ShowPhone() && g.r.IntN(3) == 0 { // the patient's number in the note
			note += w37EHCallMe[lang] + p.phone
			flWeak = append(flWeak, p.phoneCC)
		}
		add(tree+"/clinical_synopsis:0/synopsis", S(note, "health"))
	case "vaccination":
		add(tree+"/immunisation_summary:0/immunisation_item:0/vaccine_name|value", S(pick(g.r, []string{"MMR (Priorix)", "DTaP-IPV-Hib-HepB (Hexyon)", "HPV (Gardasil 9)", "BCG", "Influenza (Fluenz)"}), "health"))
		add(tree+"/immunisation_summary:0/immunisation_item:0/latest_date_administered", S(g.t.AddDate(0, -g.r.IntN(24), -g.r.IntN(28)).Format("2006-01-02"), "health"))
		add(tree+"/immunisation_summary:0/immunisation_item:0/dose_number", S(1+g.r.IntN(3), "health"))
	case "pregnancy":
		add(tree+"/pregnancy_status:0/any_event:0/status|code", S("77386006", "health"))
		add(tree+"/pregnancy_status:0/any_event:0/status|value", S(map[string]string{"sl": "Nosečnost", "nb": "Gravid", "pt": "Grávida", "de": "Schwanger", "en": "Pregnant", "nl": "Zwanger", "ru": "Беременность", "fi": "Raskaana"}[lang], "health"))
		add(tree+"/pregnancy_status:0/any_event:0/status|terminology", N("SNOMED-CT"))
		add(tree+"/estimated_date_of_delivery:0/any_event:0/agreed_edd", S(g.t.AddDate(0, 1+g.r.IntN(8), g.r.IntN(28)).Format("2006-01-02"), "health"))
	}
	if cc == "AU" && g.r.IntN(3) == 0 {
		add(tree+"/indigenous_status/status|value", S(pick(g.r, []string{"Aboriginal but not Torres Strait Islander origin", "Torres Strait Islander but not Aboriginal origin",
			"Neither Aboriginal nor Torres Strait Islander origin"}), "ethnicity"))
	}

	flatBody := func() *node {
		for _, w := range flWeak {
			g.lab.Weak = addCountry(g.lab.Weak, w)
		}
		o := O()
		for _, f := range fl {
			o.set(f.path, f.v)
		}
		return o
	}
	structured := func() *node {
		for _, w := range flWeak {
			g.lab.Weak = addCountry(g.lab.Weak, w)
		}
		type snode struct {
			order []string
			kids  map[string]*snode
			attrs []member
			val   *node
		}
		newS := func() *snode { return &snode{kids: map[string]*snode{}} }
		root := newS()
		for _, f := range fl {
			path, attr := f.path, ""
			if i := strings.IndexByte(path, '|'); i >= 0 {
				path, attr = path[:i], path[i:]
			}
			cur := root
			for _, seg := range strings.Split(path, "/") {
				if i := strings.IndexByte(seg, ':'); i >= 0 {
					seg = seg[:i]
				}
				k, ok := cur.kids[seg]
				if !ok {
					k = newS()
					cur.kids[seg] = k
					cur.order = append(cur.order, seg)
				}
				cur = k
			}
			if attr != "" {
				cur.attrs = append(cur.attrs, member{attr, f.v})
			} else {
				cur.val = f.v
			}
		}
		var render func(s *snode, top bool) *node
		render = func(s *snode, top bool) *node {
			if s.val != nil && len(s.kids) == 0 && len(s.attrs) == 0 {
				if top {
					return s.val
				}
				return A(s.val)
			}
			o := O()
			for _, k := range s.order {
				o.set(k, render(s.kids[k], false))
			}
			for _, a := range s.attrs {
				o.set(a.key, a.val)
			}
			if top {
				return o
			}
			return A(o)
		}
		out := O()
		for _, k := range root.order {
			kid := root.kids[k]
			if k == "ctx" { // the context is an object of values
				c := O()
				for _, ck := range kid.order {
					cs := kid.kids[ck]
					if len(cs.attrs) > 0 {
						a := O()
						for _, m := range cs.attrs {
							a.set(m.key, m.val)
						}
						c.set(ck, a)
					} else {
						c.set(ck, cs.val)
					}
				}
				out.set(k, c)
				continue
			}
			out.set(k, render(kid, true))
		}
		return out
	}
	ehrStatus := func(withOther bool) *node {
		s := O("_type", N("EHR_STATUS"), "archetype_node_id", N("openEHR-EHR-EHR_STATUS.generic.v1"), "name", O("value", N("EHR Status")),
			"uid", O("_type", N("OBJECT_VERSION_ID"), "value", N(g.uuid()+"::"+strings.TrimPrefix(host, "https://")+"::1")),
			"subject", O("_type", N("PARTY_SELF"), "external_ref", O("id", O("_type", N("GENERIC_ID"), "value", P(extID), "scheme", N(scheme)), "namespace", N(ns), "type", N("PERSON"))),
			"is_queryable", N(true), "is_modifiable", N(true))
		if withOther { // patient details kept in other_details
			items := A(O("_type", N("ELEMENT"), "archetype_node_id", N("at0002"), "name", O("value", N(map[string]string{"sl": "Datum rojstva", "nb": "Fødselsdato", "pt": "Data de nascimento",
				"de": "Geburtsdatum", "en": "Date of birth", "nl": "Geboortedatum", "ru": "Дата рождения", "fi": "Syntymäaika"}[lang])), "value", O("_type", N("DV_DATE"), "value", g.dob("2006-01-02"))),
				O("_type", N("ELEMENT"), "archetype_node_id", N("at0003"), "name", O("value", N("Sex")), "value", O("_type", N("DV_CODED_TEXT"), "value", P(map[bool]string{true: "female", false: "male"}[p.female]))))
			s.set("other_details", O("_type", N("ITEM_TREE"), "archetype_node_id", N("at0001"), "name", O("value", N("Tree")), "items", items))
		}
		return s
	}
	auth := func() *node {
		if g.r.IntN(2) == 0 {
			return C("Basic " + base64.StdEncoding.EncodeToString([]byte(pick(g.r, []string{"ehrbase-user", "integration", "admin"})+":"+g.b62(16))))
		}
		return C("Bearer " + g.b62(24) + "." + g.b62(80) + "." + g.b62(43))
	}
	party := func() *node {
		first, last := g.p.given, g.p.family
		pa := O("id", P(fmt.Sprint(1000+g.r.IntN(900000))), "version", N(0), "firstNames", P(first), "lastNames", P(last),
			"gender", P(map[bool]string{true: "FEMALE", false: "MALE"}[p.female]), "dateOfBirth", g.dob("2006-01-02T15:04:05.000Z"))
		if g.w36ResidenceIn() {
			pa.set("address", O("id", N(1000+g.r.IntN(900000)), "version", N(0), "address", P(p.street+", "+strings.TrimSpace(p.post+" "+p.city)+", "+w37English(cc))))
		}
		info := A(O("id", N(1000+g.r.IntN(900000)), "version", N(0), "key", N("ehrId"), "value", P(ehrID)),
			O("id", N(1000+g.r.IntN(900000)), "version", N(0), "key", N(partyKey), "value", P(extID)))
		if ph := g.phone(""); ph != nil {
			info.arr = append(info.arr, O("id", N(1000+g.r.IntN(900000)), "version", N(0), "key", N("telephone"), "value", ph))
		}
		if cc == "AU" && g.r.IntN(3) == 0 {
			info.arr = append(info.arr, O("id", N(1000+g.r.IntN(900000)), "version", N(0), "key", N("indigenous_status"), "value", S(pick(g.r, []string{"Aboriginal", "Torres Strait Islander", "Neither"}), "ethnicity")))
		}
		pa.set("partyAdditionalInfo", info)
		return O("party", pa)
	}

	compUID := g.uuid() + "::" + strings.TrimPrefix(host, "https://") + "::1"
	switch v := g.r.IntN(10); {
	case v < 4: // POST a FLAT composition
		req := O("method", N("POST"), "url", P(rest+"/ehr/"+ehrID+"/composition?templateId="+strings.ReplaceAll(template, " ", "%20")+"&format=FLAT"),
			"headers", O("Authorization", auth(), "Content-Type", N("application/json"), "Prefer", N("return=minimal")), "body", flatBody())
		return O("request", req, "response", O("status", N(201), "headers", O("Location", P(rest+"/ehr/"+ehrID+"/composition/"+compUID), "ETag", N(`"`+compUID+`"`))))
	case v < 6: // GET a composition in STRUCTURED JSON
		return O("request", O("method", N("GET"), "url", P(rest+"/ehr/"+ehrID+"/composition/"+compUID+"?format=STRUCTURED"), "headers", O("Authorization", auth())),
			"response", O("status", N(200), "body", structured()))
	case v < 7: // the FLAT body alone, as an app posts it
		return flatBody()
	case v < 9: // the EHR of a subject: GET /ehr?subject_id=...&subject_namespace=...
		body := O("system_id", O("value", N(strings.TrimPrefix(host, "https://"))), "ehr_id", O("value", P(ehrID)), "ehr_status", ehrStatus(g.r.IntN(3) == 0),
			"time_created", O("value", N(g.t.AddDate(0, -g.r.IntN(60), 0).Format("2006-01-02T15:04:05.000Z07:00"))))
		if g.r.IntN(2) == 0 {
			return O("request", O("method", N("POST"), "url", N(rest+"/ehr"), "headers", O("Authorization", auth(), "Prefer", N("return=representation")), "body", ehrStatus(false)),
				"response", O("status", N(201), "body", body))
		}
		return O("request", O("method", N("GET"), "url", P(rest+"/ehr?subject_id="+extID+"&subject_namespace="+ns), "headers", O("Authorization", auth())),
			"response", O("status", N(200), "body", body))
	}
	// Better's EhrScape: the demographic party, then the composition
	return O("party", party(), "composition", O("ehrId", P(ehrID), "templateId", N(template), "format", N("FLAT"), "composition", flatBody()))
}
