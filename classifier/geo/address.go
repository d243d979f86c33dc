package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AddressCountry is the country an address written in Chinese, Japanese
// or Korean names by how it begins: these addresses start with the
// largest division (東京都千代田区…, 서울특별시 강남구…, 广东省深圳市…) and
// often carry no country at all, since the post needs none. ok is false
// when v does not start with a known first-level division or designated
// city, or, for Japanese, holds no mark of a Japanese address (丁目,
// 番地, kana).
func AddressCountry(v string) (string, bool) {
	if cc, ok := scriptAddress(v); ok {
		return cc, true
	}
	if len(v) < 6 || v[0] < 0xe0 {
		return "", false // every such division is three-byte UTF-8
	}
	for _, p := range cjkDivisions {
		if strings.HasPrefix(v, p.prefix) {
			return p.cc, true
		}
	}
	if cc, ok := koreanShortAddress(v); ok {
		return cc, true
	}
	kana := false
	for _, r := range v {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			kana = true
			break
		}
	}
	if kana && (strings.Contains(v, "丁目") || strings.Contains(v, "番地") || strings.Contains(v, "区") || strings.Contains(v, "市")) {
		return "JP", true
	}
	return "", false
}

// scriptAddress is the country of an address written in a script only
// one country writes its addresses in (Thai, Georgian, Armenian, Khmer,
// Lao, Sinhala, Burmese, Hebrew): mostly letters of that script, and a
// number (a house number, a postcode). A Thai address also carries one of
// the words Thai addresses are made of (ถนน road, ซอย lane, แขวง/เขต
// Bangkok's subdistrict and district, ตำบล/อำเภอ/จังหวัด elsewhere), since
// Thai is written in free text as well.
func scriptAddress(v string) (string, bool) {
	if len(v) < 8 || len(v) > 512 || v[0] < 0xc0 && strings.IndexFunc(v, func(r rune) bool { return r >= 0x0590 }) < 0 {
		return "", false
	}
	digit := false
	var script *unicode.RangeTable
	in, letters := 0, 0
	for _, r := range v {
		if unicode.IsDigit(r) {
			digit = true
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if script == nil {
			for _, t := range addressScripts {
				if unicode.Is(t.table, r) {
					script = t.table
					break
				}
			}
		}
		if script != nil && unicode.Is(script, r) {
			in++
		}
	}
	if !digit || script == nil || in*10 < letters*8 {
		return "", false
	}
	for _, t := range addressScripts {
		if t.table != script {
			continue
		}
		if t.cc == "TH" && !thaiAddressWord(v) {
			return "", false
		}
		return t.cc, true
	}
	return "", false
}

var addressScripts = []struct {
	table *unicode.RangeTable
	cc    string
}{
	{unicode.Thai, "TH"}, {unicode.Georgian, "GE"}, {unicode.Armenian, "AM"}, {unicode.Khmer, "KH"},
	{unicode.Lao, "LA"}, {unicode.Sinhala, "LK"}, {unicode.Myanmar, "MM"}, {unicode.Hebrew, "IL"},
}

func thaiAddressWord(v string) bool {
	for _, w := range []string{"ถนน", "ซอย", "แขวง", "เขต", "ตำบล", "อำเภอ", "จังหวัด", "หมู่", "กรุงเทพ"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

// koreanShortDivisions are the short names Korean addresses start with
// when written the way Kakao's and Daum's postcode services return them
// ("서울 강남구 도산대로 123", "경기 성남시 분당구 …"): the province or
// metropolitan city without its 특별시/광역시/도.
var koreanShortDivisions = []string{"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원",
	"충북", "충남", "전북", "전남", "경북", "경남", "제주"}

// koreanShortAddress reads an address starting with a short division
// name, a space, and a district (…구, …시, …군); a number (a building's
// or a postcode) must follow too, since "서울 출신" is prose.
func koreanShortAddress(v string) (string, bool) {
	for _, d := range koreanShortDivisions {
		rest, ok := strings.CutPrefix(v, d+" ")
		if !ok {
			continue
		}
		district, _, _ := strings.Cut(rest, " ")
		if !(strings.HasSuffix(district, "구") || strings.HasSuffix(district, "시") || strings.HasSuffix(district, "군")) {
			return "", false
		}
		if !strings.ContainsAny(rest, "0123456789") {
			return "", false
		}
		return "KR", true
	}
	return "", false
}

// DivisionOnly reports whether v is a first-level division or designated
// city of a CJK country and nothing more ("上海市", "東京都"): a place
// named, not an address.
func DivisionOnly(v string) bool {
	for _, p := range cjkDivisions {
		if v == p.prefix {
			return true
		}
	}
	return false
}

var cjkDivisions = func() []struct{ prefix, cc string } {
	var out []struct{ prefix, cc string }
	add := func(cc string, names ...string) {
		for _, n := range names {
			out = append(out, struct{ prefix, cc string }{n, cc})
		}
	}
	// Japan's 47 prefectures and its designated cities (an address may
	// start with the city when it is one).
	add("JP", "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
		"埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
		"岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
		"鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
		"佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
		"札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市", "静岡市", "浜松市",
		"名古屋市", "京都市", "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市", "福岡市", "熊本市")
	// South Korea's first-level divisions.
	// Taiwan's special municipalities, cities and counties (臺 and 台 both
	// written).
	add("TW", "臺北市", "台北市", "新北市", "桃園市", "臺中市", "台中市", "臺南市", "台南市", "高雄市", "基隆市",
		"新竹市", "新竹縣", "嘉義市", "嘉義縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "屏東縣", "宜蘭縣",
		"花蓮縣", "臺東縣", "台東縣", "澎湖縣", "金門縣", "連江縣")
	add("KR", "서울특별시", "서울시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
		"세종특별자치시", "경기도", "강원도", "강원특별자치도", "충청북도", "충청남도", "전라북도", "전북특별자치도",
		"전라남도", "경상북도", "경상남도", "제주특별자치도")
	// Mainland China's provinces, municipalities and regions (simplified
	// and traditional spellings where they differ).
	add("CN", "北京市", "天津市", "上海市", "重庆市", "重慶市", "河北省", "山西省", "辽宁省", "遼寧省", "吉林省",
		"黑龙江省", "黑龍江省", "江苏省", "江蘇省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "山東省",
		"河南省", "湖北省", "湖南省", "广东省", "廣東省", "海南省", "四川省", "贵州省", "貴州省", "云南省",
		"雲南省", "陕西省", "陝西省", "甘肃省", "甘肅省", "青海省", "内蒙古自治区", "广西壮族自治区",
		"西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
	return out
}()

// AddressInText is the country of a postal address written inside free
// text ("Bitte schicken Sie es an Goethestraße 17a, 26614 Köln, Germany.",
// "보내주세요: 강남구 테헤란로 152, 44691 서울특별시, South Korea"): a country's
// name (four letters or more, or its upper-case code) after a comma,
// ending the sentence or the text, whose comma-separated part before it
// holds a number (a postal code, a house number). A country only
// mentioned ("I moved from Germany") is no address, nor a list of
// countries without a number ("France, Germany, Italy").
func (ix *Index) AddressInText(v string) (string, bool) {
	if len(v) < 12 || len(v) > 8192 || !strings.Contains(v, ", ") {
		return "", false
	}
	for i := 0; i+2 < len(v); i++ {
		if v[i] != ',' || v[i+1] != ' ' {
			continue
		}
		rest := v[i+2:]
		end := strings.IndexAny(rest, ".,;!?)<\n")
		if end < 0 {
			end = len(rest)
		}
		name := strings.TrimSpace(rest[:end])
		if len(name) < 2 || len(name) > 40 {
			continue
		}
		var buf [160]byte // folded on the stack: this runs on every text
		code, ok := ix.names[string(appendFold(buf[:0], name))]
		if !ok || len(name) < 4 && (strings.ToUpper(name) != name || !asciiLetters(name)) {
			continue
		}
		start := strings.LastIndexAny(v[:i], ",.;:!?\n>") + 1
		prev := strings.TrimSpace(v[start:i])
		if len(prev) < 3 || len(prev) > 60 || !strings.ContainsAny(prev, "0123456789") {
			if !numberedBefore(v[:i]) {
				continue
			}
		}
		return code, true
	}
	return "", false
}

// numberedBefore reports whether the comma-separated parts of a line
// ending at a country's name hold a street's number a few places names
// back: "my new address is 742 Evergreen Terrace, Chicago, United
// States", "Blk 7 Lot 12 Sampaguita St., Brgy. Commonwealth, Davao City,
// Pilipinas". The parts between are place names (a capital first, four
// words at most, no digits); "born in 1990, lived in Paris, France" is
// no address.
func numberedBefore(v string) bool {
	if nl := strings.LastIndexAny(v, "\n:>"); nl >= 0 {
		v = v[nl+1:]
	}
	for range 3 {
		c := strings.LastIndexByte(v, ',')
		part := strings.TrimSpace(v[c+1:])
		if strings.ContainsAny(part, "0123456789") {
			return len(part) <= 80 && houseNumber(part)
		}
		if c < 0 || !placePart(part) {
			return false
		}
		v = v[:c]
	}
	return false
}

// houseNumber reports whether part holds a house number before its
// street's name, as addresses written number first have it: a number
// (a letter may follow it: "17a") and a capitalized word ("742 Evergreen
// Terrace", "Blk 7 Lot 12 Sampaguita St."). A count or a version before
// a city ("thanks for the 5 stars, Berlin, Germany", "version 2.1
// released, Moscow, Russia", "meeting at 10am, Tokyo, Japan") is none
// (red team 30). A number last, after a capitalized word, is a house
// number after its street's name ("Calle Morelos 15").
func houseNumber(part string) bool {
	f := strings.Fields(part)
	for k := range f {
		w := f[k]
		d := 0
		for d < len(w) && w[d] >= '0' && w[d] <= '9' {
			d++
		}
		if d == 0 || d > 6 || len(w)-d > 1 || d < len(w) && !unicode.IsLetter(rune(w[d])) {
			continue
		}
		if k+1 < len(f) {
			if r, _ := utf8.DecodeRuneInString(f[k+1]); unicode.IsUpper(r) {
				return true
			}
		} else if k > 0 && titleWord(f[k-1]) {
			return true // the number after its street's name: "Calle Morelos 15"
		}
	}
	return false
}

// titleWord reports whether w is a capitalized word of three letters or
// more, the rest lower case ("Morelos", not "SU" of "Flight SU 100").
func titleWord(w string) bool {
	n := 0
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// placePart reports whether p reads as a place's name in an address: a
// capital (or a letter of a script without case) first, four words at
// most.
func placePart(p string) bool {
	if len(p) < 2 || len(p) > 40 || strings.Count(p, " ") > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// appendFold appends s folded as Fold folds it (letters and digits, lower
// case) to dst.
func appendFold(dst []byte, s string) []byte {
	for _, r := range s {
		if r = foldRune(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// AddressLine is the country of a postal address written on one line
// under a name that says nothing ("custom_str1": "12 Long Street, Cape
// Town, 8001", "ppmpf_3": "House 221, Block J, Johar Town, Lahore"): comma-
// separated parts, a known city (or a province of a country that keeps
// data at home) as the last part, or before a trailing postal code or
// country name, and a number before the city (the house) or a postal
// code after it. A country named at the end wins over the city's. A city
// merely mentioned ("Paris, 2 nights, 3 guests", "Lahore office") is no
// address: the city must close the line.
func (ix *Index) AddressLine(v string) (string, bool) {
	if len(v) < 8 || len(v) > 200 || strings.IndexByte(v, ',') < 0 || !strings.ContainsAny(v, "0123456789") {
		return "", false // every address it reads has a number: a house's or a postal code
	}
	var fold [200]byte // folded on the stack: this runs on every unclaimed value with a comma
	var buf [8]string
	parts := buf[:0]
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			if len(parts) == cap(buf) {
				return "", false // a list, not an address
			}
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return "", false
	}
	if cc, ok := NorthAmericanLine(parts[len(parts)-1]); ok {
		return cc, true // "12 Main Street, Shanghai, WV 25427": West Virginia
	}
	named, postcode := "", false
	for range 2 {
		last := parts[len(parts)-1]
		f := appendFold(fold[:0], last)
		if cc, ok := ix.names[string(f)]; ok && named == "" && len(f) > 3 {
			named = cc
		} else if postalCode(last) && !postcode {
			postcode = true
		} else {
			break
		}
		if parts = parts[:len(parts)-1]; len(parts) < 2 && !(len(parts) == 1 && postcode) {
			return "", false
		}
	}
	city := strings.TrimFunc(parts[len(parts)-1], func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' })
	f := appendFold(fold[:0], city)
	if named == "CN" {
		if cc, ok := ix.names[string(f)]; ok && separateFromChina(cc) {
			return cc, true // "…, Kowloon, Hong Kong, China": Hong Kong
		}
	}
	cc, ok := cityCountry[string(f)]
	if !ok && len(city) >= 3 {
		cc, ok = subdivisionCountry[string(f)]
	}
	if !ok {
		return "", false
	}
	house := false
	for _, p := range parts[:len(parts)-1] {
		if strings.ContainsAny(p, "0123456789") {
			house = true
		}
	}
	if !house && !postcode && !strings.ContainsAny(parts[len(parts)-1], "0123456789") {
		return "", false
	}
	if named != "" {
		return named, true
	}
	return cc, true
}

// postalCode reports whether p is written as a postal code is: two to
// ten letters and digits with a digit among them, at most one space or
// hyphen ("8001", "SW1A 1AA", "01310-100", "101000").
func postalCode(p string) bool {
	if len(p) < 3 || len(p) > 10 {
		return false
	}
	digit, seps := false, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == ' ' || c == '-':
			seps++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
		default:
			return false
		}
	}
	return digit && seps <= 1
}

// ScriptCountry is the one country whose people write names and notes in
// the script of v ("최지우", "Trần Thị Bích Ngọc", "สมชาย"): Hangul, Thai,
// Georgian, Armenian, Khmer, Lao, Sinhala, Burmese, Hebrew, Japanese kana
// and the letters only Vietnamese adds to the Latin alphabet (ơ, ư, đ
// and the stacked tones). Where a script is shared (Han, Arabic,
// Cyrillic, Devanagari, Bengali) it names none. A hint to read a
// national-format phone by, never evidence: Koreans write Hangul abroad.
func ScriptCountry(v string) (string, bool) {
	if len(v) > 512 {
		v = v[:512]
	}
	for _, r := range v {
		if r < 0x0590 {
			continue
		}
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9, r == 0x01A0, r == 0x01A1, r == 0x01AF, r == 0x01B0:
			return "VN", true
		case unicode.Is(unicode.Hangul, r):
			return "KR", true
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			return "JP", true
		}
		for _, t := range addressScripts {
			if unicode.Is(t.table, r) {
				return t.cc, true
			}
		}
	}
	// đ (U+0111) alone is Vietnamese and Croatian: only with a tone mark
	// above, read above.
	return "", false
}

// PostcodeTail reports whether a one-line address v ends with a postal
// code: its own last part ("…, Cape Town, 8001"), a state's or a
// province's with it ("…, FL 33701"), or digits after the city ("…,
// Lahore 54000").
func PostcodeTail(v string) bool {
	i := strings.LastIndexByte(v, ',')
	if i < 0 {
		return false
	}
	last := strings.TrimSpace(v[i+1:])
	if _, ok := NorthAmericanLine(last); ok || postalCode(last) && strings.ContainsAny(last, "0123456789") && !strings.ContainsAny(last, " ") {
		return true
	}
	if j := strings.LastIndexByte(last, ' '); j > 0 {
		tail := last[j+1:]
		if len(tail) >= 4 && len(tail) <= 6 && strings.Trim(tail, "0123456789") == "" {
			return true
		}
	}
	return false
}
