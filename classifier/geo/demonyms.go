package geo

import (
	"strings"
	"unicode"
)

// demonyms are the words people write in a citizenship or nationality
// field instead of the country's name: adjectives and nouns of
// nationality, in the languages of the covered countries, in the forms
// producers send (masculine, feminine, the Russian adjective with its
// "гражданство" noun dropped). CLDR has country names but no demonyms,
// so they are listed here; a form used by two countries is left out
// rather than guessed.
var demonyms = map[string][]string{
	"RU": {"Russian", "russe", "russisch", "Russe", "Russin", "ruso", "rusa", "russo", "russa", "rosyjskie", "rosyjski", "российское", "российская", "российский", "россиянин", "россиянка", "русский", "русская", "Rus", "俄罗斯人", "ロシア人"},
	"KZ": {"Kazakh", "Kazakhstani", "kazakh", "kasachisch", "kazajo", "cazaque", "казахстанское", "казахстанский", "казах", "казашка", "қазақстандық", "Kazak"},
	"BY": {"Belarusian", "Belarussian", "biélorusse", "belarussisch", "bielorruso", "белорусское", "белорусский", "белорус", "белоруска", "беларускае"},
	"UA": {"Ukrainian", "ukrainien", "ukrainienne", "ukrainisch", "ucraniano", "ucraniana", "ukraińskie", "украинское", "украинец", "украинка", "українське", "українець", "українка", "український"},
	"CN": {"Chinese", "chinois", "chinoise", "chinesisch", "chino", "china", "chinês", "chinesa", "китайское", "китаец", "中国人", "中国籍", "中國人", "中国公民"},
	"TW": {"Taiwanese", "taïwanais", "taiwanesisch", "taiwanés", "台灣人", "臺灣人", "台湾人"},
	"JP": {"Japanese", "japonais", "japonaise", "japanisch", "japonés", "japonesa", "japonês", "японское", "японец", "日本人", "日本国籍"},
	"KR": {"Korean", "South Korean", "sud-coréen", "südkoreanisch", "surcoreano", "coreano", "한국인", "대한민국", "한국"},
	"VN": {"Vietnamese", "vietnamien", "vietnamienne", "vietnamesisch", "vietnamita", "вьетнамское", "người Việt Nam", "Việt Nam", "Viet Nam", "quốc tịch Việt Nam"},
	"IN": {"Indian", "indien", "indienne", "indisch", "indio", "indiano", "indiana", "индийское", "भारतीय", "Bharatiya"},
	"ID": {"Indonesian", "indonésien", "indonesisch", "indonesio", "indonésio", "WNI", "Warga Negara Indonesia", "Indonesia"},
	"TR": {"Turkish", "turc", "turque", "türkisch", "turco", "turca", "турецкое", "Türk"},
	"SA": {"Saudi", "Saudi Arabian", "saoudien", "saoudienne", "saudisch", "saudí", "سعودي", "سعودية"},
	"AE": {"Emirati", "émirien", "emiratisch", "emiratí", "إماراتي", "إماراتية"},
	"EG": {"Egyptian", "égyptien", "égyptienne", "ägyptisch", "egipcio", "egípcio", "مصري", "مصرية"},
	"IL": {"Israeli", "israélien", "israélienne", "israelisch", "israelí", "ישראלי", "ישראלית"},
	"DE": {"German", "Deutsch", "deutsch", "deutsche", "Deutscher", "Deutsche", "allemand", "allemande", "alemán", "alemana", "alemão", "alemã", "tedesco", "tedesca", "niemieckie", "немецкое", "немец", "немка", "Alman"},
	"FR": {"French", "français", "française", "französisch", "francés", "francesa", "francês", "francese", "francuskie", "французское", "француз", "француженка", "Fransız"},
	"ES": {"Spanish", "español", "española", "espagnol", "espagnole", "spanisch", "espanhol", "espanhola", "spagnolo", "hiszpańskie", "испанское"},
	"IT": {"Italian", "italiano", "italiana", "italien", "italienne", "italienisch", "włoskie", "итальянское"},
	"PT": {"Portuguese", "português", "portuguesa", "portugais", "portugaise", "portugiesisch", "portugués", "portoghese"},
	"NL": {"Dutch", "Nederlands", "Nederlandse", "néerlandais", "niederländisch", "neerlandés", "holandês"},
	"PL": {"Polish", "polskie", "polski", "polska", "polonais", "polonaise", "polnisch", "polaco", "polaca", "polonês", "польское", "поляк"},
	"BE": {"Belgian", "belge", "Belgisch", "belga"},
	"AT": {"Austrian", "österreichisch", "Österreicher", "Österreicherin", "autrichien", "austriaco"},
	"SE": {"Swedish", "svensk", "suédois", "schwedisch", "sueco"},
	"GR": {"Greek", "Ελληνική", "Έλληνας", "grec", "grecque", "griechisch", "griego"},
	"CZ": {"Czech", "česká", "český", "tchèque", "tschechisch", "checo"},
	"RO": {"Romanian", "română", "român", "roumain", "rumänisch", "rumano"},
	"HU": {"Hungarian", "magyar", "hongrois", "ungarisch", "húngaro"},
	"IE": {"Irish", "irlandais", "irisch", "irlandés"},
	"FI": {"Finnish", "suomalainen", "finlandais", "finnisch"},
	"DK": {"Danish", "dansk", "danois", "dänisch"},
	"GB": {"British", "UK citizen", "British National (Overseas)", "British National Overseas", "BN(O)", "BNO", "British Overseas Citizen", "British Overseas Territories Citizen", "British Subject", "British Protected Person", "English", "Scottish", "Welsh", "britannique", "britisch", "británico", "britânico", "британское", "британец"},
	"US": {"American", "US citizen", "U.S. citizen", "américain", "américaine", "amerikanisch", "estadounidense", "americano", "americana", "norte-americano", "американское", "американец"},
	"CA": {"Canadian", "canadien", "canadienne", "kanadisch", "canadiense", "canadense"},
	"MX": {"Mexican", "mexicano", "mexicana", "mexicain", "mexicaine", "mexikanisch"},
	"BR": {"Brazilian", "brasileiro", "brasileira", "brésilien", "brésilienne", "brasilianisch", "brasileño", "brasileña", "бразильское"},
	"AR": {"Argentine", "Argentinian", "argentino", "argentina", "argentin"},
	"CL": {"Chilean", "chileno", "chilena", "chilien"},
	"CO": {"Colombian", "colombiano", "colombiana", "colombien"},
	"PE": {"Peruvian", "peruano", "peruana", "péruvien"},
	"UY": {"Uruguayan", "uruguayo", "uruguaya"},
	"AU": {"Australian", "australien", "australienne", "australisch", "australiano"},
	"NZ": {"New Zealander", "Kiwi", "néo-zélandais"},
	"SG": {"Singaporean", "singapourien", "新加坡人"},
	"CH": {"Swiss", "suisse", "schweizerisch", "Schweizer", "Schweizerin", "svizzero", "suizo"},
	"ZA": {"South African", "sud-africain", "südafrikanisch", "sudafricano"},
	"NG": {"Nigerian", "nigérian", "nigerianisch"},
	"KE": {"Kenyan", "kényan", "Mkenya"},
	"RW": {"Rwandan", "rwandais", "rwandaise", "Umunyarwanda", "Munyarwanda"},
	"TH": {"Thai", "thaïlandais", "คนไทย", "ไทย"},
	"PH": {"Filipino", "Filipina", "Philippine", "philippin"},
	"MY": {"Malaysian", "malaisien", "warganegara Malaysia"},
	"PK": {"Pakistani", "pakistanais", "پاکستانی"},
	"BD": {"Bangladeshi", "বাংলাদেশী"},
	"LK": {"Sri Lankan"},
	"MA": {"Moroccan", "marocain", "marocaine", "مغربي"},
	"TN": {"Tunisian", "tunisien", "tunisienne", "تونسي"},
	"GH": {"Ghanaian"},
	"UG": {"Ugandan"},
	"TZ": {"Tanzanian", "Mtanzania"},
	"ZM": {"Zambian"},
	"QA": {"Qatari", "قطري"},
	"BH": {"Bahraini", "بحريني"},
	"OM": {"Omani", "عماني"},
	"KW": {"Kuwaiti", "كويتي"},
	"JO": {"Jordanian", "أردني"},
	"RS": {"Serbian", "srpsko", "српско", "Serbe"},
	"GE": {"Georgian", "ქართველი", "грузинское"},
	"AM": {"Armenian", "հայ", "армянское"},
	"AZ": {"Azerbaijani", "Azərbaycan", "азербайджанское"},
	"UZ": {"Uzbek", "Uzbekistani", "o'zbek", "узбекское", "узбекский", "узбек", "узбечка", "узбекистанец", "узбекистанка", "usbekisch", "Usbeke", "ouzbek", "ouzbèke", "uzbeko", "uzbeka"},
	"KG": {"Kyrgyz", "Kyrgyzstani", "кыргызское", "киргизское", "кыргыз", "киргиз", "киргизка", "kirgisisch", "kirghize", "kirguís"},
	"TJ": {"Tajik", "Tajikistani", "Tadjik", "tadjike", "tadschikisch", "Tadschike", "Tadschikin", "tayiko", "tayika", "tagiko", "таджик", "таджичка", "таджикское", "таджикский", "тоҷик"},
	"TM": {"Turkmen", "Turkmenistani", "turkmène", "turkmenisch", "Turkmene", "Turkmenin", "turcomano", "turkmeno", "туркмен", "туркменка", "туркменское", "туркменский", "türkmen"},
	"XK": {"Kosovar", "Kosovan", "kosovarisch", "Kosovare", "Kosovarin", "kosovaro", "kosovara", "kosovski", "косовар"},
	"SD": {"Sudanese", "soudanais", "soudanaise", "sudanesisch", "sudanés", "sudanesa", "سوداني", "سودانية", "суданец", "суданское"},
	"NE": {"Nigerien", "Nigerienne", "nigérien", "nigérienne", "nigrisch", "nigerino", "nigerina"},
	"PS": {"Palestinian", "palestinien", "palestinienne", "palästinensisch", "Palästinenser", "Palästinenserin", "palestino", "palestina", "palestinese", "فلسطيني", "فلسطينية", "палестинец", "палестинское"},
	"HK": {"Hongkonger", "Hong Konger", "Hongkongese", "Hong Kongese", "Hong Kong SAR", "HKSAR", "HKSAR permanent resident", "香港人", "香港居民", "hongkongais", "hongkongaise", "Hongkongerin"},
	"MO": {"Macanese", "Macaense", "macanais", "macanaise", "Macau SAR", "MSAR", "澳門人", "澳门人", "澳門居民", "澳门居民"},
	"MD": {"Moldovan", "moldovenesc", "молдавское"},
}

