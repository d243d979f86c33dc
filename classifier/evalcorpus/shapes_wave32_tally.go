package evalcorpus

import (
	"crypto/sha256"
	"fmt"
	"time"
)

// ------------------------------------------------------------------ Tally

// w32TLLang is a registration form in one language: the forms, the
// questions (a child's and one's own), the options and the answers
// people type about allergies and medication.
type w32TLLang struct {
	forms                          []string
	first, last, dob, gender       string
	selfFirst, selfLast, selfDob   string
	genders                        [3]string
	parent, email, phone, address  string
	health                         string
	healthAnswers                  []w32Phrase
	diet                           string
	diets                          [4]string // none, vegetarian, halal, kosher
	swim                           string
	yesNo                          [2]string
	photo, emergency, upload, sign string
	uploadFile                     w32Phrase
	country                        string
}

var w32TLLangs = map[string]w32TLLang{
	"de": {forms: []string{"Anmeldung Sommercamp 2026", "Mitgliedsantrag Jugendabteilung TSV", "Anmeldung Musikschule – Schuljahr 2026/27"},
		first: "Vorname des Kindes", last: "Nachname des Kindes", dob: "Geburtsdatum des Kindes", gender: "Geschlecht", selfFirst: "Vorname", selfLast: "Nachname", selfDob: "Geburtsdatum",
		genders: [3]string{"Mädchen", "Junge", "divers"}, parent: "Name des/der Erziehungsberechtigten", email: "E-Mail-Adresse", phone: "Telefonnummer (für Notfälle)", address: "Anschrift",
		health:        "Allergien, Unverträglichkeiten, Medikamente oder sonstige gesundheitliche Hinweise",
		healthAnswers: []w32Phrase{{"health", "Erdnussallergie, Notfallset (EpiPen) im Rucksack"}, {"health", "Asthma, nimmt bei Bedarf Salbutamol-Spray"}, {"health", "ADHS, bekommt morgens Medikinet 10 mg"}, {"health", "Typ-1-Diabetes, Insulinpumpe, misst selbst"}, {"", "keine"}},
		diet:          "Ernährung", diets: [4]string{"keine Einschränkung", "vegetarisch", "halal (kein Schweinefleisch)", "koscher"}, swim: "Kann Ihr Kind sicher schwimmen?", yesNo: [2]string{"Ja", "Nein"},
		photo: "Ich bin einverstanden, dass Fotos meines Kindes auf der Website veröffentlicht werden.", emergency: "Notfallkontakt (Name und Telefonnummer)",
		upload: "Nachweis Masernschutz (Impfpass)", uploadFile: w32Phrase{"health", "Impfpass_Masern.pdf"}, sign: "Unterschrift", country: "Land"},
	"fr": {forms: []string{"Inscription colonie de vacances été 2026", "Inscription école de football – saison 2026/2027", "Inscription conservatoire – éveil musical"},
		first: "Prénom de l'enfant", last: "Nom de l'enfant", dob: "Date de naissance de l'enfant", gender: "Sexe", selfFirst: "Prénom", selfLast: "Nom", selfDob: "Date de naissance",
		genders: [3]string{"Fille", "Garçon", "Autre"}, parent: "Nom du responsable légal", email: "Adresse e-mail", phone: "Téléphone (urgence)", address: "Adresse postale",
		health:        "Allergies, traitements en cours ou informations médicales à signaler",
		healthAnswers: []w32Phrase{{"health", "Allergie aux arachides, stylo d'adrénaline dans le sac"}, {"health", "Asthmatique, Ventoline si besoin"}, {"health", "TDAH, prend de la Ritaline le matin"}, {"health", "Diabète de type 1, pompe à insuline"}, {"", "aucune"}},
		diet:          "Régime alimentaire", diets: [4]string{"aucun", "végétarien", "halal (sans porc)", "casher"}, swim: "Votre enfant sait-il nager ?", yesNo: [2]string{"Oui", "Non"},
		photo: "J'autorise la publication de photos de mon enfant.", emergency: "Personne à prévenir en cas d'urgence (nom et téléphone)",
		upload: "Certificat médical de non contre-indication", uploadFile: w32Phrase{"health", "certificat_medical.pdf"}, sign: "Signature", country: "Pays"},
	"nl": {forms: []string{"Inschrijving zomerkamp 2026", "Aanmelding jeugdlid voetbalvereniging", "Inschrijving muziekschool"},
		first: "Voornaam kind", last: "Achternaam kind", dob: "Geboortedatum kind", gender: "Geslacht", selfFirst: "Voornaam", selfLast: "Achternaam", selfDob: "Geboortedatum",
		genders: [3]string{"Meisje", "Jongen", "Anders"}, parent: "Naam ouder/verzorger", email: "E-mailadres", phone: "Telefoonnummer (noodgevallen)", address: "Adres",
		health:        "Allergieën, medicijngebruik of andere medische bijzonderheden",
		healthAnswers: []w32Phrase{{"health", "Pinda-allergie, EpiPen in de rugzak"}, {"health", "Astma, puffer bij benauwdheid"}, {"health", "ADHD, krijgt 's ochtends Ritalin"}, {"health", "Diabetes type 1, insulinepomp"}, {"", "geen"}},
		diet:          "Dieet", diets: [4]string{"geen", "vegetarisch", "halal", "koosjer"}, swim: "Heeft uw kind een zwemdiploma?", yesNo: [2]string{"Ja", "Nee"},
		photo: "Ik geef toestemming voor het plaatsen van foto's van mijn kind op de website.", emergency: "Contactpersoon bij nood (naam en telefoonnummer)",
		upload: "Kopie identiteitsbewijs kind", uploadFile: w32Phrase{"", "ID_kaart_kind.jpg"}, sign: "Handtekening", country: "Land"},
	"es": {forms: []string{"Inscripción campamento de verano 2026", "Inscripción escuela de fútbol temporada 2026-27", "Matrícula escuela de música"},
		first: "Nombre del niño/a", last: "Apellidos del niño/a", dob: "Fecha de nacimiento del niño/a", gender: "Sexo", selfFirst: "Nombre", selfLast: "Apellidos", selfDob: "Fecha de nacimiento",
		genders: [3]string{"Niña", "Niño", "Otro"}, parent: "Nombre del padre, madre o tutor", email: "Correo electrónico", phone: "Teléfono de contacto", address: "Dirección",
		health:        "Alergias, medicación o información médica relevante",
		healthAnswers: []w32Phrase{{"health", "Alergia a los frutos secos, lleva autoinyector de adrenalina"}, {"health", "Asma, usa Ventolín si lo necesita"}, {"health", "TDAH, toma metilfenidato por la mañana"}, {"health", "Diabetes tipo 1, bomba de insulina"}, {"", "ninguna"}},
		diet:          "Alimentación", diets: [4]string{"sin restricciones", "vegetariana", "halal (sin cerdo)", "kosher"}, swim: "¿Sabe nadar?", yesNo: [2]string{"Sí", "No"},
		photo: "Autorizo la publicación de fotos de mi hijo/a.", emergency: "Contacto de emergencia (nombre y teléfono)",
		upload: "Certificado médico", uploadFile: w32Phrase{"health", "certificado_medico.pdf"}, sign: "Firma", country: "País"},
	"pt": {forms: []string{"Inscrição Colônia de Férias 2026", "Inscrição Escolinha de Futebol", "Matrícula Escola de Música"},
		first: "Nome da criança", last: "Sobrenome da criança", dob: "Data de nascimento da criança", gender: "Sexo", selfFirst: "Nome", selfLast: "Sobrenome", selfDob: "Data de nascimento",
		genders: [3]string{"Menina", "Menino", "Outro"}, parent: "Nome do responsável", email: "E-mail", phone: "Celular (WhatsApp)", address: "Endereço",
		health:        "Alergias, medicamentos de uso contínuo ou outras informações de saúde",
		healthAnswers: []w32Phrase{{"health", "Alergia a amendoim, leva caneta de adrenalina"}, {"health", "Asma, usa bombinha quando precisa"}, {"health", "TDAH, toma Ritalina de manhã"}, {"health", "Diabetes tipo 1, usa bomba de insulina"}, {"", "nenhuma"}},
		diet:          "Alimentação", diets: [4]string{"sem restrições", "vegetariana", "halal", "kosher"}, swim: "Sabe nadar?", yesNo: [2]string{"Sim", "Não"},
		photo: "Autorizo o uso de imagem da criança nas redes sociais.", emergency: "Contato de emergência (nome e telefone)",
		upload: "Atestado médico", uploadFile: w32Phrase{"health", "atestado_medico.pdf"}, sign: "Assinatura", country: "País"},
	"it": {forms: []string{"Iscrizione centro estivo 2026", "Iscrizione scuola calcio stagione 2026/27", "Iscrizione scuola di musica"},
		first: "Nome del bambino/a", last: "Cognome del bambino/a", dob: "Data di nascita del bambino/a", gender: "Sesso", selfFirst: "Nome", selfLast: "Cognome", selfDob: "Data di nascita",
		genders: [3]string{"Femmina", "Maschio", "Altro"}, parent: "Nome del genitore o tutore", email: "Email", phone: "Cellulare", address: "Indirizzo di residenza",
		health:        "Allergie, intolleranze, farmaci o altre informazioni sanitarie",
		healthAnswers: []w32Phrase{{"health", "Allergia alle arachidi, porta l'autoiniettore di adrenalina"}, {"health", "Asma, usa il Ventolin al bisogno"}, {"health", "Celiachia, dieta senza glutine"}, {"health", "Diabete di tipo 1, microinfusore"}, {"", "nessuna"}},
		diet:          "Alimentazione", diets: [4]string{"nessuna restrizione", "vegetariana", "halal (senza maiale)", "kosher"}, swim: "Sa nuotare?", yesNo: [2]string{"Sì", "No"},
		photo: "Autorizzo la pubblicazione di foto di mio figlio/a.", emergency: "Contatto di emergenza (nome e telefono)",
		upload: "Certificato medico sportivo", uploadFile: w32Phrase{"health", "certificato_medico_sportivo.pdf"}, sign: "Firma", country: "Paese"},
	"pl": {forms: []string{"Zapisy na półkolonie 2026", "Deklaracja członkowska – sekcja młodzieżowa", "Zapisy do szkoły muzycznej"},
		first: "Imię dziecka", last: "Nazwisko dziecka", dob: "Data urodzenia dziecka", gender: "Płeć", selfFirst: "Imię", selfLast: "Nazwisko", selfDob: "Data urodzenia",
		genders: [3]string{"Dziewczynka", "Chłopiec", "Inna"}, parent: "Imię i nazwisko rodzica/opiekuna", email: "Adres e-mail", phone: "Telefon kontaktowy", address: "Adres zamieszkania",
		health:        "Alergie, przyjmowane leki lub inne informacje o zdrowiu dziecka",
		healthAnswers: []w32Phrase{{"health", "Alergia na orzeszki ziemne, ma przy sobie EpiPen"}, {"health", "Astma, inhalator w razie duszności"}, {"health", "ADHD, rano przyjmuje metylofenidat"}, {"health", "Cukrzyca typu 1, pompa insulinowa"}, {"", "brak"}},
		diet:          "Dieta", diets: [4]string{"bez ograniczeń", "wegetariańska", "halal", "koszerna"}, swim: "Czy dziecko umie pływać?", yesNo: [2]string{"Tak", "Nie"},
		photo: "Wyrażam zgodę na publikację zdjęć dziecka.", emergency: "Kontakt w nagłych wypadkach (imię i telefon)",
		upload: "Legitymacja szkolna", uploadFile: w32Phrase{"", "legitymacja.jpg"}, sign: "Podpis", country: "Kraj"},
	"ja": {forms: []string{"2026年 夏休みキャンプ 参加申込", "ジュニアサッカースクール 入会申込", "音楽教室 体験レッスン申込"},
		first: "お子さまの名前", last: "お子さまの姓", dob: "お子さまの生年月日", gender: "性別", selfFirst: "名", selfLast: "姓", selfDob: "生年月日",
		genders: [3]string{"女の子", "男の子", "その他"}, parent: "保護者氏名", email: "メールアドレス", phone: "緊急連絡先電話番号", address: "住所",
		health:        "アレルギー・服用中の薬・健康上の注意点",
		healthAnswers: []w32Phrase{{"health", "ピーナッツアレルギー（エピペン持参）"}, {"health", "喘息があり、発作時は吸入薬を使用"}, {"health", "ADHDのため朝に服薬しています"}, {"health", "1型糖尿病でインスリンポンプ使用"}, {"", "特になし"}},
		diet:          "食事の配慮", diets: [4]string{"特になし", "ベジタリアン", "ハラール", "コーシャ"}, swim: "泳げますか？", yesNo: [2]string{"はい", "いいえ"},
		photo: "活動中の写真をウェブサイトに掲載することに同意します。", emergency: "緊急連絡先（氏名・電話番号）",
		upload: "健康保険証のコピー", uploadFile: w32Phrase{"", "hokensho.jpg"}, sign: "署名", country: "国"},
	"ko": {forms: []string{"2026 여름방학 캠프 참가 신청", "유소년 축구교실 회원 가입 신청", "음악학원 수강 신청"},
		first: "자녀 이름", last: "자녀 성", dob: "자녀 생년월일", gender: "성별", selfFirst: "이름", selfLast: "성", selfDob: "생년월일",
		genders: [3]string{"여", "남", "기타"}, parent: "보호자 성명", email: "이메일", phone: "비상 연락처", address: "주소",
		health:        "알레르기, 복용 중인 약, 기타 건강 관련 사항",
		healthAnswers: []w32Phrase{{"health", "땅콩 알레르기가 있어 에피펜을 가지고 다닙니다"}, {"health", "천식이 있어 필요 시 흡입기를 사용합니다"}, {"health", "ADHD로 아침에 약을 복용합니다"}, {"health", "1형 당뇨로 인슐린 펌프를 사용합니다"}, {"", "없음"}},
		diet:          "식단", diets: [4]string{"제한 없음", "채식", "할랄", "코셔"}, swim: "수영을 할 수 있나요?", yesNo: [2]string{"예", "아니오"},
		photo: "활동 사진의 홈페이지 게시에 동의합니다.", emergency: "비상 연락처 (이름과 전화번호)",
		upload: "건강검진 결과지", uploadFile: w32Phrase{"health", "건강검진결과.pdf"}, sign: "서명", country: "국가"},
	"en": {forms: []string{"Summer Camp 2026 Registration", "Junior Football Club Membership 2026/27", "Music School Enrolment Form"},
		first: "Child's first name", last: "Child's last name", dob: "Child's date of birth", gender: "Gender", selfFirst: "First name", selfLast: "Last name", selfDob: "Date of birth",
		genders: [3]string{"Girl", "Boy", "Prefer to self-describe"}, parent: "Parent/guardian name", email: "Email address", phone: "Emergency phone number", address: "Home address",
		health:        "Allergies, medical conditions or medication we should know about",
		healthAnswers: []w32Phrase{{"health", "Peanut allergy - EpiPen in backpack"}, {"health", "Asthma, uses blue inhaler as needed"}, {"health", "ADHD, takes methylphenidate in the morning"}, {"health", "Type 1 diabetes, insulin pump, checks own levels"}, {"", "None"}},
		diet:          "Dietary requirements", diets: [4]string{"None", "Vegetarian", "Halal", "Kosher"}, swim: "Can your child swim 25 metres unaided?", yesNo: [2]string{"Yes", "No"},
		photo: "I consent to photographs of my child being used on the club's website and social media.", emergency: "Emergency contact (name and phone)",
		upload: "Medical form", uploadFile: w32Phrase{"health", "medical_form_signed.pdf"}, sign: "Signature", country: "Country"},
}

