package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

// Person's names found by value, where no name rule says so: a value
// under a label's, an enum's or a source's name ({"type": "王伟"},
// {"plan": "Nguyễn Văn An"}) reaches pseudonymized records in clear
// unless it is recognised for what it is.

// givenName reports whether word w is a known given name, in any case
// and with or without its diacritics ("Nguyễn", "José", "Jürgen" match
// lists that spell them either way).
func (rs *Ruleset) givenName(w string) bool {
	var buf [64]byte
	if isASCII(w) {
		return len(w) <= len(buf) && rs.givenNames[string(appendLowerASCII(buf[:0], w))]
	}
	lw := strings.ToLower(w)
	if rs.givenNames[lw] {
		return true
	}
	if f := stripMarks(lw); f != lw {
		return rs.givenNames[f]
	}
	return false
}

// stripMarks removes combining marks after canonical decomposition
// ("nguyễn" -> "nguyen"); đ and ł, which do not decompose, are folded by
// hand. Scripts without marks come back unchanged.
func stripMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'ł':
			b.WriteByte('l')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cjkName reports whether v is a Chinese or Korean personal name by its
// shape: two to four Han characters whose first (or first two) is a
// common family name, or two to four Hangul syllables whose first is.
// Names are written without spaces in both scripts, so the given-name
// test, which needs two words, never sees them.
func cjkName(v string) bool {
	n := utf8.RuneCountInString(v)
	if n < 2 || n > 4 {
		return false
	}
	first, size := utf8.DecodeRuneInString(v)
	for _, r := range v {
		if unicode.Is(unicode.Han, first) != unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, first) != unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	switch {
	case unicode.Is(unicode.Han, first):
		if n >= 3 {
			if second, _ := utf8.DecodeRuneInString(v[size:]); strings.ContainsRune(compoundSurnames[first], second) {
				return true
			}
		}
		return strings.ContainsRune(hanSurnames, first)
	case unicode.Is(unicode.Hangul, first):
		return n <= 4 && strings.ContainsRune(hangulSurnames, first)
	}
	return false
}

// hanSurnames are the most common Chinese family names (simplified and
// traditional forms), about nine in ten people's.
const hanSurnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"

// compoundSurnames are two-character family names by their first.
var compoundSurnames = map[rune]string{'欧': "阳", '歐': "陽", '司': "马馬徒空", '上': "官", '诸': "葛", '諸': "葛", '东': "方", '東': "方", '皇': "甫", '尉': "迟遲", '公': "孙孫", '慕': "容", '令': "狐", '长': "孙", '長': "孫", '夏': "侯", '端': "木", '独': "孤", '獨': "孤", '南': "宫宮"}

// hangulSurnames are the common Korean family names (Kim, Lee, Park,
// Choi, Jung, ...), together nearly everyone's.
const hangulSurnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호제"

// profileURL reports whether v links to a person's own page on a social
// network or messenger ("https://vk.com/id12345678", "t.me/ivanpetrov",
// "wa.me/79161234567"): an online identifier wherever it stands, a
// referrer's or a campaign's field included.
func profileURL(v string) bool {
	if len(v) > 8 && (strings.HasPrefix(v, "skype:") || strings.HasPrefix(v, "viber://chat?number=") || strings.HasPrefix(v, "tg://resolve?domain=")) {
		return true // a messenger's link to a person
	}
	if len(v) < 8 || len(v) > 512 || strings.IndexByte(v, '.') < 0 {
		return false
	}
	u := v
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	u = strings.TrimPrefix(u, "www.")
	slash := strings.IndexByte(u, '/')
	if h := u; slash != 0 {
		if slash > 0 {
			h = u[:slash]
		}
		for _, sfx := range [...]string{".github.io", ".tumblr.com", ".substack.com"} {
			if len(h) > len(sfx) && strings.EqualFold(h[len(h)-len(sfx):], sfx) && !strings.EqualFold(h[:len(h)-len(sfx)], "www") {
				return true // a person's own subdomain
			}
		}
	}
	if slash <= 0 || slash == len(u)-1 {
		return false // a bare domain names no one
	}
	host, path := profileHost(strings.ToLower(u[:slash])), u[slash+1:]
	for _, p := range profileHosts {
		if host == p.host && strings.HasPrefix(path, p.path) && len(path) > len(p.path) && path[len(p.path)] != '?' {
			return true
		}
	}
	return false
}

