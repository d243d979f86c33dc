package geo

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SubdivisionCountry returns the country of a first-level division (a
// province, state or region) written by its name, under a field that holds
// one ("province": "Guangdong", "state": "Maharashtra"), or false. The
// list covers the countries whose laws demand that their residents' data
// stay at home or that restrict its export by sector (China, India, Kazakhstan,
// Vietnam, Rwanda), where a region is often all that says where a subject
// lives. Names shared with a division or a country elsewhere are left out:
// Punjab (India and Pakistan), Georgia, Victoria, "Northern Province".
func SubdivisionCountry(v string) (string, bool) {
	if len(v) < 3 || len(v) > 80 {
		return "", false
	}
	cc, ok := subdivisionCountry[Fold(v)]
	return cc, ok
}

// stripMarks folds "Hà Nội" to "ha noi" for the spelling without the
// diacritics, as forms and keyboards often write it.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var subdivisionCountry = func() map[string]string {
	m := map[string]string{}
	add := func(cc string, suffixes []string, names ...string) {
		for _, n := range names {
			for _, form := range []string{n, stripMarks(n)} {
				m[Fold(form)] = cc
				for _, s := range suffixes {
					m[Fold(form+s)] = cc
				}
			}
		}
	}
	add("CN", []string{" Province", " Sheng", "省", "市", "自治区", " Autonomous Region", " Municipality"},
		"Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan",
		"Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong",
		"Shanxi", "Sichuan", "Yunnan", "Zhejiang", "Guangxi", "Inner Mongolia", "Nei Mongol", "Ningxia",
		"Xinjiang", "Tibet", "Xizang", "Beijing", "Chongqing", "Shanghai", "Tianjin",
		"安徽", "福建", "甘肃", "广东", "贵州", "海南", "河北", "黑龙江", "河南", "湖北", "湖南", "江苏", "江西",
		"吉林", "辽宁", "青海", "陕西", "山东", "山西", "四川", "云南", "浙江", "广西", "内蒙古", "宁夏", "新疆",
		"西藏", "北京", "重庆", "上海", "天津", "广西壮族", "宁夏回族", "新疆维吾尔")
	add("IN", []string{" State"},
		"Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat",
		"Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh",
		"Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Orissa", "Rajasthan",
		"Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal",
		"Delhi", "NCT of Delhi", "Ladakh", "Puducherry", "Pondicherry", "Chandigarh",
		"Andaman and Nicobar Islands", "Lakshadweep", "Dadra and Nagar Haveli and Daman and Diu",
		"महाराष्ट्र", "उत्तर प्रदेश", "बिहार", "राजस्थान", "मध्य प्रदेश", "गुजरात", "कर्नाटक", "तमिलनाडु", "केरल", "दिल्ली")
	add("KZ", []string{" Region", " Oblast", " облысы", " область"},
		"Akmola", "Aktobe", "Aqtobe", "Almaty Region", "Atyrau", "East Kazakhstan", "Jambyl", "Zhambyl",
		"Karaganda", "Karagandy", "Kostanay", "Qostanay", "Kyzylorda", "Mangystau", "North Kazakhstan",
		"Pavlodar", "Turkistan", "West Kazakhstan", "Abai", "Jetisu", "Zhetysu", "Ulytau",
		"Акмолинская", "Актюбинская", "Алматинская", "Атырауская", "Восточно-Казахстанская", "Жамбылская",
		"Карагандинская", "Костанайская", "Кызылординская", "Мангистауская", "Северо-Казахстанская",
		"Павлодарская", "Туркестанская", "Западно-Казахстанская")
	add("VN", []string{" Province", " City"},
		"Hà Nội", "Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
		"An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh",
		"Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
		"Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
		"Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
		"Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
		"Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
		"Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
		"Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái")
	add("RW", nil, "Kigali", "Kigali City", "Umujyi wa Kigali", "Amajyaruguru", "Amajyepfo",
		"Iburasirazuba", "Iburengerazuba")
	return m
}()
