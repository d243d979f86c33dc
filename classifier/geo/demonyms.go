package geo

import "strings"

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
	"GB": {"British", "UK citizen", "English", "Scottish", "Welsh", "britannique", "britisch", "británico", "britânico", "британское", "британец"},
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
	"UZ": {"Uzbek", "Uzbekistani", "o'zbek", "узбекское"},
	"KG": {"Kyrgyz", "Kyrgyzstani", "кыргызское", "киргизское"},
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
func Unknown(v string) bool {
	f := Fold(v)
	return f == "" || unknownWords[f]
}