// profileHost drops the subdomain a network serves the same profiles on:
// a country's (de.linkedin.com), a mobile or web client's
// (m.facebook.com, mobile.twitter.com, web.facebook.com). Other
// subdomains (help.twitter.com) are the network's own pages.
func profileHost(h string) string {
	dot := strings.IndexByte(h, '.')
	if dot <= 0 || strings.IndexByte(h[dot+1:], '.') < 0 {
		return h // no subdomain: m.me is Messenger itself
	}
	switch sub := h[:dot]; {
	case len(sub) <= 2, sub == "mobile", sub == "web", sub == "touch", sub == "mbasic", sub == "new", sub == "old":
		return h[dot+1:]
	}
	return h
}

// profileHosts are the networks whose URL paths name a person, with the
// path prefix under which they do.
var profileHosts = []struct{ host, path string }{
	{"vk.com", ""}, {"vkontakte.ru", ""}, {"ok.ru", "profile/"}, {"facebook.com", ""}, {"fb.com", ""},
	{"instagram.com", ""}, {"t.me", ""}, {"telegram.me", ""}, {"twitter.com", ""}, {"x.com", ""},
	{"linkedin.com", "in/"}, {"github.com", ""}, {"tiktok.com", "@"}, {"youtube.com", "@"},
	{"weibo.com", "u/"}, {"threads.net", "@"}, {"medium.com", "@"}, {"reddit.com", "user/"},
	{"reddit.com", "u/"}, {"wa.me", ""}, {"line.me", "ti/p/"}, {"snapchat.com", "add/"},
	{"pinterest.com", ""}, {"tumblr.com", ""}, {"flickr.com", "people/"}, {"xing.com", "profile/"},
	{"paypal.me", ""}, {"linktr.ee", ""}, {"calendly.com", ""}, {"mastodon.social", "@"}, {"bsky.app", "profile/"},
	{"ko-fi.com", ""}, {"buymeacoffee.com", ""}, {"patreon.com", ""}, {"onlyfans.com", ""}, {"soundcloud.com", ""},
	{"behance.net", ""}, {"dribbble.com", ""}, {"vimeo.com", ""}, {"twitch.tv", ""}, {"t.snapchat.com", ""},
	{"open.spotify.com", "user/"}, {"gitlab.com", ""}, {"discord.com", "users/"}, {"strava.com", "athletes/"},
	{"venmo.com", ""}, {"cash.app", "$"}, {"keybase.io", ""}, {"goodreads.com", "user/show/"}, {"weibo.com", ""},
	// Aliases: VK's newer domain, Messenger's and Facebook's short links,
	// Instagram's, Telegram's web client with the handle in its fragment.
	{"vk.ru", ""}, {"m.me", ""}, {"fb.me", ""}, {"instagr.am", ""}, {"telegram.org", "k/#@"}, {"telegram.org", "a/#@"},
}

// birthInText reports whether free text under a non-personal name gives
// a date of birth ("born 12.03.2011", "geb. 1. Juni 2014", "родился
// 01.06.2014"): a birth keyword and a date beside it.
func birthInText(v string) bool {
	if len(v) < 12 || len(v) > 1<<16 {
		return false
	}
	if !strings.ContainsAny(v, "0123456789") {
		return false // a date has digits; most labels have none
	}
	var buf [256]byte
	var lv string
	if isASCII(v) && len(v) <= len(buf) {
		lv = unsafeString(appendLowerASCII(buf[:0], v)) // no copy on the heap
	} else {
		lv = strings.ToLower(v)
	}
	kw := false
	for _, k := range birthWords {
		if strings.Contains(lv, k) {
			kw = true
			break
		}
	}
	if !kw {
		return false
	}
	words := strings.FieldsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == '(' || r == ')' || r == ':'
	})
	for i := range words {
		for n := 1; n <= 4 && i+n <= len(words); n++ {
			if _, _, _, ok := detect.ParseBirthDate(strings.Join(words[i:i+n], " "), detect.DayFirst); ok {
				return true
			}
		}
	}
	return false
}

// birthWords say that a date beside them is a birth date, in the covered
// languages (lower case; "b." and "d.o.b." as written on forms).
var birthWords = []string{"born", "birth", "dob", "d.o.b", "b. ", "geb.", "geboren", "né ", "née", "nacido", "nacida", "nací", "nasci", "nascido", "nascida", "nato ", "nata ", "urodzon", "родил", "рожден", "д.р.", "дата рождения", "народжен", "doğum",
	// Scandinavian, Dutch, Finnish, Czech, Hungarian and South Slavic words for born.
	"født", "fødd", "född", "geboorte", "syntynyt", "narozen ", "narozena ", "született", "rođen", "rojen", "lahir", "sinh ngày", "生まれ", "出生", "生日", "생일", "출생", "مواليد", "تاريخ الميلاد", "जन्म"}

