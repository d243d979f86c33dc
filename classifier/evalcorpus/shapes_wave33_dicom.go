package evalcorpus

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// ------------------------------------------------------------ DICOM JSON

// A DICOM dataset says who the patient is (name, ids, birth date, sex,
// age, address, telephone, mother's birth name, the parent responsible
// for a child: personal), what the study tells of the patient's health
// (history, allergies, alerts, weight, pregnancy, smoking, the study's
// and series' descriptions, the body part examined, the reason for the
// request: sensitive, health), the patient's ethnic group (sensitive,
// ethnicity) and religious preference (sensitive, religion). The UIDs of
// a patient's study, series and instance, the accession number and the
// study's date and time identify the patient's examination and are
// personal; the clinicians' names are personal data of the clinicians.
// The hospital, its department and address, the equipment (modality,
// manufacturer, model, station), SOP classes, character sets, counts
// and sizes are non-personal.

// w33DCSite is a hospital system of one country.
type w33DCSite struct {
	cc, lang  string
	charset   []string // "" is a null value (the default repertoire)
	native    string   // the character set for names in the native script
	hospitals []string
	kids      string // a children's hospital or department
	mrn       string // the PatientID pattern
	tz        string // TimezoneOffsetFromUTC
	ethnic    []string
	religion  []string
}

var w33DCSites = []w33DCSite{
	{cc: "JP", lang: "ja", charset: []string{"", "ISO 2022 IR 87"}, hospitals: []string{"東京大学医学部附属病院", "大阪市立総合医療センター", "聖路加国際病院"}, kids: "国立成育医療研究センター", mrn: "##########", tz: "+0900"},
	{cc: "KR", lang: "ko", charset: []string{"", "ISO 2022 IR 149"}, hospitals: []string{"서울대학교병원", "세브란스병원", "삼성서울병원"}, kids: "서울대학교어린이병원", mrn: "########", tz: "+0900"},
	{cc: "CN", lang: "zh", charset: []string{"GB18030"}, hospitals: []string{"北京协和医院", "复旦大学附属中山医院", "四川大学华西医院"}, kids: "上海儿童医学中心", mrn: "ZY########", tz: "+0800"},
	{cc: "TW", lang: "zh", charset: []string{"ISO_IR 192"}, hospitals: []string{"國立臺灣大學醫學院附設醫院", "林口長庚紀念醫院"}, kids: "臺大兒童醫院", mrn: "#######", tz: "+0800"},
	{cc: "HK", lang: "en", charset: []string{"ISO_IR 192"}, hospitals: []string{"Queen Mary Hospital", "Prince of Wales Hospital"}, kids: "Hong Kong Children's Hospital", mrn: "HN########", tz: "+0800"},
	{cc: "DE", lang: "de", charset: []string{"ISO_IR 100"}, hospitals: []string{"Charité – Universitätsmedizin Berlin", "Klinikum rechts der Isar der TU München", "Uniklinik Köln"}, kids: "Dr. von Haunersches Kinderspital", mrn: "#########", tz: "+0100", religion: []string{"römisch-katholisch", "evangelisch", "muslimisch", "Zeugen Jehovas"}},
	{cc: "FR", lang: "fr", charset: []string{"ISO_IR 100"}, hospitals: []string{"Hôpital européen Georges-Pompidou", "Hospices Civils de Lyon", "CHU de Bordeaux"}, kids: "Hôpital Necker-Enfants malades", mrn: "8########", tz: "+0100"},
	{cc: "BR", lang: "pt", charset: []string{"ISO_IR 100"}, hospitals: []string{"Hospital Israelita Albert Einstein", "Hospital das Clínicas da FMUSP", "Hospital Sírio-Libanês"}, kids: "Hospital Pequeno Príncipe", mrn: "#######-#", tz: "-0300", ethnic: []string{"BRANCA", "PARDA", "PRETA", "AMARELA", "INDIGENA"}, religion: []string{"Católica", "Evangélica", "Testemunha de Jeová", "Espírita"}},
	{cc: "US", lang: "en", charset: []string{"ISO_IR 100"}, hospitals: []string{"Mayo Clinic", "UCSF Medical Center", "Northwestern Memorial Hospital"}, kids: "Boston Children's Hospital", mrn: "MRN#######", tz: "-0600", ethnic: []string{"White", "Black", "Asian", "Hispanic", "Am Indian/Alaska", "Pacific Islander"}, religion: []string{"Roman Catholic", "Jehovah's Witness", "Baptist", "Jewish", "Muslim"}},
	{cc: "GB", lang: "en", charset: []string{"ISO_IR 100"}, hospitals: []string{"Guy's and St Thomas' NHS Foundation Trust", "Manchester Royal Infirmary", "Royal Free Hospital"}, kids: "Great Ormond Street Hospital", mrn: "RJ1#######", tz: "+0000", ethnic: []string{"White British", "Indian", "Pakistani", "Black Caribbean", "Black African", "Mixed"}, religion: []string{"Church of England", "Roman Catholic", "Muslim", "Sikh", "Jehovah's Witness"}},
	{cc: "IN", lang: "en", charset: []string{"ISO_IR 192"}, hospitals: []string{"AIIMS New Delhi", "Apollo Hospitals, Greams Road, Chennai", "Kokilaben Dhirubhai Ambani Hospital"}, kids: "Rainbow Children's Hospital", mrn: "UHID########", tz: "+0530"},
	{cc: "SA", lang: "ar", charset: []string{"ISO_IR 192"}, native: "ISO_IR 127", hospitals: []string{"مستشفى الملك فيصل التخصصي ومركز الأبحاث", "King Fahad Medical City"}, kids: "مستشفى الملك عبدالله التخصصي للأطفال", mrn: "######", tz: "+0300", religion: []string{"مسلم", "Muslim"}},
	{cc: "AE", lang: "en", charset: []string{"ISO_IR 192"}, hospitals: []string{"Cleveland Clinic Abu Dhabi", "Rashid Hospital"}, kids: "Al Jalila Children's Specialty Hospital", mrn: "AD#######", tz: "+0400"},
	{cc: "TR", lang: "tr", charset: []string{"ISO_IR 148"}, hospitals: []string{"Hacettepe Üniversitesi Hastaneleri", "Acıbadem Maslak Hastanesi", "Ankara Şehir Hastanesi"}, kids: "Ankara Şehir Hastanesi Çocuk Hastanesi", mrn: "#########", tz: "+0300"},
	{cc: "IT", lang: "it", charset: []string{"ISO_IR 100"}, hospitals: []string{"Fondazione Policlinico Universitario A. Gemelli", "Ospedale Niguarda Milano"}, kids: "Ospedale Pediatrico Bambino Gesù", mrn: "#########", tz: "+0100"},
	{cc: "ES", lang: "es", charset: []string{"ISO_IR 100"}, hospitals: []string{"Hospital Universitario La Paz", "Hospital Clínic de Barcelona"}, kids: "Hospital Sant Joan de Déu", mrn: "NHC#######", tz: "+0100"},
	{cc: "NL", lang: "nl", charset: []string{"ISO_IR 100"}, hospitals: []string{"Amsterdam UMC", "UMC Utrecht"}, kids: "Erasmus MC-Sophia Kinderziekenhuis", mrn: "#######", tz: "+0100"},
	{cc: "SE", lang: "sv", charset: []string{"ISO_IR 100"}, hospitals: []string{"Karolinska Universitetssjukhuset", "Sahlgrenska Universitetssjukhuset"}, kids: "Astrid Lindgrens Barnsjukhus", mrn: "", tz: "+0100"},
	{cc: "PL", lang: "pl", charset: []string{"ISO_IR 101"}, hospitals: []string{"Szpital Uniwersytecki w Krakowie", "Uniwersyteckie Centrum Kliniczne WUM"}, kids: "Instytut \"Pomnik – Centrum Zdrowia Dziecka\"", mrn: "########", tz: "+0100"},
	{cc: "IL", lang: "he", charset: []string{"ISO_IR 192"}, native: "ISO_IR 138", hospitals: []string{"המרכז הרפואי שיבא", "הדסה עין כרם"}, kids: "מרכז שניידר לרפואת ילדים", mrn: "", tz: "+0200", religion: []string{"יהודי", "מוסלמי", "נוצרי"}},
	{cc: "TH", lang: "th", charset: []string{"ISO_IR 192"}, native: "ISO_IR 166", hospitals: []string{"โรงพยาบาลศิริราช", "โรงพยาบาลรามาธิบดี", "Bumrungrad International Hospital"}, kids: "สถาบันสุขภาพเด็กแห่งชาติมหาราชินี", mrn: "HN#######", tz: "+0700"},
	{cc: "VN", lang: "vi", charset: []string{"ISO_IR 192"}, hospitals: []string{"Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy"}, kids: "Bệnh viện Nhi Trung ương", mrn: "########", tz: "+0700"},
	{cc: "RU", lang: "ru", charset: []string{"ISO_IR 192"}, native: "ISO_IR 144", hospitals: []string{"ГКБ № 1 им. Н. И. Пирогова", "НМИЦ им. В. А. Алмазова"}, kids: "НМИЦ здоровья детей", mrn: "#######", tz: "+0300"},
	{cc: "GR", lang: "el", charset: []string{"ISO_IR 192"}, native: "ISO_IR 126", hospitals: []string{"Γενικό Νοσοκομείο Αθηνών «Ο Ευαγγελισμός»", "ΑΧΕΠΑ Θεσσαλονίκης"}, kids: "Νοσοκομείο Παίδων «Η Αγία Σοφία»", mrn: "#######", tz: "+0200"},
	{cc: "MX", lang: "es", charset: []string{"ISO_IR 100"}, hospitals: []string{"Instituto Nacional de Ciencias Médicas y Nutrición", "Hospital Ángeles Lomas"}, kids: "Hospital Infantil de México Federico Gómez", mrn: "########", tz: "-0600"},
	{cc: "AR", lang: "es", charset: []string{"ISO_IR 100"}, hospitals: []string{"Hospital Italiano de Buenos Aires", "Hospital Alemán"}, kids: "Hospital de Pediatría Garrahan", mrn: "#######", tz: "-0300"},
}