// unknownWords are what producers write when they do not know: no
// evidence, rather than evidence nobody can read. "Other" is not one: it
// is the last option of a nationality list, a country the list did not
// name, whose law may be the one that demands localization.
var unknownWords = map[string]bool{"unknown": true, "na": true, "none": true, "null": true, "nil": true, "undefined": true, "notspecified": true, "unspecified": true, "prefernottosay": true, "неизвестно": true, "нет": true}

// NotApplicable reports whether v is a spreadsheet's "not applicable"
// ("N/A", "n.a.", "#N/A"): it folds to "na", Namibia's code, yet names no
// country.
func NotApplicable(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 3 || len(v) > 5 {
		return false // checked before a country lookup: no allocation
	}
	for _, na := range notApplicable {
		if strings.EqualFold(v, na) {
			return true
		}
	}
	return false
}

var notApplicable = [...]string{"n/a", "n.a.", "n.a", "#n/a", "n\\a", "n/d", "s/o", "k.a.", "н/д"}

// Unknown reports whether v says the value is not known (or is only
// punctuation): such a field is no evidence at all.
//
// A symbol is no punctuation: a value of pictographs or private-use
// characters ("🏳", "☭", a font's glyph for a letter) may stand for a
// country nobody here can read, and must not silently drop its law.
func Unknown(v string) bool {
	f := Fold(v)
	if f == "" {
		for _, r := range v {
			if r >= 0x80 && (unicode.Is(unicode.So, r) || unicode.Is(unicode.Co, r)) && r != 0xFE0F {
				return false
			}
		}
		return true
	}
	return unknownWords[f]
}