// streetAddress reports whether v reads as a street address: a house
// number with a street word beside it ("12 rue de Rivoli", "221B Baker
// Street", "Hauptstraße 5", "ул. Ленина 1", "Calle Mayor 3"). A label
// rarely holds both.
func streetAddress(v string) bool {
	if len(v) < 6 || len(v) > 200 || !strings.ContainsAny(v, "0123456789") {
		return false
	}
	number, street := false, false
	var buf [48]byte
	for w := range strings.FieldsFuncSeq(v, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			number = true
			continue
		}
		if len(w) > len(buf) {
			continue
		}
		var lw string
		if isASCII(w) {
			lw = unsafeString(appendLowerASCII(buf[:0], w))
		} else {
			lw = strings.ToLower(w) // rare: a street word in another script
		}
		if streetWords[strings.TrimRight(lw, ".")] || streetWords[lw] {
			street = true
			continue
		}
		for _, suf := range streetSuffixes {
			if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
				street = true
			}
		}
	}
	return number && street
}

// streetWords are the words that name a street in the covered languages
// (lower case, with and without their abbreviation's dot).
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "lane": true, "ln": true,
	"drive": true, "boulevard": true, "blvd": true, "court": true, "terrace": true, "highway": true,
	"rue": true, "boulevard,": true, "bd": true, "chemin": true, "allée": true, "impasse": true, "quai": true,
	"calle": true, "avenida": true, "av": true, "avda": true, "carrer": true, "paseo": true, "rua": true, "travessa": true,
	"via": true, "viale": true, "piazza": true, "corso": true, "ul": true, "ulica": true, "aleja": true,
	"ул": true, "улица": true, "пр": true, "проспект": true, "пер": true, "переулок": true, "шоссе": true, "бульвар": true,
	"вул": true, "вулиця": true, "sokak": true, "sk": true, "cadde": true, "cad": true, "caddesi": true, "sokağı": true, "mahallesi": true, "mah": true,
	"jalan": true, "jl": true, "đường": true, "phố": true, "soi": true, "thanon": true,
}

// streetSuffixes end street names written as one word (Hauptstraße,
// Kerkstraat, Lindenweg, Dorpslaan).
var streetSuffixes = []string{"straße", "strasse", "str.", "weg", "allee", "gasse", "platz", "straat", "laan", "gracht", "vej", "gatan", "gata", "gade", "katu", "tie", "丁目", "番地", "路", "街", "대로", "로", "길"}

// personShaped reports whether v is written as people write a whole name:
// two to four words of letters, each a capital and small letters (or all
// capitals, as on a card, or of a script without case), name particles
// aside ("Tanvir Rahman", "João da Silva", "O'Neil Smith-Jones", "IVAN
// PETROV"), none of them a word things are named with ("RudderLabs
// JavaScript SDK", "Standard Shipping", "Acme Mobile"). It knows no given
// names: it is the shape alone, for values under names that may hold a
// person's or a thing's.
func personShaped(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 5 || len(v) > 60 {
		return false
	}
	words, caps, title := 0, 0, 0
	for w := range strings.FieldsSeq(v) {
		if words > 0 && nameParticles[w] {
			continue
		}
		words++
		if words > 4 || utf8.RuneCountInString(w) < 2 || thingWords[strings.ToLower(w)] {
			return false
		}
		r0, _ := utf8.DecodeRuneInString(w)
		caseless := unicode.IsLetter(r0) && !unicode.IsUpper(r0) && !unicode.IsLower(r0)
		if !caseless && !unicode.IsUpper(r0) {
			return false
		}
		upper, lowerSeen, afterLower := 0, false, false
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
				if lowerSeen {
					afterLower = true
				}
			case unicode.IsLower(r):
				lowerSeen = true
			case r == '-' || r == '\'' || r == '.' || r == '’':
				lowerSeen = false // Smith-Jones, O'Neil: a capital after it is a new part
			case !unicode.IsLetter(r) && !unicode.In(r, unicode.Mn, unicode.Mc):
				return false
			}
		}
		switch {
		case caseless:
		case afterLower && !mcName(w):
			return false // JavaScript, RudderLabs, iPhone: a thing's name
		case !lowerSeen && upper > 1:
			caps++
		default:
			title++
		}
	}
	if caps > 0 && title > 0 {
		return false // "Google SDK", "Anna API": an acronym beside a word
	}
	return words >= 2
}