// w33DCStudy is a kind of study: the modality, the body part examined
// and its description in the hospital's language.
type w33DCStudy struct {
	mod, part string
	kids      bool // a study children get
	female    bool // women only, adults
	desc      map[string]string
}

var w33DCStudies = []w33DCStudy{
	{mod: "CT", part: "CHEST", desc: map[string]string{"en": "CT CHEST W/O CONTRAST", "de": "CT Thorax nativ", "fr": "Scanner thoracique sans injection", "es": "TC de tórax sin contraste", "pt": "TC de tórax sem contraste", "it": "TC torace senza mdc", "nl": "CT thorax blanco", "sv": "DT thorax utan kontrast", "pl": "TK klatki piersiowej bez kontrastu", "tr": "Toraks BT (kontrastsız)", "ja": "胸部CT 単純", "ko": "흉부 CT (비조영)", "zh": "胸部CT平扫", "ar": "أشعة مقطعية على الصدر بدون صبغة", "ru": "КТ органов грудной клетки", "el": "Αξονική τομογραφία θώρακος", "he": "CT חזה ללא חומר ניגוד", "th": "เอกซเรย์คอมพิวเตอร์ทรวงอก", "vi": "Chụp CT ngực không thuốc cản quang"}},
	{mod: "MR", part: "HEAD", kids: true, desc: map[string]string{"en": "MR BRAIN W/WO CONTRAST", "de": "MRT Schädel mit KM", "fr": "IRM cérébrale avec injection", "es": "RM cerebral con contraste", "pt": "RM de crânio com contraste", "it": "RM encefalo con mdc", "nl": "MRI hersenen met contrast", "sv": "MR hjärna med kontrast", "pl": "MR głowy z kontrastem", "tr": "Beyin MR (kontrastlı)", "ja": "頭部MRI", "ko": "뇌 MRI (조영)", "zh": "头颅MRI增强", "ar": "رنين مغناطيسي على الدماغ", "ru": "МРТ головного мозга с контрастом", "el": "Μαγνητική τομογραφία εγκεφάλου", "he": "MRI מוח עם חומר ניגוד", "th": "เอ็มอาร์ไอสมอง", "vi": "Chụp MRI sọ não"}},
	{mod: "DX", part: "WRIST", kids: true, desc: map[string]string{"en": "XR WRIST 2 VIEWS LEFT", "de": "Röntgen Handgelenk links in 2 Ebenen", "fr": "Radiographie du poignet gauche face/profil", "es": "Rx muñeca izquierda AP y lateral", "pt": "Raio-X de punho esquerdo AP e perfil", "it": "RX polso sinistro 2 proiezioni", "nl": "X-pols links 2 richtingen", "sv": "Slätröntgen handled vänster", "pl": "RTG nadgarstka lewego AP i boczne", "tr": "Sol el bileği grafisi", "ja": "左手関節X線 2方向", "ko": "왼쪽 손목 X-ray 2방향", "zh": "左腕关节正侧位片", "ar": "أشعة سينية على الرسغ الأيسر", "ru": "Рентгенография левого лучезапястного сустава", "el": "Ακτινογραφία αριστερού καρπού", "he": "צילום שורש כף יד שמאל", "th": "เอกซเรย์ข้อมือซ้าย", "vi": "X-quang cổ tay trái 2 tư thế"}},
	{mod: "US", part: "ABDOMEN", kids: true, desc: map[string]string{"en": "US ABDOMEN COMPLETE", "de": "Sonographie Abdomen", "fr": "Échographie abdominale", "es": "Ecografía abdominal", "pt": "Ultrassonografia de abdome total", "it": "Ecografia addome completo", "nl": "Echo abdomen", "sv": "Ultraljud buk", "pl": "USG jamy brzusznej", "tr": "Tüm batın USG", "ja": "腹部超音波検査", "ko": "복부 초음파", "zh": "腹部彩超", "ar": "موجات فوق صوتية على البطن", "ru": "УЗИ органов брюшной полости", "el": "Υπερηχογράφημα κοιλίας", "he": "US בטן", "th": "อัลตราซาวด์ช่องท้อง", "vi": "Siêu âm ổ bụng"}},
	{mod: "MG", part: "BREAST", female: true, desc: map[string]string{"en": "MAMMO SCREENING BILATERAL", "de": "Mammographie beidseits (Screening)", "fr": "Mammographie bilatérale de dépistage", "es": "Mamografía bilateral de cribado", "pt": "Mamografia bilateral de rastreamento", "it": "Mammografia bilaterale di screening", "nl": "Mammografie beiderzijds", "sv": "Mammografi screening", "pl": "Mammografia obu piersi", "tr": "Bilateral mamografi", "ja": "マンモグラフィ 両側", "ko": "유방촬영술 양측", "zh": "双侧乳腺钼靶", "ar": "تصوير الثدي الشعاعي", "ru": "Маммография обеих молочных желез", "el": "Μαστογραφία αμφοτερόπλευρη", "he": "ממוגרפיה דו-צדדית", "th": "แมมโมแกรม", "vi": "Chụp X-quang tuyến vú hai bên"}},
	{mod: "CR", part: "CHEST", kids: true, desc: map[string]string{"en": "XR CHEST PA AND LATERAL", "de": "Röntgen Thorax p.a. und seitlich", "fr": "Radiographie thoracique de face", "es": "Rx tórax PA y lateral", "pt": "Raio-X de tórax PA e perfil", "it": "RX torace 2 proiezioni", "nl": "X-thorax 2 richtingen", "sv": "Lungröntgen", "pl": "RTG klatki piersiowej PA", "tr": "PA akciğer grafisi", "ja": "胸部X線 正面", "ko": "흉부 X-ray PA", "zh": "胸部正位片", "ar": "أشعة سينية على الصدر", "ru": "Рентгенография органов грудной клетки", "el": "Ακτινογραφία θώρακος", "he": "צילום חזה", "th": "เอกซเรย์ทรวงอก", "vi": "X-quang ngực thẳng"}},
}

