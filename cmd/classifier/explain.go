package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/event"
)

func cmdExplain(env *cliEnv, args []string) error {
	var c commonFlags
	fs := newFlags("explain", "explain [--rules DIR] [--config FILE] EVENT|-", env)
	c.register(fs)
	color := fs.String("color", "auto", "colour: auto, always or never")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("explain takes one event file (or - for standard input)")
	}
	o, err := openOffline(c, env, fs.Args(), true)
	if err != nil {
		return err
	}
	defer o.close()
	rs, now, name := o.rs, o.now, o.name
	data, err := io.ReadAll(o.in)
	if err != nil {
		return workErr(err)
	}
	data = bytes.TrimSpace(data)
	d := rs.Classify(classifier.Input{Value: data, Source: name, Time: now, IDFromValue: true})
	useColor := *color == "always" || *color == "auto" && isTerminal(env.stdout)
	explain(env.stdout, d, data, rs, useColor)
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

type painter bool

func (p painter) paint(code, s string) string {
	if !p {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func explain(w io.Writer, d *classifier.Decision, data []byte, rs *classifier.Ruleset, color bool) {
	p := painter(color)
	fmt.Fprintf(w, "%s %s   ruleset %s\n\n", p.paint("1", "event"), d.EventID, d.Ruleset)
	if d.Failed() {
		fmt.Fprintf(w, "%s %s\n", p.paint("31;1", "NOT CLASSIFIED:"), d.ErrorText())
		fmt.Fprintf(w, "stage %s; the event goes to %s with its reason, nowhere else.\n", d.Stage, d.Routes[0].Topic)
		return
	}
	// Values come from the event itself, masked: explain is for rule
	// authors looking at test events, and still shows no whole value.
	values := map[string]string{}
	var doc event.Doc
	if doc.Parse(data, rs.Config().Limits) == nil {
		for i := range doc.Nodes {
			if doc.IsLeaf(int32(i)) {
				values[doc.Pointer(int32(i))] = doc.Nodes[i].Str
			}
		}
	}
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "PATH\tVALUE\tCATEGORY\tDETECTED BY\tPERSONAL\tSENSITIVE\tLAWS")
	for _, f := range d.Fields {
		personal, sensitive := "no", "no"
		if f.Personal {
			personal = p.paint("33", "yes")
		}
		if f.Sensitive {
			sensitive = p.paint("31", "yes")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.Path, mask(values[f.Path], f.Personal || f.Sensitive, f.Sensitive || strings.HasPrefix(f.Category, "credentials.")), f.Category, f.DetectedBy, personal, sensitive, strings.Join(f.Laws, ","))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%s\n", p.paint("1", "destinations"))
	tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	for _, r := range d.Routes {
		extra := ""
		if r.Reason != "" {
			extra = "  (" + r.ReasonText() + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s%s\n", r.Region, r.Topic, r.Projection, extra)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%s (home region %s, minor: %v)\n", p.paint("1", "why these laws apply"), d.HomeRegion, d.Minor)
	for _, j := range d.Jurisdictions {
		fmt.Fprintf(w, "  %-6s %s, because of: %s\n", j.Country, strings.Join(j.Laws, ", "), strings.Join(j.Basis, ", "))
	}
}

// mask shows the shape of a personal value, never the value: its first
// and last character and its length. A credential or a special category
// shows nothing at all (whole, a fixed mask): explain's output is pasted
// into tickets, and two characters of a password, or a diagnosis's
// length, is more than a ticket needs.
func mask(v string, personal, whole bool) string {
	if whole && v != "" {
		return "••••••"
	}
	if !personal {
		if utf8.RuneCountInString(v) > 32 {
			return string([]rune(v)[:31]) + "…"
		}
		return v
	}
	r := []rune(v)
	switch {
	case len(r) == 0:
		return ""
	case len(r) <= 4:
		return strings.Repeat("•", len(r))
	}
	return string(r[0]) + strings.Repeat("•", min(len(r)-2, 8)) + string(r[len(r)-1])
}