// mcName reports whether w is a capitalized name with a capital inside
// after a prefix names have (McDonald, MacLeod, DeAndre, LaToya, DiCaprio).
func mcName(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "La", "Di", "Le", "Van", "Von", "Fitz"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			if unicode.IsUpper(r) {
				return strings.IndexFunc(w[len(p):], unicode.IsLower) > 0
			}
		}
	}
	return false
}

// thingWords are words that name products, services, companies and
// places of work rather than people: a value holding one is a thing's
// name, however it is capitalized.
var thingWords = map[string]bool{
	"sdk": true, "api": true, "app": true, "apps": true, "application": true, "mobile": true, "web": true, "website": true, "online": true, "cloud": true, "digital": true,
	"pay": true, "payment": true, "payments": true, "bank": true, "banking": true, "wallet": true, "card": true, "cards": true, "cash": true, "transfer": true, "debit": true, "credit": true, "gateway": true,
	"checkout": true, "studio": true, "service": true, "services": true, "shipping": true, "delivery": true, "express": true, "courier": true, "post": true, "logistics": true, "cargo": true, "freight": true,
	"store": true, "shop": true, "market": true, "marketplace": true, "plan": true, "premium": true, "pro": true, "plus": true, "basic": true, "standard": true, "free": true, "trial": true, "monthly": true, "annual": true, "yearly": true,
	"team": true, "group": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true, "llc": true, "gmbh": true, "corp": true, "corp.": true, "company": true, "co.": true, "ag": true, "plc": true, "limited": true, "holding": true, "holdings": true,
	"labs": true, "systems": true, "solutions": true, "software": true, "technologies": true, "tech": true, "international": true, "global": true, "network": true, "media": true, "games": true, "hub": true, "platform": true, "portal": true,
	"support": true, "sales": true, "marketing": true, "newsletter": true, "email": true, "sms": true, "push": true, "notification": true, "notifications": true, "chat": true, "messenger": true,
	"login": true, "sign": true, "account": true, "accounts": true, "connect": true, "identity": true, "auth": true, "directory": true, "sso": true, "oauth": true,
	"server": true, "client": true, "browser": true, "desktop": true, "android": true, "ios": true, "windows": true, "linux": true, "edition": true, "version": true, "beta": true, "release": true, "update": true,
	"health": true, "clinic": true, "hospital": true, "pharmacy": true, "medical": true, "center": true, "centre": true, "university": true, "school": true, "college": true, "academy": true, "institute": true,
	"hotel": true, "airlines": true, "airways": true, "air": true, "insurance": true, "agency": true, "office": true, "department": true, "ministry": true, "club": true, "foundation": true, "fund": true,
	"google": true, "apple": true, "microsoft": true, "facebook": true, "meta": true, "amazon": true, "whatsapp": true, "telegram": true, "instagram": true, "twitter": true, "linkedin": true, "tiktok": true, "youtube": true,
	"search": true, "ads": true, "organic": true, "direct": true, "referral": true, "social": true, "paid": true, "campaign": true, "partner": true, "partners": true, "affiliate": true,
	"business": true, "enterprise": true, "personal": true, "home": true, "work": true, "default": true, "main": true, "primary": true, "test": true, "demo": true, "sandbox": true, "production": true,
	"order": true, "orders": true, "product": true, "products": true, "subscription": true, "gift": true, "box": true, "kit": true, "pack": true, "bundle": true, "set": true, "size": true, "color": true, "colour": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "street": true, "road": true, "avenue": true, "city": true, "region": true, "branch": true, "warehouse": true, "point": true, "station": true,
}

