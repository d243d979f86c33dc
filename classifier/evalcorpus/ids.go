package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// National identifiers with valid check digits, one generator per scheme
// the project knows (classifier/detect/national.go), written from the
// schemes' public definitions rather than from the project's validators;
// the package tests cross-check the two.

// idGen makes one identifier for a person born on dob (female when f).
type idGen struct {
	scheme string // the detector the project names it by
	field  string // what producers of that country call the field
	gen    func(r *rand.Rand, dob time.Time, f bool, latin [2]string) string
}

var idGens = map[string]idGen{
	"ru_snils":          {"ru_snils", "snils", genSNILS},
	"ru_inn":            {"ru_inn", "inn", genINN},
	"kz_iin":            {"kz_iin", "iin", genIIN},
	"cn_ric":            {"cn_ric", "id_card_number", genRIC},
	"in_aadhaar":        {"in_aadhaar", "aadhaar", genAadhaar},
	"in_pan":            {"in_pan", "pan", genPAN},
	"kr_rrn":            {"kr_rrn", "rrn", genRRN},
	"br_cpf":            {"br_cpf", "cpf", genCPF},
	"us_ssn":            {"us_ssn", "ssn", genSSN},
	"gb_nino":           {"gb_nino", "nino", genNINO},
	"pl_pesel":          {"pl_pesel", "pesel", genPESEL},
	"es_dni":            {"es_dni", "dni", genDNI},
	"it_codice_fiscale": {"it_codice_fiscale", "codice_fiscale", genCF},
	"fr_nir":            {"fr_nir", "nir", genNIR},
	"de_idnr":           {"de_idnr", "steuer_id", genIdNr},
	"tr_tckn":           {"tr_tckn", "tc_kimlik_no", genTCKN},
}

func digits(r *rand.Rand, n int) []int {
	d := make([]int, n)
	for i := range d {
		d[i] = r.IntN(10)
	}
	return d
}

func str(d []int) string {
	var b strings.Builder
	for _, x := range d {
		b.WriteByte(byte('0' + x))
	}
	return b.String()
}

func wsum(d, w []int) int {
	s := 0
	for i, x := range w {
		s += d[i] * x
	}
	return s
}

