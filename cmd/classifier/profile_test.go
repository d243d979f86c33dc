package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/configs"
)

const profileEvents = `{"email":"olga.smirnova@example.ru","phone":"+79161234567","country":"RU","badges":[{"label":"a"},{"label":"b"}],"pet_name":"Sharik the brave","loyalty_tier_code":"GOLD-7781","favourite_colour":"ultramarine","friends":{"Ivan Petrov":{"age":30}},"interests":{"Catholic":true}}
{"email":"hans.meier@example.de","country":"DE","pet_name":"Bello","loyalty_tier_code":"SILVER-1002","favourite_colour":"ochre"}
not json
`

// secrets are values of profileEvents: none may be printed.
var profileSecrets = []string{"olga", "smirnova", "79161234567", "Sharik", "GOLD-7781", "SILVER", "ultramarine", "ochre", "Bello", "hans", "Ivan", "Petrov", "Catholic"}

func TestProfileText(t *testing.T) {
	out, errOut, code := runCLI(t, profileEvents, nil, "profile")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, tc := range []struct{ name, want string }{
		{"email path, shape and class", "/email"},
		{"email shape", "string:email-like 2"},
		{"array indices collapsed", "/badges/[]/label"},
		{"phone shape", "string:phone-like 1"},
		{"classified by name", "contact.email (name) 2"},
		{"default", "(default)"},
		{"unparsed counted", "1 not a JSON object"},
	} {
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: no %q in\n%s", tc.name, tc.want, out)
		}
	}
	if strings.Contains(out, "/tags/0") || strings.Contains(out, "/tags/1") {
		t.Errorf("array indices not collapsed:\n%s", out)
	}
	for _, s := range profileSecrets {
		if strings.Contains(strings.ToLower(out+errOut), strings.ToLower(s)) {
			t.Errorf("profile prints a value (%d chars)", len(s))
		}
	}
}

// --format yaml suggests categories for what fell to default, and the
// rules with them appended to fields.yaml lint clean and claim those
// fields by name.
func TestProfileYAMLLints(t *testing.T) {
	out, errOut, code := runCLI(t, profileEvents, nil, "profile", "--format", "yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"- name: review.petname", `names: ["pet_name"]`, "review.loyaltytiercode", "review.favouritecolour"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	for _, s := range profileSecrets {
		if strings.Contains(strings.ToLower(out), strings.ToLower(s)) {
			t.Errorf("suggestions print a value (%d chars)", len(s))
		}
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, configs.Rules()); err != nil {
		t.Fatal(err)
	}
	fields, err := fs.ReadFile(configs.Rules(), "fields.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fields.yaml"), append(append(fields, '\n'), out...), 0o644); err != nil {
		t.Fatal(err)
	}
	lint, lintErr, code := runCLI(t, "", nil, "rules", "lint", dir)
	if code != 0 || !strings.Contains(lint, " 0 error(s)") {
		t.Fatalf("rules lint on the suggestions: exit %d\n%s%s", code, lint, lintErr)
	}
	again, errOut, code := runCLI(t, profileEvents, nil, "profile", "--rules", dir)
	if code != 0 || !strings.Contains(again, "review.petname (name)") {
		t.Fatalf("profile with the suggestions: exit %d\n%s%s", code, again, errOut)
	}
	for _, line := range strings.Split(again, "\n") {
		for _, p := range []string{"/pet_name ", "/loyalty_tier_code ", "/favourite_colour "} {
			if strings.HasPrefix(line, p) && strings.Contains(line, "(default)") {
				t.Errorf("still default with the suggestions: %s", line)
			}
		}
	}
	// label is a context name (its container decides): not suggested.
	if !strings.Contains(out, "not suggested") || !strings.Contains(out, "label") {
		t.Errorf("skipped names not listed:\n%s", out)
	}
}