// recipientInText reports whether text names the person a delivery or a
// step was handed to or done by, as couriers' and workflows' statuses
// write it ("Delivered - signed by W. ZHANG", "Zugestellt an Herrn
// Müller", "Получено: Петров И.И.", "已签收，签收人：王伟", "配達完了（受取人：
// 山田様）", "Awaiting approval from Dr. Weber"): a handing word, then a
// name (capitalized or in capitals, after an honorific or an initial,
// or Han characters after a signer's label). nameInText needs a known
// given name; a signer is written by surname or initials.
func recipientInText(v string) bool {
	if len(v) < 8 || len(v) > 512 {
		return false
	}
	if !isASCII(v) {
		for _, m := range recipientLabels {
			if i := strings.Index(v, m); i >= 0 && hanName(strings.TrimLeft(v[i+len(m):], ":：) 　")) {
				return true
			}
		}
		if hanSigner(v) {
			return true
		}
		for _, m := range scriptRecipientLabels {
			if i := strings.Index(v, m); i >= 0 {
				rest := strings.TrimLeft(v[i+len(m):], ":： 　-")
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) || unicode.IsUpper(r) {
					// A letter of a script without case (Hangul, Thai,
					// Arabic) or a capital after the label.
					return true
				}
			}
		}
	}
	if !hasSpace(v) && !strings.ContainsAny(v, ":") {
		return false
	}
	var words [24]string
	n := 0
	for w := range strings.FieldsFuncSeq(v, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == ';' }) {
		if n == len(words) {
			break
		}
		words[n] = w
		n++
	}
	for i := 0; i < n; i++ {
		w := strings.TrimRight(words[i], ":-–")
		if !handingWord(w, words[:n], i) {
			continue
		}
		// Up to four words after it: honorifics and initials lead to
		// the name; a lower-case word ("the front door") ends it.
		// After a lower-case word ("to reception (K. Tanaka)", "by
		// recipient: Ivan P.") a name needs an initial or a title
		// beside it: "to neighbour at No 5" names no one.
		lower, titled := false, false
		for j := i + 1; j < n && j <= i+4; j++ {
			c := strings.Trim(words[j], ":.-–\"'«»")
			if c == "" || strings.EqualFold(c, "by") || strings.EqualFold(c, "to") || strings.EqualFold(c, "from") {
				continue
			}
			r, _ := utf8.DecodeRuneInString(c)
			if !unicode.IsUpper(r) {
				if lower {
					break
				}
				lower = true
				continue
			}
			if honorific(strings.TrimRight(c, ".")) || strings.EqualFold(c, "herrn") || c == "M" || utf8.RuneCountInString(c) == 1 || dottedInitials(words[j]) {
				titled = true
				continue
			}
			var lb [48]byte
			if deliveryPlace[lowerOnStack(&lb, c)] {
				continue // "an Nachbar Herrn Weber": the place, then the person
			}
			if letterWord(c) && utf8.RuneCountInString(c) >= 2 {
				if !lower || titled || j+1 < n && dottedInitials(strings.TrimRight(words[j+1], ",;")) {
					return true
				}
			}
			break
		}
	}
	return false
}

// recipientLabels introduce a signer's or a recipient's name in Chinese
// and Japanese delivery statuses.
var recipientLabels = []string{"签收人", "簽收人", "收件人", "收货人", "收貨人", "代收人", "取件人", "受取人", "受領者"}