func genSNILS(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	for {
		d := digits(r, 9)
		if n := atoi(str(d)); n <= 1001998 {
			continue
		}
		s := 0
		for i, x := range d {
			s += x * (9 - i)
		}
		switch {
		case s < 100:
		case s == 100 || s == 101:
			s = 0
		default:
			if s %= 101; s == 100 {
				s = 0
			}
		}
		v := str(d)
		return fmt.Sprintf("%s-%s-%s %02d", v[:3], v[3:6], v[6:], s)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func genINN(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	d := append([]int{r.IntN(8) + 1, r.IntN(10)}, digits(r, 8)...)
	d = append(d, wsum(d, []int{7, 2, 4, 10, 3, 5, 9, 4, 6, 8})%11%10)
	d = append(d, wsum(d, []int{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8})%11%10)
	return str(d)
}

func genIIN(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	for {
		c := 1 + 2*((dob.Year()-1800)/100)
		if f {
			c++
		}
		d := datedigits(dob.Year()%100, int(dob.Month()), dob.Day())
		d = append(d, c)
		d = append(d, digits(r, 4)...)
		k := wsum(d, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11
		if k == 10 {
			if k = wsum(d, []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11; k == 10 {
				continue
			}
		}
		return str(append(d, k))
	}
}

func datedigits(y, m, day int) []int {
	return []int{y / 10 % 10, y % 10, m / 10, m % 10, day / 10, day % 10}
}

var ricAreas = []string{"110105", "310115", "440305", "510107", "330106", "420111"}

func genRIC(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	body := ricAreas[r.IntN(len(ricAreas))] + dob.Format("20060102")
	seq := r.IntN(500) * 2
	if !f {
		seq++
	}
	body += fmt.Sprintf("%03d", seq%1000)
	d := make([]int, 17)
	for i := range d {
		d[i] = int(body[i] - '0')
	}
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	return body + string("10X98765432"[wsum(d, w)%11])
}

var (
	verD   = [10][10]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	verP   = [8][10]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}
	verInv = [10]int{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}
)

// verhoeff returns the check digit that makes d valid (Verhoeff 1969).
func verhoeff(d []int) int {
	c := 0
	for i := range d {
		c = verD[c][verP[(i+1)%8][d[len(d)-1-i]]]
	}
	return verInv[c]
}

func genAadhaar(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	d := append([]int{2 + r.IntN(8)}, digits(r, 10)...)
	v := str(append(d, verhoeff(d)))
	return v[:4] + " " + v[4:8] + " " + v[8:]
}

func letter(r *rand.Rand) byte { return byte('A' + r.IntN(26)) }

func genPAN(r *rand.Rand, _ time.Time, _ bool, latin [2]string) string {
	last := byte('K')
	if l := strings.ToUpper(latin[1]); l != "" && l[0] >= 'A' && l[0] <= 'Z' {
		last = l[0]
	}
	return fmt.Sprintf("%c%c%cP%c%04d%c", letter(r), letter(r), letter(r), last, 1+r.IntN(9999), letter(r))
}

func genRRN(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	s := 1
	if dob.Year() >= 2000 {
		s = 3
	}
	if f {
		s++
	}
	d := datedigits(dob.Year()%100, int(dob.Month()), dob.Day())
	d = append(d, s, r.IntN(9), r.IntN(7))
	d = append(d, digits(r, 3)...)
	d = append(d, (11-wsum(d, []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5})%11)%10)
	v := str(d)
	return v[:6] + "-" + v[6:]
}

func genCPF(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	d := digits(r, 9)
	d[0] = 1 + r.IntN(9)
	d[1] = (d[0] + 1 + r.IntN(8)) % 10 // never all the same digit
	s1 := 0
	for i, x := range d {
		s1 += (10 - i) * x
	}
	d1 := (11 - s1%11) % 11 % 10
	s2 := 2 * d1
	for i, x := range d {
		s2 += (11 - i) * x
	}
	d2 := (11 - s2%11) % 11 % 10
	v := str(append(d, d1, d2))
	return v[:3] + "." + v[3:6] + "." + v[6:9] + "-" + v[9:]
}

func genSSN(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	area := 1 + r.IntN(665)
	if area == 666 {
		area = 667
	}
	return fmt.Sprintf("%03d-%02d-%04d", area, 1+r.IntN(99), 1+r.IntN(9999))
}

func genNINO(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	const first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
	for {
		p := string([]byte{first[r.IntN(len(first))], second[r.IntN(len(second))]})
		switch p {
		case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
			continue
		}
		v := str(digits(r, 6))
		return fmt.Sprintf("%s %s %s %s %c", p, v[:2], v[2:4], v[4:], 'A'+r.IntN(4))
	}
}

func genPESEL(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	m := int(dob.Month())
	if dob.Year() >= 2000 {
		m += 20
	}
	d := datedigits(dob.Year()%100, m, dob.Day())
	d = append(d, digits(r, 3)...)
	sex := r.IntN(5) * 2
	if !f {
		sex++
	}
	d = append(d, sex)
	d = append(d, (10-wsum(d, []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3})%10)%10)
	return str(d)
}

func genDNI(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	n := 10000000 + r.IntN(89999999)
	return fmt.Sprintf("%08d%c", n, "TRWAGMYFPDXBNJZSQVHLCKE"[n%23])
}

var cfOddValues = [26]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// cfPart codes a surname (or, with given, a first name) as the Agenzia
// delle Entrate specifies: consonants, then vowels, then X.
func cfPart(s string, given bool) string {
	var cons, vow []byte
	for _, c := range []byte(strings.ToUpper(s)) {
		switch {
		case strings.IndexByte("AEIOU", c) >= 0:
			vow = append(vow, c)
		case c >= 'A' && c <= 'Z':
			cons = append(cons, c)
		}
	}
	if given && len(cons) >= 4 {
		return string([]byte{cons[0], cons[2], cons[3]})
	}
	out := append(append(cons, vow...), 'X', 'X', 'X')
	return string(out[:3])
}

var cfPlaces = []string{"H501", "F205", "L219", "G273", "F839", "A944"}

func genCF(r *rand.Rand, dob time.Time, f bool, latin [2]string) string {
	return cfAt(dob, f, latin[0], latin[1], cfPlaces[r.IntN(len(cfPlaces))])
}

func genNIR(r *rand.Rand, dob time.Time, f bool, _ [2]string) string {
	sex := 1
	if f {
		sex = 2
	}
	dept := 1 + r.IntN(95)
	if dept == 20 {
		dept = 21
	}
	v := fmt.Sprintf("%d%02d%02d%02d%03d%03d", sex, dob.Year()%100, int(dob.Month()), dept, 1+r.IntN(989), 1+r.IntN(999))
	n := 0
	for _, c := range v {
		n = (n*10 + int(c-'0')) % 97
	}
	return fmt.Sprintf("%s %s %s %s %s %s %02d", v[:1], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], 97-n)
}

func genIdNr(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	for {
		perm := r.Perm(10)[:9] // nine distinct digits, one of them repeated
		d := append(append([]int{}, perm...), perm[r.IntN(9)])
		r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
		if d[0] == 0 {
			continue
		}
		p := 10
		for _, x := range d {
			s := (x + p) % 10
			if s == 0 {
				s = 10
			}
			p = 2 * s % 11
		}
		return str(append(d, (11-p)%10))
	}
}

func genTCKN(r *rand.Rand, _ time.Time, _ bool, _ [2]string) string {
	d := append([]int{1 + r.IntN(9)}, digits(r, 8)...)
	odd := d[0] + d[2] + d[4] + d[6] + d[8]
	even := d[1] + d[3] + d[5] + d[7]
	d10 := ((7*odd-even)%10 + 10) % 10
	return str(append(d, d10, (odd+even+d10)%10))
}