// noNationality are the folded answers to a citizenship question that
// say the subject holds none, or none a travel document names: stateless
// and refugee status (and ICAO 9303's codes for them, XXA, XXB, XXC, and
// XXX, unspecified), and the codes of the organisations whose travel
// documents ICAO lists in a nationality's place (UNO, UNA; XBA, XIM,
// XCC, XCE, XCO, XEC, XPO, XES, XMP, XOM, XDC). They are definite
// answers, personal data, but name no country whose law applies.
var noNationality = map[string]bool{
	"stateless": true, "statelessperson": true, "staatenlos": true, "staatenlose": true, "staatenloser": true,
	"apatride": true, "apátride": true, "apatrida": true, "apátrida": true, "apolide": true, "sansnationalité": true,
	"sansnationalite": true, "безгражданства": true, "лицобезгражданства": true, "апатрид": true,
	"bezpaństwowiec": true, "bezpanstwowiec": true, "无国籍": true, "無國籍": true, "無国籍": true,
	"refugee": true, "refugeestatus": true, "réfugié": true, "réfugiée": true, "refugie": true, "flüchtling": true,
	"fluchtling": true, "refugiado": true, "refugiada": true, "rifugiato": true, "беженец": true, "беженка": true,
	// A refugee under the 1951 Convention, an asylum seeker, Latvia's
	// non-citizen (nepilsonis, "alien's passport") and Estonia's person
	// of undetermined citizenship: statuses, no country's citizenship.
	"refugee1951convention": true, "conventionrefugee": true, "refugee1951": true, "genevaconventionrefugee": true,
	"asylumseeker": true, "asylee": true, "asylbewerber": true, "asylbewerberin": true, "asylsuchend": true,
	"asylsuchender": true, "demandeurdasile": true, "demandeusedasile": true, "solicitantedeasilo": true,
	"richiedenteasilo": true, "nepilsonis": true, "nepilsone": true, "latvijasnepilsonis": true, "noncitizen": true,
	"latviannoncitizen": true, "noncitizenoflatvia": true, "негражданин": true, "негражданка": true,
	"негражданинлатвии": true, "määratlemata": true, "määratlematakodakondsus": true, "undeterminedcitizenship": true,
	"лицосбезгражданства": true, "лицобезопределенногогражданства": true,
	"xxa": true, "xxb": true, "xxc": true, "xxx": true,
	"uno": true, "una": true, "xba": true, "xim": true, "xcc": true, "xce": true, "xco": true, "xec": true,
	"xpo": true, "xes": true, "xmp": true, "xom": true, "xdc": true,
}

