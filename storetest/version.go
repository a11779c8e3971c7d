package storetest

import (
	"context"
	"testing"

	"github.com/dyadhq/dyad"
)

// A dyad.Versioned store's version changes with every write that commits,
// and with nothing else: not with reads, nor with a write it refuses. (The
// suite's other stores, which are not Versioned, skip this.)
func testVersion(t *testing.T, s dyad.Store) {
	vs, ok := s.(dyad.Versioned)
	if !ok {
		t.Skip("not a dyad.Versioned store")
	}
	ctx := context.Background()
	last, err := vs.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	step := func(what string, changes bool, do func() error) {
		t.Helper()
		err := do()
		if changes && err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		v, verr := vs.Version(ctx)
		if verr != nil {
			t.Fatalf("version after %s: %v", what, verr)
		}
		if changed := v != last; changed != changes {
			t.Errorf("version after %s: %d, before %d; want it changed: %v", what, v, last, changes)
		}
		last = v
	}
	docs, evs := Fixture()
	step("add", true, func() error { _, err := s.Add(ctx, docs, evs); return err })
	step("reads", false, func() error {
		if err := s.Events(ctx, dyad.Filter{}, func(*dyad.Event) error { return nil }); err != nil {
			return err
		}
		_, err := s.Series(ctx, dyad.SeriesQuery{Period: "year"})
		return err
	})
	other := docs[0]
	other.Text = "Another text."
	// (in the suite's load mode every add begins and ends a load, which
	// are writes that commit: a refused add still counts those)
	_, inLoad := s.(loadedVersioned)
	step("a refused add", inLoad, func() error {
		if _, err := s.Add(ctx, []dyad.Document{other}, nil); dyad.ErrorCode(err) != dyad.ECONFLICT {
			t.Errorf("add of d1 with another text: %v, want ECONFLICT", err)
		}
		return nil
	})
	step("judge", true, func() error {
		_, _, err := s.Judge(ctx, dyad.Judgement{Event: evs[0].ID, Verdict: dyad.Reject, Reviewer: "ana"})
		return err
	})
	step("replace", true, func() error { _, err := s.Replace(ctx, []dyad.Document{other}, nil); return err })
	step("delete", true, func() error { _, err := s.Delete(ctx, []string{docs[1].ID}); return err })
	if l, ok := s.(dyad.Loader); ok {
		step("begin load", true, func() error { return l.BeginLoad(ctx) })
		step("end load", true, func() error { return l.EndLoad(ctx) })
	}
}
