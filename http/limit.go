package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/ingest"
)

// The bounds on what one request may ask for, so that no request starves
// the server of CPU or memory. Each is named in the error that refuses a
// request over it and in openapi.json.
const (
	// DefaultTimeout is a request's time limit unless Server.Timeout says
	// otherwise: its work stops when it passes, or when the client goes.
	DefaultTimeout = 30 * time.Second

	// MaxPeriods bounds a series (/api/dyad): about 110 years of days.
	MaxPeriods = 40_000

	// MaxChangePeriods bounds the series of /api/changes, whose Bayesian
	// detection takes time in the square of its periods (5,000 take about
	// half a second).
	MaxChangePeriods = 5_000

	// MaxPermutationWork bounds permutations times periods in
	// /api/changes: the permutation test's work.
	MaxPermutationWork = 10_000_000

	// MaxResponse bounds a response body in bytes; a larger answer is
	// refused (422) with a request to ask for less.
	MaxResponse = 16 << 20
)

// statusError is an error answered with a status of its own rather than
// the one its code maps to.
type statusError struct {
	status int
	err    error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

// errTooLarge says a response would pass MaxResponse.
var errTooLarge = errors.New("response too large")

// cappedBuffer holds a response body of at most max bytes.
type cappedBuffer struct {
	bytes.Buffer
	max int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		return 0, errTooLarge
	}
	return b.Buffer.Write(p)
}

func (b *cappedBuffer) WriteString(s string) (int, error) {
	if b.Len()+len(s) > b.max {
		return 0, errTooLarge
	}
	return b.Buffer.WriteString(s)
}

// heavy bounds how many requests whose work depends on what they ask (the
// coder's, the measures') run at once; the others wait for a turn, until
// their time limit.
func (s *Server) heavy(h func(*http.Request) (any, *meta, error)) func(*http.Request) (any, *meta, error) {
	return func(r *http.Request) (any, *meta, error) {
		select {
		case s.work <- struct{}{}:
		case <-r.Context().Done():
			if errors.Is(r.Context().Err(), context.Canceled) {
				return nil, nil, r.Context().Err() // the client went
			}
			return nil, nil, &statusError{http.StatusServiceUnavailable,
				dyad.Errorf(dyad.EINTERNAL, "the server is busy: %d heavy requests at once, and this one's time limit passed waiting", cap(s.work))}
		}
		defer func() { <-s.work }()
		return h(r)
	}
}

// timeout is a request's time limit.
func (s *Server) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return DefaultTimeout
}

// ended turns the error of work stopped by its context into what to
// answer: the time limit passed (503), or the client went (nothing is
// read: a status for the log).
func (s *Server) ended(ctx context.Context, err error) error {
	var se *statusError
	switch {
	case errors.As(err, &se):
		return err // said already
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &statusError{http.StatusServiceUnavailable, dyad.Errorf(dyad.EINTERNAL,
			"the request passed its time limit of %v: ask for a shorter range, a longer period or fewer permutations", s.timeout())}
	case errors.Is(err, context.Canceled):
		return &statusError{499, dyad.Errorf(dyad.EINTERNAL, "the client went")}
	}
	return err
}

// tooMuch refuses a request whose answer would be too large.
func tooMuch(format string, args ...any) error {
	return &statusError{http.StatusUnprocessableEntity, dyad.Errorf(dyad.EINVALID, format, args...)}
}

// bodyTooLarge is the error of a request body over MaxBody.
func bodyTooLarge(limit int64, err error) error {
	return &statusError{http.StatusRequestEntityTooLarge, dyad.Errorf(dyad.EINVALID, "request body over %d bytes (%s), the bound: %w", limit, ingest.SizeText(limit), err)}
}

// writeData writes the envelope of data and m to b, a slice element by
// element, so that an answer over b's bound stops at it rather than being
// encoded whole first.
func writeData(b *cappedBuffer, data any, m *meta) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	put := func(s string) error {
		_, err := b.WriteString(s)
		return err
	}
	if b.Len()+1 > b.max {
		return errTooLarge
	}
	if err := put(`{"data":`); err != nil {
		return err
	}
	v := reflect.ValueOf(data)
	if v.Kind() == reflect.Slice && !v.IsNil() {
		if err := put("["); err != nil {
			return err
		}
		for i := range v.Len() {
			if i > 0 {
				if err := put(","); err != nil {
					return err
				}
			}
			if err := enc.Encode(v.Index(i).Interface()); err != nil {
				return err
			}
			b.Truncate(b.Len() - 1) // Encode's newline
		}
		if err := put("]"); err != nil {
			return err
		}
	} else {
		if err := enc.Encode(data); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
	}
	if m != nil {
		if err := put(`,"meta":`); err != nil {
			return err
		}
		if err := enc.Encode(m); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1)
	}
	return put("}\n")
}