// w32TLCountries are the forms' countries and their language.
var w32TLCountries = map[string]string{"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "CA": "fr", "NL": "nl", "ES": "es", "MX": "es", "AR": "es", "CO": "es",
	"BR": "pt", "PT": "pt", "IT": "it", "PL": "pl", "JP": "ja", "KR": "ko", "GB": "en", "IE": "en", "US": "en", "AU": "en", "ZA": "en"}

var w32TLCodes = []string{"DE", "DE", "AT", "CH", "FR", "FR", "BE", "CA", "NL", "ES", "MX", "AR", "CO", "BR", "BR", "PT", "IT", "PL", "JP", "KR", "GB", "IE", "US", "AU", "ZA"}

// w32TLDOB writes a birth date as parents type it in the country.
func (g *gen) w32TLDOB(cc string) *node {
	d := g.p.dob
	switch cc {
	case "DE", "AT", "CH", "PL":
		return g.dob(pick(g.r, []string{"02.01.2006", "2.1.2006"}))
	case "NL":
		return g.dob("02-01-2006")
	case "US":
		return g.dob(pick(g.r, []string{"01/02/2006", "1/2/2006", "January 2, 2006"}))
	case "JP":
		return g.w32DOBText(fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day()))
	case "KR":
		return g.dob(pick(g.r, []string{"2006.01.02", "20060102"}))
	case "CA":
		return g.dob("2006-01-02")
	}
	return g.dob(pick(g.r, []string{"02/01/2006", "2/1/2006"}))
}

