package classifier

import (
	"encoding/json"
	"strings"
)

// hl7Document reads an HL7 v2 message carried in a string (a hospital's
// ADT feed forwarded whole: "MSH|^~\&|…\rPID|1||…") as the JSON document
// its patient segment says, so that the embedded-document pass reads its
// evidence and its birth date as it reads a JSON document's:
//
//	{"patient": {"birthdate": "2014-06-01",
//	  "addresses": [{"street": …, "city": …, "country": "RUS"}],
//	  "citizenship": ["RUS"], "nationality": ["RUS"], "phone": ["+7…"]}}
//
// The PID segment gives the patient's facts. NK1 (next of kin) and GT1
// (guarantor) are other people; a birth address (XAD types N, BDL, BR)
// and a business one (B, O) are no residence. Clinical segments (DG1,
// AL1, PR1, RX*) and PID's religion and race add members named for their
// special category ({"diagnoses": ["DG1"]}), so that the message, one
// leaf, is health or religion data (embeddedSpecial): dropped outside
// full records, as the same fields written by position are
// (hl7fields.go).
func hl7Document(v string) (string, bool) {
	if len(v) < 12 || !strings.HasPrefix(v, "MSH") || len(v) > 1<<20 {
		return "", false
	}
	fs := v[3] // MSH-1, the field separator
	enc := v[4:]
	if i := strings.IndexByte(enc, fs); i >= 0 {
		enc = enc[:i]
	}
	if fs == ' ' || fs == '\r' || fs == '\n' || len(enc) < 2 {
		return "", false
	}
	comp, rep := enc[0], enc[1]
	var pid []string
	// What the message says of the patient's health: a diagnosis, an
	// allergy, a medication (hl7fields.go reads the same segments
	// written by position). Only that they are there matters: the
	// embedded pass makes the message itself health data.
	clinical := map[string][]string{}
	for seg := range strings.FieldsFuncSeq(v, func(r rune) bool { return r == '\r' || r == '\n' }) {
		if len(seg) < 4 || seg[3] != fs {
			continue
		}
		id := seg[:3]
		if id == "PID" && pid == nil {
			pid = strings.Split(seg, string(fs))
			continue
		}
		member := ""
		switch {
		case id == "DG1" || id == "PR1" || id == "PRB":
			member = "diagnoses"
		case id == "AL1" || id == "IAM":
			member = "allergies"
		case hl7Clinical[id]:
			member = "medications"
		}
		if member != "" && len(clinical[member]) < 8 {
			clinical[member] = append(clinical[member], id)
		}
	}
	if pid == nil {
		return "", false
	}
	field := func(n int) string {
		if n < len(pid) {
			return pid[n]
		}
		return ""
	}
	components := func(s string) []string { return strings.Split(s, string(comp)) }
	at := func(c []string, n int) string { // n is 1-based, as HL7 counts
		if n <= len(c) {
			return strings.TrimSpace(c[n-1])
		}
		return ""
	}
	p := map[string]any{}
	if dob := field(7); len(dob) >= 8 && allDigits(dob[:8]) {
		p["birthdate"] = dob[:4] + "-" + dob[4:6] + "-" + dob[6:8]
	}
	var addrs []map[string]string
	for _, a := range strings.Split(field(11), string(rep)) {
		c := components(a)
		switch strings.ToUpper(at(c, 7)) {
		case "N", "BDL", "BR", "B", "O", "BA":
			continue
		}
		addr := map[string]string{}
		for k, n := range map[string]int{"street": 1, "city": 3, "state": 4, "postal_code": 5, "country": 6} {
			if x := at(c, n); x != "" {
				addr[k] = x
			}
		}
		if len(addr) > 0 {
			addrs = append(addrs, addr)
		}
	}
	if len(addrs) > 0 {
		p["addresses"] = addrs
	}
	codes := func(n int) []string {
		var out []string
		for _, r := range strings.Split(field(n), string(rep)) {
			c := components(r)
			if x := at(c, 1); x != "" {
				out = append(out, x)
			} else if x := at(c, 2); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	for member, segs := range clinical {
		p[member] = segs
	}
	if c := codes(17); len(c) > 0 {
		p["religion"] = c
	}
	for _, n := range []int{10, 22} {
		if c := codes(n); len(c) > 0 {
			p["race"] = c
		}
	}
	if c := codes(26); len(c) > 0 {
		p["citizenship"] = c
	}
	if c := codes(28); len(c) > 0 {
		p["nationality"] = c
	}
	var phones []string
	for _, n := range []int{13, 14} {
		for _, r := range strings.Split(field(n), string(rep)) {
			c := components(r)
			switch {
			case at(c, 5) != "" && at(c, 7) != "":
				// XTN's country code, area code and local number.
				phones = append(phones, "+"+strings.TrimLeft(at(c, 5), "+")+" "+at(c, 6)+" "+at(c, 7))
			case at(c, 12) != "":
				phones = append(phones, at(c, 12))
			case at(c, 1) != "":
				phones = append(phones, at(c, 1))
			}
		}
	}
	if len(phones) > 0 {
		p["phone"] = phones
	}
	if len(p) == 0 {
		return "", false
	}
	b, err := json.Marshal(map[string]any{"patient": p})
	if err != nil {
		return "", false
	}
	return string(b), true
}