// lowerOnStack is w in lower case, written into buf (valid while buf
// is), or "" when it does not fit: no word compared here is that long.
func lowerOnStack(buf *[48]byte, w string) string {
	b := buf[:0]
	for _, r := range w {
		if len(b)+utf8.UTFMax > len(buf) {
			return ""
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return unsafeString(b)
}

// scriptRecipientLabels introduce the person who received or signed for
// a delivery, in Korean, Thai, Arabic, Ukrainian, Russian and Polish
// statuses ("인수자: 김철수", "ผู้รับ: สมชาย", "المستلم: محمد").
var scriptRecipientLabels = []string{"인수자", "수령인", "수취인", "받는 분", "받는분", "ผู้รับ", "ผู้ลงนาม", "المستلم", "تم التسليم إلى", "استلمها",
	"Отримано:", "Отримав", "Отримала", "Получатель:", "Получил", "Получила", "odebrał", "odebrała", "Odebrał", "Odebrała"}

// hanSigner reports whether a Chinese status names its signer around
// 签收 (signed for): "快件已被王伟签收", "已由【王伟】签收".
func hanSigner(v string) bool {
	i := strings.Index(v, "签收")
	if i <= 0 {
		i = strings.Index(v, "簽收")
	}
	if i <= 0 {
		return false
	}
	before := v[:i]
	if strings.HasSuffix(before, "】") {
		if j := strings.LastIndex(before, "【"); j >= 0 {
			return hanName(before[j+len("【") : len(before)-len("】")])
		}
		return false
	}
	for _, m := range []string{"被", "由"} {
		if j := strings.LastIndex(before, m); j >= 0 {
			name := before[j+len(m):]
			n := utf8.RuneCountInString(name)
			return n >= 2 && n <= 4 && hanName(name)
		}
	}
	return false
}

// hanName reports whether v starts with two to four Han characters (a
// Chinese or Japanese name, "様" after it or not).
func hanName(v string) bool {
	n := 0
	for _, r := range v {
		if !unicode.Is(unicode.Han, r) {
			break
		}
		n++
	}
	return n >= 2 && n <= 5
}

// handingWord reports whether words[i] is a word that hands something to
// a person or has it done by one: "by" after signed, received, refused,
// collected; "to" after delivered, handed; "from" after approval; the
// German, Portuguese, Spanish, French, Italian and Russian forms.
func handingWord(w string, words []string, i int) bool {
	// Lower-cased on the stack: this runs on every word of every
	// string a non-personal name holds.
	var pb, wb [48]byte
	lw := lowerOnStack(&wb, w)
	switch lw {
	case "by", "to", "from", "with", "an", "von", "a", "por", "à", "par", "da", "door", "bij", "przez":
		// A connector: the word before it decides.
	case "получено", "получил", "получила", "вручено", "получатель", "подписал", "отримано", "отримав", "отримала", "odebrał", "odebrała":
		return true
	default:
		return false // most words: the one before is never read
	}
	prev := ""
	if i > 0 {
		prev = lowerOnStack(&pb, strings.Trim(words[i-1], ".,:-–"))
	}
	switch lw {
	case "by":
		switch prev {
		case "signed", "for", "received", "refused", "collected", "up", "accepted", "approved", "rejected", "handled":
			return true
		}
	case "to":
		switch prev {
		case "delivered", "handed", "given", "released":
			return true
		}
	case "from":
		return prev == "approval" || prev == "signature"
	case "with":
		return prev == "left"
	case "an":
		return prev == "zugestellt" || prev == "übergeben" || prev == "ausgehändigt"
	case "von":
		return prev == "empfangen" || prev == "unterschrieben"
	case "a":
		return prev == "entregue" || prev == "entregado" || prev == "entregada" || prev == "consegnato" || prev == "consegnata"
	case "por":
		return prev == "recebido" || prev == "recibido" || prev == "firmado" || prev == "assinado"
	case "à":
		return prev == "livré" || prev == "remis" || prev == "livrée"
	case "par":
		return prev == "reçu" || prev == "signé"
	case "da":
		return prev == "ricevuto" || prev == "firmato"
	case "door":
		return prev == "getekend" || prev == "ontvangen" || prev == "afgetekend"
	case "bij":
		return prev == "afgeleverd" || prev == "bezorgd"
	case "przez":
		return prev == "odebrane" || prev == "podpisane" || prev == "odebrano"
	}
	return false
}

// dottedInitials reports whether w is a person's initials ("W.", "И.И.",
// "J.P.").
func dottedInitials(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 3 && strings.HasSuffix(w, ".")
}

// deliveryPlace are the capitalized words a courier writes where a name
// would stand: where the parcel was left, or a role rather than a person.
var deliveryPlace = map[string]bool{
	"front": true, "back": true, "side": true, "door": true, "porch": true, "reception": true, "mailroom": true,
	"mailbox": true, "letterbox": true, "locker": true, "parcel": true, "neighbour": true, "neighbor": true,
	"concierge": true, "garage": true, "office": true, "building": true, "security": true, "customer": true,
	"recipient": true, "addressee": true, "agent": true, "post": true, "pickup": true, "pick": true, "store": true,
	"shop": true, "the": true, "you": true, "your": true, "resident": true, "household": true, "porter": true,
	"doorman": true, "lobby": true, "gate": true, "guard": true, "courier": true, "driver": true, "sender": true,
	"manager": true, "admin": true, "administrator": true, "system": true, "team": true, "support": true,
	"empfänger": true, "nachbar": true, "nachbarn": true, "haustür": true, "briefkasten": true, "packstation": true,
	"filiale": true, "destinatário": true, "destinatario": true, "portaria": true, "vizinho": true,
	"destinataire": true, "voisin": true, "gardien": true, "получатель": true, "сосед": true,
	// Carriers and shops, which collect and sign as well.
	"dhl": true, "ups": true, "fedex": true, "usps": true, "dpd": true, "gls": true, "hermes": true, "tnt": true,
	"ems": true, "yodel": true, "evri": true, "royal": true, "postnl": true, "correos": true, "colissimo": true,
	"chronopost": true, "amazon": true, "aramex": true, "purolator": true, "canada": true, "australia": true,
	"sdek": true, "cdek": true, "boxberry": true, "yandex": true, "ozon": true, "kurier": true, "bank": true,
}
