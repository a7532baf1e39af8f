package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errUsage marks a mistake in the command line: exit status 2.
var errUsage = errors.New("usage")

// plainError is an error whose message is written for a person; it wraps
// the error it explains, so errors.Is still sees the cause.
type plainError struct {
	msg string
	err error
}

func (e *plainError) Error() string { return e.msg }
func (e *plainError) Unwrap() error { return e.err }

// usageErr returns a usage error (exit status 2) with the given message.
func usageErr(format string, a ...any) error {
	return &plainError{msg: fmt.Sprintf(format, a...), err: errUsage}
}

// explain returns err with a message for a person in its place.
func explain(err error, format string, a ...any) error {
	return &plainError{msg: fmt.Sprintf(format, a...), err: err}
}

// command is one subcommand's flags and the text of its help.
type command struct {
	name     string // e.g. "places"
	synopsis string // after "usage: locus NAME ", e.g. "[flags] QUERY"
	about    string // what the command does, a few lines
	flags    *flag.FlagSet
}

func newCommand(name, synopsis, about string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, synopsis: synopsis, about: about, flags: fs}
}

// usage writes the command's help to w.
func (c *command) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: locus %s %s\n\n%s\n", c.name, c.synopsis, c.about)
	has := false
	c.flags.VisitAll(func(*flag.Flag) { has = true })
	if has {
		fmt.Fprint(w, "\nflags (before or after the arguments):\n")
		c.flags.SetOutput(w)
		c.flags.PrintDefaults()
		c.flags.SetOutput(io.Discard)
	}
}

// parse parses args, flags and arguments in any order, and returns the
// arguments. "--" ends the flags; "-" is an argument (standard input).
// --help prints the help to stdout and returns flag.ErrHelp; a bad flag is
// a usage error naming it.
func (c *command) parse(args []string, stdout io.Writer) ([]string, error) {
	var pos []string
	for {
		err := c.flags.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.usage(stdout)
			return nil, err
		}
		if err != nil {
			return nil, usageErr("%s: %v (see 'locus %s --help')", c.name, err, c.name)
		}
		rest := c.flags.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// displayName names a FILE argument for a person: "-" is standard input.
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// trimPrefix returns err's message without the prefix of the sentinel it
// wraps, e.g. "limit must be ..." for "locate: bad query: limit must be ...".
func trimPrefix(err, sentinel error) string {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, sentinel.Error()+": "); ok {
		return rest
	}
	return msg
}
