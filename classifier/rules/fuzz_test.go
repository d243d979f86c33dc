package rules_test

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
)

// fuzzBase is a small valid rules directory: the real fields.yaml, one
// real pack and one small term file (no tests, so one load stays cheap;
// a directory without term files is an error).
func fuzzBase(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{"terms/en.yaml": &fstest.MapFile{Data: []byte("language: en\nterms:\n  sensitive.health: [diabetes, living with HIV]\n")}}
	for _, name := range []string{"fields.yaml", "rules/rw.yaml"} {
		b, err := fs.ReadFile(configs.Rules(), name)
		if err != nil {
			tb.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}

// fuzzConfig is what the service compiles rules with: every region of the
// built-in config.
func fuzzConfig() classifier.Config {
	regions := map[string]string{}
	for _, r := range []string{"ru", "kz", "by", "cn", "eu", "gb", "ch", "us", "ca", "br", "in", "id", "vn", "tr",
		"sa", "ae", "kr", "jp", "au", "ng", "za", "eg", "il", "nz", "sg", "rw", "ke", "global"} {
		regions[r] = "signups." + r
	}
	return classifier.Config{
		Regions: regions,
		Topics:  classifier.Topics{Audit: "signups.audit", Quarantine: "signups.quarantine"},
		Key:     []byte("fuzz-key-0123456789abcdef"),
		KeyID:   "fuzz",
	}
}

func TestFuzzBaseLoads(t *testing.T) {
	if _, ps, err := classifier.LoadFS(fuzzBase(t), fuzzConfig()); err != nil {
		t.Fatalf("the fuzz base does not load: %v\n%v", err, ps)
	}
}

// FuzzLoad feeds arbitrary bytes to the rule loader as one file of an
// otherwise valid rules directory: as a new pack (target 0), in place of
// the real pack rules/rw.yaml (1), or as fields.yaml (2). Loading, checking and compiling
// must never panic; every problem about the file must point into it (line
// <= its number of lines + 1, column within the line); and a set that
// loads must classify events without panicking.
func FuzzLoad(f *testing.F) {
	ru, _ := fs.ReadFile(configs.Rules(), "rules/ru.yaml")
	rw, _ := fs.ReadFile(configs.Rules(), "rules/rw.yaml")
	fields, _ := fs.ReadFile(configs.Rules(), "fields.yaml")
	f.Add(uint8(0), ru)
	f.Add(uint8(1), rw)
	f.Add(uint8(2), fields)
	f.Add(uint8(0), []byte(""))
	f.Add(uint8(0), []byte("code: ZZ\n\tname: tab\n"))
	f.Add(uint8(1), []byte("code: RW\nregion: rw\n---\nregion: global\n"))
	f.Add(uint8(2), []byte("categories:\n  - &a {name: contact.email}\n  - *a\n"))
	f.Fuzz(func(t *testing.T, target uint8, data []byte) {
		fsys := fuzzBase(t)
		var name string
		switch target % 3 {
		case 0:
			name = "rules/zz.yaml"
		case 1:
			name = "rules/rw.yaml"
		default:
			name = "fields.yaml"
		}
		fsys[name] = &fstest.MapFile{Data: data}

		rs, ps, err := classifier.LoadFS(fsys, fuzzConfig())

		lines := bytes.Split(data, []byte("\n"))
		for _, p := range ps {
			if p.Pos.File == "" {
				t.Errorf("problem without a file: %q", p.String())
				continue
			}
			if p.Pos.File != name {
				continue
			}
			if p.Pos.Line < 0 || p.Pos.Col < 0 {
				t.Errorf("negative position: %q", p.String())
			}
			if p.Pos.Line > len(lines)+1 {
				t.Errorf("problem at line %d of a %d-line file: %q", p.Pos.Line, len(lines), p.String())
			}
			if p.Pos.Line >= 1 && p.Pos.Line <= len(lines) && p.Pos.Col > len(lines[p.Pos.Line-1])+1 {
				t.Errorf("problem at column %d of a %d-byte line: %q", p.Pos.Col, len(lines[p.Pos.Line-1]), p.String())
			}
			if strings.ContainsAny(p.Msg, "\x00") {
				t.Errorf("problem message with a NUL: %q", p.String())
			}
		}
		if err == nil {
			if rs == nil {
				t.Fatal("LoadFS returned neither a ruleset nor an error")
			}
			if len(ps.Errors()) > 0 {
				t.Fatalf("LoadFS returned a ruleset despite errors: %v", ps.Errors())
			}
			for _, ev := range fuzzEvents {
				var d classifier.Decision
				recs, _ := rs.ProcessAppend(&d, classifier.Input{Value: []byte(ev), Source: "fuzz/0/0"}, nil, nil)
				if len(recs) == 0 || d.Ruleset == "" {
					t.Fatalf("no records or no ruleset version for %s", ev)
				}
			}
		} else if len(ps.Errors()) == 0 && !strings.Contains(err.Error(), "compile rules") {
			t.Fatalf("LoadFS failed (%v) without naming a problem", err)
		}
	})
}

var fuzzEvents = []string{
	`{"event_id":"e1","user":{"email":"ivan@example.ru","phone":"+7 916 123-45-67","citizenship":"RU","snils":"112-233-445 95"},"device":{"locale":"ru-RU"}}`,
	`{"email":"anna@example.de","country":"DE","password":"hunter2hunter2","bio":"I am diabetic"}`,
	`{"email":"x@example.com"}`,
}

// TestLoadProblemsInsideFile pins the positions of a few broken files.
func TestLoadProblemsInsideFile(t *testing.T) {
	for _, tc := range []struct {
		name, data       string
		minLine, maxLine int
	}{
		{"tab", "code: ZZ\n\tname: tab\n", 2, 2},
		// yaml.v3 names the line of the context of a parser error, counted
		// from 0 (here the line before the unclosed '['): inside the file
		// is what can be promised.
		{"unterminated flow", "code: ZZ\nregion: [zz\n", 1, 3},
		{"unknown key", "code: ZZ\nbogus: 1\n", 2, 2},
		{"wrong type", "code: ZZ\nregion: ru\nmembers: yes\n", 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fuzzBase(t)
			fsys["rules/zz.yaml"] = &fstest.MapFile{Data: []byte(tc.data)}
			_, ps, err := classifier.LoadFS(fsys, fuzzConfig())
			if err == nil {
				t.Fatal("a broken pack loaded")
			}
			found := false
			for _, p := range ps.Errors() {
				if p.Pos.File == "rules/zz.yaml" && p.Pos.Line >= tc.minLine && p.Pos.Line <= tc.maxLine {
					found = true
				}
			}
			if !found {
				t.Errorf("no problem at rules/zz.yaml:%d-%d: %v", tc.minLine, tc.maxLine, ps.Errors())
			}
		})
	}
}

// A rule file is one YAML document. A second one ("---" and more rules
// after it, as when two files are concatenated) must be an error, not
// silently ignored: whatever it says (a sensitive category, an export
// limit) would otherwise never apply.
func TestLoadRejectsSecondDocument(t *testing.T) {
	fsys := fuzzBase(t)
	rw := string(fsys["rules/rw.yaml"].Data)
	fsys["rules/rw.yaml"] = &fstest.MapFile{Data: []byte(rw + "---\nsensitive: [contact.email]\n")}
	_, ps, err := classifier.LoadFS(fsys, fuzzConfig())
	if err == nil {
		t.Fatalf("a pack with a second YAML document loaded; the document was ignored (problems: %v)", ps)
	}
	lines := strings.Count(rw, "\n") + 1
	for _, p := range ps.Errors() {
		if p.Pos.File == "rules/rw.yaml" && p.Pos.Line >= lines {
			return
		}
	}
	t.Errorf("no problem names the second document (rules/rw.yaml:%d or later): %v", lines, ps.Errors())
}