// w33DCHistory is clinical history as referring clinicians write it,
// adults' and children's, by language: all of it tells of health.
var w33DCHistory = map[string][2][]string{
	"en": {{"Persistent cough x 3 weeks, smoker 20 pack-years. r/o malignancy.", "k/c/o T2DM, HTN. Chest pain since morning, r/o ACS.", "Known HIV on ART, new headaches and left-sided weakness.", "Breast lump R upper outer quadrant, family history of breast cancer."}, {"Fall from trampoline, pain and swelling L wrist. r/o fracture.", "Fever and cough 5 days, decreased breath sounds R base. r/o pneumonia.", "Recurrent abdominal pain, known Crohn's disease."}},
	"de": {{"Seit 3 Wochen Husten, Raucher 30 py, Ausschluss Malignom.", "Bekannte Niereninsuffizienz Stadium 3, kein jodhaltiges KM.", "Z.n. Mammakarzinom links 2019, Nachsorge.", "Kopfschmerzen seit 3 Wochen, V.a. Raumforderung."}, {"Sturz vom Fahrrad, V.a. distale Radiusfraktur links.", "Fieber seit 4 Tagen, V.a. Pneumonie, bekanntes Asthma bronchiale."}},
	"fr": {{"Douleur thoracique depuis 2 jours, suspicion d'embolie pulmonaire.", "Patiente diabétique de type 2, insuffisance rénale modérée.", "Céphalées inhabituelles, antécédent de sclérose en plaques."}, {"Chute en trottinette, douleur du poignet gauche.", "Toux persistante, asthme connu, fièvre à 39 °C."}},
	"es": {{"Dolor lumbar irradiado a pierna derecha, descartar hernia discal.", "Paciente con cirrosis por VHC, control de hepatocarcinoma.", "Disnea súbita, descartar TEP."}, {"Niña con fiebre y tos, descartar neumonía.", "Caída jugando al fútbol, dolor en muñeca izquierda."}},
	"pt": {{"Paciente diabético, dor abdominal há 3 dias. Suspeita de litíase renal.", "Tosse há 1 mês, perda de peso, investigar tuberculose.", "Gestante de 12 semanas, dor pélvica."}, {"Queda de bicicleta, dor no punho esquerdo.", "Criança com febre e tosse há 5 dias, suspeita de pneumonia."}},
	"it": {{"Trauma cranico minore dopo caduta, paziente in terapia anticoagulante.", "Dispnea ingravescente, BPCO nota.", "Paziente oncologica, stadiazione dopo chemioterapia."}, {"Caduta dalla bicicletta, dolore al polso sinistro.", "Febbre e tosse da una settimana, sospetta polmonite."}},
	"nl": {{"Pijn op de borst sinds gisteren, uitsluiten longembolie.", "Bekende COPD, toenemende dyspneu."}, {"Val van de trampoline, pijn linkerpols.", "Koorts en hoesten, verdenking pneumonie."}},
	"sv": {{"Huvudvärk sedan två veckor, utesluta expansivitet.", "Känd KOL, tilltagande andfåddhet."}, {"Fall från cykel, smärta vänster handled.", "Feber och hosta, misstänkt lunginflammation."}},
	"pl": {{"Ból brzucha od 2 dni, podejrzenie zapalenia wyrostka.", "Pacjent z cukrzycą typu 2 i niewydolnością nerek."}, {"Upadek z roweru, ból nadgarstka lewego.", "Gorączka i kaszel od 5 dni, podejrzenie zapalenia płuc."}},
	"tr": {{"3 gündür karın ağrısı, apandisit şüphesi.", "Bilinen astım hastası, nefes darlığı artmış.", "Meme kanseri öyküsü, takip."}, {"Bisikletten düşme, sol el bileği ağrısı.", "5 gündür ateş ve öksürük, pnömoni?"}},
	"ja": {{"3日前から右下腹部痛、発熱38.5度。虫垂炎疑い。", "2型糖尿病、腎機能低下あり。造影剤使用不可。", "乳がん術後フォローアップ。"}, {"転倒後の左手関節痛、骨折疑い。", "発熱と咳嗽が5日間持続、肺炎疑い。"}},
	"ko": {{"기침과 발열 5일째, 폐렴 의심.", "당뇨병 환자, 신기능 저하로 조영제 주의.", "유방암 수술 후 추적 검사."}, {"자전거에서 넘어진 후 왼쪽 손목 통증, 골절 의심.", "천식 환아, 발열과 기침 지속."}},
	"zh": {{"咳嗽伴发热一周，排除肺炎。", "乙肝病史，肝脏占位随访。", "糖尿病史十年，胸痛待查。"}, {"摔倒后左腕疼痛，排除骨折。", "发热咳嗽五天，疑似肺炎。"}},
	"ar": {{"ألم في الصدر منذ يومين، مريض سكري.", "سعال مستمر وفقدان وزن، استبعاد السل.", "مريضة حامل في الأسبوع العاشر، ألم في البطن."}, {"سقوط من الدراجة، ألم في الرسغ الأيسر.", "حمى وسعال منذ خمسة أيام، اشتباه التهاب رئوي."}},
	"ru": {{"Боль в груди, одышка. Исключить ТЭЛА.", "Сахарный диабет 2 типа, ХБП 3 ст."}, {"Падение с велосипеда, боль в левом запястье.", "Лихорадка и кашель 5 дней, подозрение на пневмонию."}},
	"el": {{"Πόνος στο στήθος, αποκλεισμός πνευμονικής εμβολής.", "Γνωστός σακχαρώδης διαβήτης τύπου 2."}, {"Πτώση από ποδήλατο, πόνος στον αριστερό καρπό.", "Πυρετός και βήχας, πιθανή πνευμονία."}},
	"he": {{"כאבי ראש חוזרים, לשלול תהליך תוך גולגלתי.", "סוכרת סוג 2, אי ספיקת כליות."}, {"נפילה מאופניים, כאב בשורש כף יד שמאל.", "חום ושיעול חמישה ימים, חשד לדלקת ריאות."}},
	"th": {{"ปวดท้องด้านขวาล่าง สงสัยไส้ติ่งอักเสบ", "ผู้ป่วยเบาหวาน ไตเสื่อม"}, {"ล้มจากจักรยาน ปวดข้อมือซ้าย", "ไข้และไอ 5 วัน สงสัยปอดอักเสบ"}},
	"vi": {{"Ho kéo dài, sốt, nghi viêm phổi.", "Bệnh nhân đái tháo đường type 2, suy thận."}, {"Ngã xe đạp, đau cổ tay trái.", "Sốt và ho 5 ngày, nghi viêm phổi."}},
}