// NoNationality reports whether a citizenship field's v says the subject
// holds no citizenship a law keys on (stateless, refugee, ICAO's XXA or
// an organisation's code): no evidence, rather than a country unread.
func NoNationality(v string) bool {
	if len(v) > 64 {
		return false
	}
	return noNationality[Fold(v)]
}

// Supranational reports whether v names the European Union in a
// citizenship field ("EU", "European Union", ICAO's EUE): a union's
// citizenship follows from a member state's, which it does not name.
func Supranational(v string) bool {
	if len(v) > 32 {
		return false
	}
	switch Fold(v) {
	case "eu", "eue", "europeanunion", "eucitizen", "european", "unioneuropéenne", "europäischeunion", "unióneuropea":
		return true
	}
	return false
}

// icaoNationality are ICAO 9303's nationality codes that are not ISO
// 3166-1 alpha-3: Germany's D, the five classes of British nationality
// (GBD Overseas Territories citizen, GBN National (Overseas), GBO
// Overseas citizen, GBP Protected person, GBS Subject), and Kosovo's
// (UNK, UNMIK's documents; RKS, Kosovo's own passports).
var icaoNationality = map[string]string{
	"D": "DE", "GBD": "GB", "GBN": "GB", "GBO": "GB", "GBP": "GB", "GBS": "GB", "UNK": "XK", "RKS": "XK",
}

