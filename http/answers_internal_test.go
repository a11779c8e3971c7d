package http

import (
	"bytes"
	"fmt"
	"testing"
)

// answers keeps the latest version's answers alone, within its bound in
// bytes, the least lately used going first, and never an answer of an
// older version than one it has seen.
func TestAnswers(t *testing.T) {
	var a answers
	body := bytes.Repeat([]byte("x"), maxAnswer)
	n := maxAnswerBytes / maxAnswer
	for i := range n {
		a.put(1, fmt.Sprint("/", i), body)
	}
	if _, ok := a.get(1, "/0"); !ok { // now the most lately used
		t.Fatal("/0 not remembered")
	}
	a.put(1, "/new", body)
	if _, ok := a.get(1, "/1"); ok {
		t.Error("/1, the least lately used, kept beyond the bound")
	}
	if _, ok := a.get(1, "/0"); !ok {
		t.Error("/0, used lately, forgotten")
	}
	if a.size > maxAnswerBytes {
		t.Errorf("%d bytes held, over %d", a.size, maxAnswerBytes)
	}
	a.put(1, "/huge", append(body, 'x'))
	if _, ok := a.get(1, "/huge"); ok {
		t.Error("an answer over maxAnswer kept")
	}

	a.put(2, "/0", []byte("new"))
	if got, ok := a.get(2, "/0"); !ok || string(got) != "new" {
		t.Errorf("version 2's answer: %q, %v", got, ok)
	}
	if _, ok := a.get(1, "/new"); ok {
		t.Error("version 1's answers kept after version 2's")
	}
	a.put(1, "/late", []byte("old"))
	if _, ok := a.get(1, "/late"); ok {
		t.Error("an answer of version 1 kept after version 2 was seen")
	}
	if a.size != 3 {
		t.Errorf("%d bytes held, want 3", a.size)
	}
}