// w33DCAllergies are allergies as a hospital records them, by language.
var w33DCAllergies = map[string][]string{
	"en": {"Penicillin", "Iodinated contrast media", "Latex; Peanuts"}, "de": {"Penicillin", "Jodhaltiges Kontrastmittel", "Latex"}, "fr": {"Pénicilline", "Produits de contraste iodés"},
	"es": {"Penicilina", "Contraste yodado"}, "pt": {"Dipirona", "Contraste iodado", "Penicilina"}, "it": {"Penicillina", "Mezzo di contrasto iodato"}, "ja": {"造影剤アレルギー", "ペニシリン系抗菌薬"},
	"ko": {"조영제 알레르기", "페니실린"}, "zh": {"青霉素过敏", "碘造影剂过敏"}, "tr": {"Penisilin", "İyotlu kontrast madde"}, "ar": {"حساسية من البنسلين"}, "ru": {"Пенициллин", "Йодсодержащий контраст"},
}

// w33DCKana are katakana readings of the Japanese names of the country
// table, for the phonetic group.
var w33DCKana = map[string]string{"佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "翔太": "ショウタ", "陽菜": "ヒナ", "大輔": "ダイスケ", "さくら": "サクラ"}

// w33DCHanja are hanja spellings of the Korean names of the country
// table, for the ideographic group.
var w33DCHanja = map[string]string{"김": "金", "이": "李", "박": "朴", "민준": "敏俊", "서연": "瑞妍", "지훈": "智勳"}

// w33DCName is a patient's or clinician's name as DICOM JSON writes a
// PN value, with the groups the country's hospitals fill.
func (g *gen) w33DCName(p *person, s *w33DCSite, prefix string) *node {
	fl, gl := strings.ToUpper(w32Clean(p.familyL)), strings.ToUpper(w32Clean(p.givenL))
	alpha := fl + "^" + gl
	if w32Latin(p.family + p.given) {
		alpha = p.family + "^" + p.given
		if g.r.IntN(2) == 0 {
			alpha = strings.ToUpper(w32Clean(p.familyL)) + "^" + strings.ToUpper(w32Clean(p.givenL))
		}
	}
	if prefix != "" {
		alpha += "^^" + prefix
	}
	pn := O("Alphabetic", P(alpha))
	switch s.cc {
	case "JP":
		pn.set("Ideographic", P(p.family+"^"+p.given))
		if k1, k2 := w33DCKana[p.family], w33DCKana[p.given]; k1 != "" && k2 != "" {
			pn.set("Phonetic", P(k1+"^"+k2))
		}
	case "KR":
		if h1, h2 := w33DCHanja[p.family], w33DCHanja[p.given]; h1 != "" && h2 != "" && g.r.IntN(3) != 0 {
			pn.set("Ideographic", P(h1+"^"+h2))
		}
		pn.set("Phonetic", P(p.family+"^"+p.given))
	case "CN", "TW", "HK":
		pn.set("Ideographic", P(p.family+"^"+p.given))
	default:
		if !w32Latin(p.family+p.given) && g.r.IntN(2) == 0 {
			// The native script in the alphabetic group, as a UTF-8 or
			// single-script archive stores it.
			pn = O("Alphabetic", P(p.family+"^"+p.given))
		}
	}
	return pn
}

// w33DCAttr is a DICOM JSON attribute: the VR and its values (nil
// values dropped; none at all makes an empty attribute).
func w33DCAttr(vr string, vals ...*node) *node {
	a := A(vals...)
	if len(a.arr) == 0 {
		return O("vr", N(vr))
	}
	return O("vr", N(vr), "Value", a)
}

// w33DCUID is a DICOM UID under an organisation's root.
func (g *gen) w33DCUID(root string) string {
	u := root + "." + fmt.Sprint(1+g.r.IntN(9)) + "." + fmt.Sprint(g.t.Unix()-int64(g.r.IntN(86400))) + "." + fmt.Sprint(g.r.Int64N(1e12))
	if root == "2.25" {
		var b big.Int
		b.SetString(strings.ReplaceAll(g.uuid(), "-", ""), 16)
		u = "2.25." + b.String()
	}
	if len(u) > 64 {
		u = u[:64]
	}
	return strings.TrimRight(u, ".")
}

var w33DCRoots = []string{"1.2.392.200036.9116.2.6.1.48", "1.3.12.2.1107.5.1.4", "1.2.840.113619.2.55.3", "1.3.46.670589.11", "1.2.410.200048", "2.25", "1.2.826.0.1.3680043.8.498"}

// w33DCSeries are series descriptions of each kind of study.
var w33DCSeries = map[string][]string{"CT CHEST": {"Thorax 1.0 Br40", "AX LUNG 1.25", "Lung 3.0 B70f"}, "MR HEAD": {"AX T2 FLAIR", "SAG T1 MPRAGE", "AX DWI b1000"},
	"DX WRIST": {"PA", "LAT", "Wrist L PA"}, "US ABDOMEN": {"Abdomen", "Liver", "Kidney R"}, "MG BREAST": {"L CC", "R MLO", "L MLO"}, "CR CHEST": {"PA", "LAT", "AP supine"}}

// w33DCEquip is a modality's maker and model.
var w33DCEquip = map[string][][2]string{
	"CT": {{"SIEMENS", "SOMATOM Force"}, {"GE MEDICAL SYSTEMS", "Revolution CT"}, {"CANON_MEC", "Aquilion ONE"}, {"Philips", "IQon Spectral CT"}, {"UIH", "uCT 760"}},
	"MR": {{"SIEMENS", "MAGNETOM Vida"}, {"GE MEDICAL SYSTEMS", "SIGNA Premier"}, {"Philips Medical Systems", "Ingenia Elition X"}},
	"DX": {{"FUJIFILM Corporation", "FDR D-EVO II"}, {"Carestream Health", "DRX-Evolution Plus"}, {"SAMSUNG", "GC85A"}},
	"CR": {{"FUJIFILM Corporation", "FCR PROFECT CS"}, {"AGFA", "CR 15-X"}},
	"US": {{"GE Healthcare", "LOGIQ E10"}, {"Philips", "EPIQ 7"}, {"SAMSUNG MEDISON CO., LTD.", "RS85"}},
	"MG": {{"HOLOGIC, Inc.", "Selenia Dimensions"}, {"SIEMENS", "MAMMOMAT Revelation"}},
}

// w33DCSOP is a modality's storage SOP class.
var w33DCSOP = map[string]string{"CT": "1.2.840.10008.5.1.4.1.1.2", "MR": "1.2.840.10008.5.1.4.1.1.4", "DX": "1.2.840.10008.5.1.4.1.1.1.1", "CR": "1.2.840.10008.5.1.4.1.1.1",
	"US": "1.2.840.10008.5.1.4.1.1.6.1", "MG": "1.2.840.10008.5.1.4.1.1.1.2"}

// w33DCOtherID is a national or insurance number a hospital of the
// country files with the patient, with its issuer ("" when the country's
// hospitals file none).
func (g *gen) w33DCOtherID(cc string) (id, issuer string) {
	p := g.p
	switch cc {
	case "KR":
		return g.w33IDOf("kr_rrn"), "KR-RRN"
	case "CN":
		return g.w33IDOf("cn_ric"), "居民身份证"
	case "DE":
		return w33KVNR(g.r), "GKV-KVNR"
	case "FR":
		return g.w33IDOf("fr_nir"), "1.2.250.1.213.1.4.8"
	case "BR":
		if g.r.IntN(2) == 0 {
			return g.w33IDOf("br_cpf"), "CPF"
		}
		return w33CNS(g.r), "CNS"
	case "US":
		return g.w33IDOf("us_ssn"), "SSA"
	case "GB":
		return nhsNumber(g.r), "NHS"
	case "IN":
		return g.w33IDOf("in_aadhaar"), "UIDAI"
	case "SA":
		return w33SaudiID(g.r, p.cit.code == "SA"), "NIC"
	case "AE":
		return emiratesID(g.r, p.dob), "ICP"
	case "TR":
		return g.w33IDOf("tr_tckn"), "T.C. Kimlik No"
	case "IT":
		return g.w33IDOf("it_codice_fiscale"), "MEF-CF"
	case "ES":
		return g.w33IDOf("es_dni"), "DNI"
	case "NL":
		return w33BSN(g.r), "NLMINBIZA"
	case "SE":
		return w33Personnummer(g.r, p.dob, p.female), "SE-PNR"
	case "PL":
		return g.w33IDOf("pl_pesel"), "PESEL"
	case "IL":
		return w33TZ(g.r), "IL-MOI"
	case "TH":
		return w33ThaiID(g.r), "TH-CID"
	case "RU":
		return g.w33IDOf("ru_snils"), "СНИЛС"
	case "GR":
		return w33AMKA(g.r, p.dob, p.female), "ΑΜΚΑ"
	case "MX":
		return curp(g.r, p.dob, p.female, p.givenL, p.familyL), "CURP"
	}
	return "", ""
}

// w33DCAge is PatientAge: days, weeks or months for infants, else years.
func (g *gen) w33DCAge() string {
	days := int(g.t.Sub(g.p.dob).Hours() / 24)
	switch {
	case days < 30:
		return fmt.Sprintf("%03dD", days)
	case days < 730:
		return fmt.Sprintf("%03dM", days/30)
	}
	return fmt.Sprintf("%03dY", g.w32AgeAt())
}

// w33DCAddress is PatientAddress as the country's registration desks
// type it.
func (g *gen) w33DCAddress(s *w33DCSite) string {
	p := g.p
	switch s.cc {
	case "JP":
		return "〒" + p.post + " " + p.city + p.street
	case "KR", "CN", "TW":
		return p.city + " " + p.street
	case "US":
		return p.street + ", " + p.city + ", " + p.region + " " + p.post
	case "GB":
		return p.street + ", " + p.city + " " + p.post
	}
	if p.post == "" {
		return p.street + ", " + p.city
	}
	return p.street + ", " + p.post + " " + p.city
}

// w33DCPatient is one patient's visit: the site, the study and the ids
// the datasets of the visit share.
type w33DCPatient struct {
	site                        *w33DCSite
	study                       w33DCStudy
	hospital, mrn, accession    string
	studyUID, seriesUID, sopUID string
	studyID                     string
	when                        time.Time
	child                       bool
	referring, performing, tech *person
	parent                      *person
	equip                       [2]string
	station                     string
}

// w33DCPatientFor draws the visit of the event's subject at a site.
func (g *gen) w33DCPatientFor(s *w33DCSite) *w33DCPatient {
	v := &w33DCPatient{site: s}
	v.child = g.r.IntN(10) < 3
	if v.child {
		g.w32Age(0, 17)
	} else {
		g.w32Age(18, 90)
	}
	p := g.p
	for {
		v.study = pick(g.r, w33DCStudies)
		if v.child && !v.study.kids || v.study.female && (!p.female || v.child) {
			continue
		}
		break
	}
	v.hospital = pick(g.r, s.hospitals)
	if v.child && g.r.IntN(3) != 0 {
		v.hospital = s.kids
	}
	mrn := s.mrn
	if mrn == "" {
		mrn = "########"
	}
	v.mrn = pattern(g.r, mrn)
	v.accession = pattern(g.r, pick(g.r, []string{"##########", "A#######", "RAD########", "#######.##"}))
	root := pick(g.r, w33DCRoots)
	v.studyUID, v.seriesUID, v.sopUID = g.w33DCUID(root), g.w33DCUID(root), g.w33DCUID(root)
	v.studyID = pattern(g.r, pick(g.r, []string{"######", "S#####", "CT######"}))
	v.when = g.t.Add(-time.Duration(g.r.IntN(72*60)) * time.Minute)
	v.referring, v.performing, v.tech = g.w32Other(s.cc), g.w32Other(s.cc), g.w32Other(s.cc)
	if v.child {
		v.parent = g.w32Other(s.cc)
		v.parent.family, v.parent.familyL = p.family, p.familyL
	}
	v.equip = pick(g.r, w33DCEquip[v.study.mod])
	v.station = pick(g.r, map[string][]string{"CT": {"CT01", "CTAWP" + pattern(g.r, "#####"), "ER_CT"}, "MR": {"MR3T_2", "MRC" + pattern(g.r, "#####")}, "DX": {"DR-ROOM4", "DX_PEDS"},
		"CR": {"CR-ER", "FCR_2"}, "US": {"US-ER-1", "LOGIQ-3"}, "MG": {"MAMMO1", "SELENIA_2"}}[v.study.mod])
	return v
}

// w33DCLocal is the text of lang (English when the map has none).
func w33DCLocal(m map[string]string, lang string) string {
	if t, ok := m[lang]; ok {
		return t
	}
	return m["en"]
}

// w33DCDataset is the subject's dataset at the level of an instance's
// metadata ("instance") or of a QIDO-RS study match ("study").
func (g *gen) w33DCDataset(v *w33DCPatient, level, retrieve string) *node {
	s, p, st := v.site, g.p, v.study
	d := O()
	add := func(tag string, n *node) {
		if n != nil {
			d.set(tag, n)
		}
	}
	cs := A()
	for _, c := range s.charset {
		if c == "" {
			cs.arr = append(cs.arr, N(nil))
		} else {
			cs.arr = append(cs.arr, N(c))
		}
	}
	name := g.w33DCName(p, s, "")
	if s.native != "" && name.obj[0].val.raw != "" && !w32Latin(name.obj[0].val.raw) {
		cs = A(N(s.native))
	}
	add("00080005", O("vr", N("CS"), "Value", cs))
	date := v.when.Format("20060102")
	tm := v.when.Format("150405")
	inst := level == "instance"
	if inst {
		add("00080016", w33DCAttr("UI", N(w33DCSOP[st.mod])))
		add("00080018", w33DCAttr("UI", P(v.sopUID)))
	}
	add("00080020", w33DCAttr("DA", P(date)))
	add("00080030", w33DCAttr("TM", P(tm)))
	add("00080050", w33DCAttr("SH", P(v.accession)))
	if !inst {
		add("00080056", w33DCAttr("CS", N("ONLINE")))
	}
	if inst {
		add("00080060", w33DCAttr("CS", N(st.mod)))
	} else {
		add("00080061", w33DCAttr("CS", N(st.mod)))
	}
	if inst {
		add("00080070", w33DCAttr("LO", N(v.equip[0])))
		add("00080080", w33DCAttr("LO", N(v.hospital)))
		if g.r.IntN(3) == 0 {
			add("00080081", w33DCAttr("ST", N(v.hospital+", "+pick(g.r, p.c.cities))))
		}
	}
	if g.r.IntN(5) == 0 {
		add("00080090", w33DCAttr("PN")) // type 2, left empty
	} else {
		add("00080090", w33DCAttr("PN", g.w33DCName(v.referring, s, pick(g.r, []string{"", map[bool]string{true: "Dr. med.", false: "Dr."}[s.cc == "DE"]}))))
	}
	if inst {
		add("00080201", w33DCAttr("SH", N(s.tz)))
		add("00081010", w33DCAttr("SH", N(v.station)))
	}
	add("00081030", w33DCAttr("LO", S(w33DCLocal(st.desc, s.lang), "health")))
	if inst {
		add("0008103E", w33DCAttr("LO", S(pick(g.r, w33DCSeries[st.mod+" "+st.part]), "health")))
		add("00081040", w33DCAttr("LO", N(w33DCLocal(map[string]string{"en": "Radiology", "de": "Radiologie", "fr": "Radiologie", "nl": "Radiologie", "ja": "放射線科", "ko": "영상의학과",
			"zh": "放射科", "es": "Radiología", "pt": "Radiologia", "it": "Radiologia", "tr": "Radyoloji", "pl": "Zakład Radiologii", "sv": "Röntgen"}, s.lang))))
		if g.r.IntN(2) == 0 {
			add("00081050", w33DCAttr("PN", g.w33DCName(v.performing, s, "")))
		}
		add("00081070", w33DCAttr("PN", g.w33DCName(v.tech, s, "")))
		add("00081090", w33DCAttr("LO", N(v.equip[1])))
	}
	if retrieve != "" {
		add("00081190", w33DCAttr("UR", P(retrieve)))
	}
	add("00100010", w33DCAttr("PN", name))
	add("00100020", w33DCAttr("LO", P(v.mrn)))
	if inst || g.r.IntN(2) == 0 {
		add("00100021", w33DCAttr("LO", N(pick(g.r, []string{v.hospital, "HIS", "RIS"}))))
	}
	add("00100030", w33DCAttr("DA", g.dob("20060102")))
	add("00100040", w33DCAttr("CS", P(map[bool]string{true: "F", false: "M"}[p.female])))
	if inst {
		if id, issuer := g.w33DCOtherID(s.cc); id != "" && g.r.IntN(3) != 0 {
			add("00101002", O("vr", N("SQ"), "Value", A(O("00100020", w33DCAttr("LO", P(id)), "00100021", w33DCAttr("LO", N(issuer)), "00100022", w33DCAttr("CS", N("TEXT"))))))
		}
		add("00101010", w33DCAttr("AS", P(g.w33DCAge())))
		if v.child || g.r.IntN(3) == 0 {
			w := 3 + g.r.IntN(25) + g.w32AgeAt()*2
			if !v.child {
				w = 48 + g.r.IntN(60)
			}
			add("00101030", w33DCAttr("DS", S(json.Number(fmt.Sprintf("%d.%d", w, g.r.IntN(10))), "health")))
		}
		if g.r.IntN(2) == 0 {
			add("00101040", w33DCAttr("LO", g.addr(g.w33DCAddress(s))))
		}
		if !v.child && g.r.IntN(6) == 0 {
			m := g.w32Other(s.cc)
			add("00101060", w33DCAttr("PN", O("Alphabetic", P(strings.ToUpper(w32Clean(m.familyL))))))
		}
		if g.r.IntN(5) == 0 {
			add("00102000", w33DCAttr("LO", S(pick(g.r, []string{"Pacemaker", "MRSA positive", "Claustrophobia", "Epilepsy", "Anticoagulated (warfarin)"}), "health")))
		}
		if al, ok := w33DCAllergies[s.lang]; ok && g.r.IntN(4) == 0 {
			add("00102110", w33DCAttr("LO", S(pick(g.r, al), "health")))
		}
		if g.r.IntN(3) == 0 {
			add("00102150", w33DCAttr("LO", g.residence(pick(g.r, []string{p.c.name, w33EnglishName(s.cc)}))))
		}
		if g.r.IntN(3) == 0 {
			add("00102154", w33DCAttr("SH", g.phone(pick(g.r, []string{g.e164(), p.phoneNat}))))
		}
		if len(s.ethnic) > 0 && g.r.IntN(2) == 0 {
			add("00102160", w33DCAttr("SH", S(pick(g.r, s.ethnic), "ethnicity")))
		}
		if !v.child && g.r.IntN(4) == 0 {
			add("001021A0", w33DCAttr("CS", S(pick(g.r, []string{"YES", "NO", "UNKNOWN"}), "health")))
		}
	}
	if h, ok := w33DCHistory[s.lang]; ok && (inst || g.r.IntN(3) == 0) {
		lines := h[0]
		if v.child {
			lines = h[1]
		}
		add("001021B0", w33DCAttr("LT", S(pick(g.r, lines), "health")))
	}
	if inst {
		if p.female && !v.child && g.w32AgeAt() < 55 && g.r.IntN(2) == 0 {
			add("001021C0", w33DCAttr("US", S(pick(g.r, []int{1, 1, 2, 4}), "health")))
		}
		if len(s.religion) > 0 && g.r.IntN(5) == 0 {
			add("001021F0", w33DCAttr("LO", S(pick(g.r, s.religion), "religion")))
		}
		if v.child {
			add("00102297", w33DCAttr("PN", g.w33DCName(v.parent, s, "")))
			add("00102298", w33DCAttr("CS", P(map[bool]string{true: "MOTHER", false: "FATHER"}[v.parent.female])))
		}
		if g.r.IntN(6) == 0 {
			add("00104000", w33DCAttr("LT", S(pick(g.r, []string{"Interpreter required", "Patient anxious, sedation requested", "Wheelchair user", "Needle phobia"}), "health")))
		}
		add("00180015", w33DCAttr("CS", S(st.part, "health")))
	}
	add("0020000D", w33DCAttr("UI", P(v.studyUID)))
	if inst {
		add("0020000E", w33DCAttr("UI", P(v.seriesUID)))
	}
	add("00200010", w33DCAttr("SH", P(v.studyID)))
	if inst {
		add("00200011", w33DCAttr("IS", N(1+g.r.IntN(12))))
		add("00200013", w33DCAttr("IS", N(1+g.r.IntN(400))))
		add("00280010", w33DCAttr("US", N(pick(g.r, []int{512, 2048, 3328, 4096}))))
		add("00280011", w33DCAttr("US", N(pick(g.r, []int{512, 2048, 2560, 3328}))))
	} else {
		add("00201206", w33DCAttr("IS", N(1+g.r.IntN(8))))
		add("00201208", w33DCAttr("IS", N(1+g.r.IntN(900))))
	}
	if inst && g.r.IntN(2) == 0 {
		add("00321032", w33DCAttr("PN", g.w33DCName(v.referring, s, "")))
		add("00321060", w33DCAttr("LO", S(w33DCLocal(st.desc, s.lang), "health")))
		if h, ok := w33DCHistory[s.lang]; ok {
			lines := h[0]
			if v.child {
				lines = h[1]
			}
			add("00401002", w33DCAttr("LO", S(pick(g.r, lines), "health")))
		}
	}
	return d
}

// w33DCBase is the DICOMweb root of the archive the site uses, with
// the Authorization its client sends.
func (g *gen) w33DCBase(s *w33DCSite, gcp bool) (base, auth string) {
	k := g.r.IntN(3)
	if gcp {
		k = 0
	}
	switch k {
	case 0:
		loc := map[string]string{"JP": "asia-northeast1", "KR": "asia-northeast3", "IN": "asia-south1", "BR": "southamerica-east1", "US": "us-central1", "DE": "europe-west3",
			"GB": "europe-west2", "FR": "europe-west9", "SA": "me-central2", "IL": "me-west1", "NL": "europe-west4", "IT": "europe-west8", "ES": "europe-southwest1"}[s.cc]
		if loc == "" {
			loc = "europe-west1"
		}
		return "https://healthcare.googleapis.com/v1/projects/" + pick(g.r, []string{"rad-archive", "imaging-prod", "pacs-cloud"}) + "-" + pattern(g.r, "####") + "/locations/" + loc +
			"/datasets/" + pick(g.r, []string{"imaging", "radiology", "clinical"}) + "/dicomStores/" + pick(g.r, []string{"primary", "pacs", "archive-2026"}) + "/dicomWeb", "Bearer ya29.a0" + g.chars(b64Set, 150)
	case 1:
		return "http://orthanc-" + pick(g.r, []string{"rad", "er", "peds"}) + ".hospital.internal:8042/dicom-web", "Basic " + w32B64([]byte(pick(g.r, []string{"viewer", "ris", "ai-node"})+":"+g.b62(16)))
	}
	return "https://pacs." + pick(g.r, []string{"klinikum", "hospital", "imaging"}) + ".example/dcm4chee-arc/aets/DCM4CHEE/rs", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + g.chars(b64Set, 220) + "." + g.chars(b64Set, 86)
}

func dicomWebJSONMetadata(g *gen) *node {
	s := &w33DCSites[g.r.IntN(len(w33DCSites))]
	g.w32Redraw(s.cc)
	v := g.w33DCPatientFor(s)
	m := g.r.IntN(20)
	base, auth := g.w33DCBase(s, m >= 16)
	instPath := "/studies/" + v.studyUID + "/series/" + v.seriesUID + "/instances/" + v.sopUID
	meta := func() *node {
		d := g.w33DCDataset(v, "instance", "")
		if g.r.IntN(2) == 0 {
			d.set("7FE00010", O("vr", N("OW"), "BulkDataURI", P(base+instPath+"/bulkdata/7fe00010")))
		}
		return d
	}
	switch {
	case m < 7:
		// The metadata of one instance, as a pipeline publishes it.
		return meta()
	case m < 12:
		// A WADO-RS metadata request and its response.
		h := O("Accept", N("application/dicom+json"), "Authorization", C(auth))
		return O("fetched_at", g.w32Stamp(3*time.Second), "method", N("GET"), "url", P(base+instPath+"/metadata"), "status", N(200), "request_headers", h, "response", A(meta()))
	case m < 16:
		// A QIDO-RS search for the patient's studies.
		q := pick(g.r, []string{"PatientID=" + v.mrn, "AccessionNumber=" + v.accession})
		if g.r.IntN(3) == 0 {
			name := strings.ToUpper(w32Clean(g.p.familyL)) + "^" + strings.ToUpper(w32Clean(g.p.givenL))
			q = "PatientName=" + strings.ReplaceAll(name, "^", "%5E") + "&PatientBirthDate=" + g.p.dob.Format("20060102")
			g.lab.BirthDate = g.p.dob.Format("2006-01-02")
		}
		q += "&includefield=" + pick(g.r, []string{"00081030", "all", "001021B0,00081030"})
		results := A(g.w33DCDataset(v, "study", base+"/studies/"+v.studyUID))
		if g.r.IntN(3) == 0 {
			// An earlier study of the same patient.
			old := *v
			old.studyUID, old.accession, old.studyID = g.w33DCUID(pick(g.r, w33DCRoots)), pattern(g.r, "##########"), pattern(g.r, "######")
			old.when = v.when.AddDate(0, -1-g.r.IntN(30), 0)
			for {
				old.study = pick(g.r, w33DCStudies)
				if !(old.child && !old.study.kids || old.study.female && (!g.p.female || old.child)) {
					break
				}
			}
			results.arr = append(results.arr, g.w33DCDataset(&old, "study", base+"/studies/"+old.studyUID))
		}
		return O("request", O("method", N("GET"), "url", P(base+"/studies?"+q), "headers", O("Accept", N("application/dicom+json"), "Authorization", C(auth))),
			"status", N(200), "elapsed_ms", N(20+g.r.IntN(900)), "results", results)
	}
	// A Cloud Healthcare DICOM store's Pub/Sub notification, with the
	// metadata the subscriber fetched for it.
	path := strings.TrimPrefix(base, "https://healthcare.googleapis.com/v1/") + instPath
	project := strings.SplitN(path, "/", 3)[1]
	id := pattern(g.r, "1###############")
	msg := O("data", P(base64.StdEncoding.EncodeToString([]byte(path))), "messageId", N(id), "message_id", N(id),
		"publishTime", N(w33ISO(g.t)), "publish_time", N(w33ISO(g.t)))
	return O("message", msg, "subscription", N("projects/"+project+"/subscriptions/dicom-ingest"), "metadata", A(meta()))
}
