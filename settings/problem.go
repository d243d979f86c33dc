package settings

import (
	"sort"
	"strconv"
	"strings"
)

// Pos is where a value came from: a place in the config file, or the
// environment variable that overrode it.
type Pos struct {
	File      string
	Line, Col int
	Env       string // the variable's name, when the value came from the environment
}

func (p Pos) String() string {
	switch {
	case p.Env != "":
		return "$" + p.Env
	case p.Line == 0:
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// Problem is one thing wrong with a config.
type Problem struct {
	Pos  Pos
	Path string // the config key it is about, e.g. "pipeline.compression"; "" for YAML syntax
	Msg  string
}

func (p Problem) String() string { return p.Pos.String() + ": " + p.Msg }

// Problems is every problem of one load; as an error it prints one per
// line, in file order, environment variables last.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func (ps Problems) sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if (a.Env != "") != (b.Env != "") {
			return a.Env == ""
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// err is ps as an error, or nil when there are none.
func (ps Problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	ps.sort()
	return ps
}