func tallyFormResponse(g *gen) *node {
	cc := pick(g.r, w32TLCodes)
	lang := w32TLCountries[cc]
	if cc == "BE" && g.r.IntN(2) == 0 {
		lang = "nl"
	}
	g.w32Redraw(cc)
	p := g.p
	L := w32TLLangs[lang]
	child := g.r.IntN(10) < 7
	if child {
		g.w32Age(4, 17)
	} else if g.r.IntN(2) == 0 {
		g.w32Age(14, 17) // a teenager signs up on their own
	} else {
		g.w32Age(18, 65)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w32SetPhone(cc)
	}
	qid := func() string { return "question_" + g.b62(6) }
	var fields []*node
	add := func(label, typ string, value *node, extra ...any) {
		if value == nil {
			return
		}
		f := O("key", N(qid()), "label", N(label), "type", N(typ), "value", value)
		for i := 0; i+1 < len(extra); i += 2 {
			f.set(extra[i].(string), extra[i+1].(*node))
		}
		fields = append(fields, f)
	}
	// choice adds a choice question: the chosen option's id labelled by
	// chosen, the options the form's own (non-personal).
	choice := func(label, typ string, texts []string, chosen int, mark func(string) *node) {
		opts := A()
		ids := make([]string, len(texts))
		for i, t := range texts {
			ids[i] = g.uuid()
			opts.arr = append(opts.arr, O("id", N(ids[i]), "text", N(t)))
		}
		key := qid()
		fields = append(fields, O("key", N(key), "label", N(label), "type", N(typ), "value", A(mark(ids[chosen])), "options", opts))
		if typ == "CHECKBOXES" {
			for i, t := range texts {
				v := N(i == chosen)
				if i == chosen {
					v = mark("true")
					v.raw, v.str = "true", false
				}
				fields = append(fields, O("key", N(key+"_"+ids[i]), "label", N(label+" ("+t+")"), "type", N(typ), "value", v))
			}
		}
	}
	first, last := p.given, p.family
	if child {
		add(L.first, "INPUT_TEXT", P(first))
		add(L.last, "INPUT_TEXT", P(last))
	} else {
		add(L.selfFirst, "INPUT_TEXT", P(first))
		add(L.selfLast, "INPUT_TEXT", P(last))
	}
	dobLabel := L.dob
	if !child {
		dobLabel = L.selfDob
	}
	if g.r.IntN(2) == 0 {
		add(dobLabel, "INPUT_DATE", g.dob("2006-01-02"))
	} else {
		add(dobLabel, "INPUT_TEXT", g.w32TLDOB(cc))
	}
	if g.r.IntN(3) != 0 {
		gi := map[bool]int{true: 0, false: 1}[p.female]
		if g.r.IntN(15) == 0 {
			gi = 2
		}
		choice(L.gender, "MULTIPLE_CHOICE", L.genders[:], gi, func(v string) *node { return P(v) })
	}
	email := p.email
	if child {
		parent := g.w32Other(cc)
		pname := parent.given + " " + p.family
		if p.c.familyFirst {
			pname = p.family + map[bool]string{true: "", false: " "}[p.c.noSpace] + parent.given
		}
		add(L.parent, "INPUT_TEXT", P(pname))
		email = w32Clean(parent.givenL) + pick(g.r, []string{".", "_", ""}) + w32Clean(p.familyL) + "@" + pick(g.r, []string{p.c.domain, "gmail.com", "outlook.com"})
	}
	add(L.email, "INPUT_EMAIL", P(email))
	add(L.phone, "INPUT_PHONE_NUMBER", g.phone(g.e164()))
	if g.r.IntN(4) != 0 {
		line := p.street + ", " + p.post + " " + p.city
		switch cc {
		case "JP":
			line = "〒" + p.post + " " + p.city + p.street
		case "KR":
			line = p.city + " " + p.street + " (" + p.post + ")"
		}
		countryDropdown := g.r.IntN(3) == 0
		if !countryDropdown && g.r.IntN(2) == 0 && g.w32Rec(p.c.name) {
			line += ", " + p.c.name
		}
		add(L.address, "INPUT_TEXT", P(line))
		if countryDropdown && p.showResidence {
			names := []string{p.c.name, "Deutschland", "France", "España", "Italia", "United Kingdom"}
			choice(L.country, "DROPDOWN", names, 0, func(v string) *node { return g.residence(v) })
		}
	}
	h := pick(g.r, L.healthAnswers)
	if g.r.IntN(3) == 0 {
		h = L.healthAnswers[len(L.healthAnswers)-1]
	}
	add(L.health, "TEXTAREA", w32Text(h.text, h.cat))
	di := pick(g.r, []int{0, 0, 0, 1, 1, 2, 3})
	dietMark := func(v string) *node {
		if di >= 2 {
			return S(v, "religion")
		}
		return P(v)
	}
	choice(L.diet, pick(g.r, []string{"MULTIPLE_CHOICE", "CHECKBOXES"}), L.diets[:], di, dietMark)
	if child && g.r.IntN(2) == 0 {
		choice(L.swim, "MULTIPLE_CHOICE", L.yesNo[:], g.r.IntN(2), func(v string) *node { return P(v) })
	}
	if child {
		ok := g.r.IntN(3) != 0
		key := qid()
		opt := g.uuid()
		val := A()
		if ok {
			val.arr = append(val.arr, N(opt))
		}
		fields = append(fields, O("key", N(key), "label", N(L.photo), "type", N("CHECKBOXES"), "value", val, "options", A(O("id", N(opt), "text", N(L.yesNo[0])))),
			O("key", N(key+"_"+opt), "label", N(L.photo+" ("+L.yesNo[0]+")"), "type", N("CHECKBOXES"), "value", N(ok)))
	}
	if g.r.IntN(2) == 0 {
		o := g.w32Other(cc)
		add(L.emergency, "INPUT_TEXT", P(o.given+" "+p.family+" "+o.phone))
	}
	file := func(name string, nameNode *node, mime string) *node {
		id := g.b62(6)
		url := "https://storage.tally.so/private/" + name + "?id=" + id + "&accessToken=" + g.b62(48) + "&signature=" + g.hex(64)
		return O("id", N(id), "name", nameNode, "url", C(url), "mimeType", N(mime), "size", N(20000+g.r.IntN(2000000)))
	}
	if g.r.IntN(2) == 0 {
		mime := "application/pdf"
		if len(L.uploadFile.text) > 4 && L.uploadFile.text[len(L.uploadFile.text)-4:] == ".jpg" {
			mime = "image/jpeg"
		}
		add(L.upload, "FILE_UPLOAD", A(file(L.uploadFile.text, w32Text(L.uploadFile.text, L.uploadFile.cat), mime)))
	}
	if g.r.IntN(5) < 2 {
		add(L.sign, "SIGNATURE", A(file("signature.png", N("signature.png"), "image/png")))
	}
	if g.r.IntN(3) == 0 {
		add("ref", "HIDDEN_FIELDS", P(pick(g.r, []string{"M-", "mbr_", ""})+pattern(g.r, "#####")))
	}
	if g.r.IntN(3) == 0 {
		add("utm_source", "HIDDEN_FIELDS", N(pick(g.r, []string{"instagram", "newsletter", "flyer", "facebook"})))
	}
	formID := g.b62(6)
	respID := g.b62(6)
	created := g.t.Add(-time.Duration(g.r.IntN(3000)) * time.Millisecond)
	payload := O("eventId", N(g.uuid()), "eventType", N("FORM_RESPONSE"), "createdAt", N(w31ISO(g.t)),
		"data", O("responseId", N(respID), "submissionId", N(respID), "respondentId", P(g.b62(6)), "formId", N(formID), "formName", N(pick(g.r, L.forms)),
			"createdAt", N(w31ISO(created.Truncate(time.Second))), "fields", A(fields...)))
	switch m := g.r.IntN(10); {
	case m < 5:
		body := w32JSON(payload)
		h := O("content-type", N("application/json"), "tally-signature", C(w32B64(w32HMAC(sha256.New, g.b62(32), body))))
		if g.r.IntN(3) == 0 {
			h.set("authorization", C("Bearer "+g.b62(40)))
		}
		return O("received_at", g.w32Stamp(time.Second), "method", N("POST"), "path", N(pick(g.r, []string{"/api/tally-webhook", "/webhooks/tally", "/.netlify/functions/tally"})), "headers", h, "body", payload)
	case m < 8:
		return payload
	}
	return O("level", N(30), "time", N(g.t.Add(time.Second).UnixMilli()), "pid", N(1+g.r.IntN(30000)), "hostname", N("ip-10-0-"+fmt.Sprint(g.r.IntN(255))+"-"+fmt.Sprint(g.r.IntN(255))),
		"msg", N("tally submission received"), "formId", N(formID), "payload", payload)
}
