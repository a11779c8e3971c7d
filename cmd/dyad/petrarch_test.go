package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The README's PETRARCH commands, end to end: the validation suite's last
// line, and coding text with PETRARCH dictionaries into event records.
func TestPetrarchCommands(t *testing.T) {
	p := "../../../shared/data/petrarch/"
	if _, err := os.Stat(p + "PETR.UnitTest.records.xml"); err != nil {
		t.Skipf("PETRARCH suite not available (%v): read from ../shared", err)
	}
	dicts := []string{"--dict-format", "petrarch", "--actors", p + "PETR.Validate.actors.txt", "--agents", p + "PETR.Validate.agents.txt",
		"--verbs", p + "PETR.Validate.verbs.txt", "--discards", p + "PETR.Validate.discards.txt"}
	out, errOut, code := run(t, "", append([]string{"eval", "--brief", "--petrarch", p + "PETR.UnitTest.records.xml"}, dicts...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	m := regexp.MustCompile(`records passed: (\d+)/284 \(`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no final line in:\n%s", out)
	}
	if n, _ := strconv.Atoi(m[1]); n < 257 {
		t.Errorf("records passed %d, below the README's 257", n)
	}
	if !strings.Contains(errOut, "PETR.Validate.verbs.txt:992") {
		t.Errorf("the malformed verbs line is not reported with file and line: %q", errOut)
	}
	out, _, code = run(t, "Arnor will abandon full economic ties with Gondor.", append([]string{"code", "--format", "tsv", "--date", "1995-01-01"}, dicts...)...)
	if code != 0 || !strings.Contains(out, "\tARN\t") || !strings.Contains(out, "\t902\t") {
		t.Errorf("coding with PETRARCH dictionaries: exit %d\n%s", code, out)
	}
	if _, errOut, code := run(t, "x", "code", "--dict-format", "petrarch"); code == 0 || !strings.Contains(errOut, "--actors") {
		t.Errorf("petrarch without files: exit %d, %q", code, errOut)
	}
}