// ICAONationality is the country of an ICAO 9303 nationality code that
// ISO 3166-1 does not have ("D", "GBN"), written in capitals as a
// machine-readable zone or a passport reader returns it.
func ICAONationality(v string) (string, bool) {
	cc, ok := icaoNationality[strings.TrimSpace(v)]
	return cc, ok
}

// ethnicGroups are peoples without a country of their own that a
// "nationality" field holds where a form means the ethnic group (民族
// in China's, национальность in Russia's and the CIS's): folded. A
// people whose name is also a country's demonym (Kazakh, Russian,
// Uzbek) is left out: under "nationality" it reads as that country.
var ethnicGroups = map[string]bool{
	"uyghur": true, "uighur": true, "uygur": true, "uyghurs": true, "уйгур": true, "уйгурка": true, "维吾尔族": true,
	"維吾爾族": true, "维吾尔": true, "維吾爾": true, "藏族": true, "tibetan": true, "回族": true, "hui": true, "壮族": true,
	"壯族": true, "zhuang": true, "满族": true, "滿族": true, "manchu": true, "苗族": true, "miao": true, "彝族": true, "yi": true,
	"土家族": true, "tujia": true, "蒙古族": true, "朝鲜族": true, "朝鮮族": true, "汉族": true, "漢族": true, "han": true,
	"hanchinese": true, "哈萨克族": true, "哈薩克族": true, "tatar": true, "tartar": true, "татарин": true, "татарка": true,
	"татары": true, "bashkir": true, "башкир": true, "башкирка": true, "chechen": true, "чеченец": true,
	"чеченка": true, "ingush": true, "ингуш": true, "ингушка": true, "chuvash": true, "чуваш": true, "чувашка": true,
	"yakut": true, "sakha": true, "якут": true, "якутка": true, "buryat": true, "бурят": true, "бурятка": true,
	"avar": true, "аварец": true, "аварка": true, "kurd": true, "kurdish": true, "курд": true, "курдка": true,
	"roma": true, "romani": true, "gypsy": true, "цыган": true, "цыганка": true, "еврей": true, "еврейка": true,
	"jewish": true, "rohingya": true, "hmong": true,
}

// EthnicGroup reports whether v names a people without a country (a
// Uyghur, a Tatar, a Kurd) rather than a country or its demonym: under a
// "nationality" name it is the subject's ethnicity, not citizenship.
func EthnicGroup(v string) bool {
	if len(v) < 2 || len(v) > 40 {
		return false
	}
	var buf [64]byte // folded on the stack: read for every citizenship value
	if ethnicGroups[string(appendFold(buf[:0], v))] {
		return true
	}
	return minzu(v)
}

// minzu reports whether v is written as one of China's 民族 is: Han
// characters ending in 族 ("俄罗斯族", "乌孜别克族", "塔吉克族"), the
// suffix marking an ethnic group, never a citizenship.
func minzu(v string) bool {
	v = strings.TrimSpace(v)
	if !strings.HasSuffix(v, "族") || len(v) < 2*3 || len(v) > 8*3 {
		return false
	}
	for _, r := range v {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
